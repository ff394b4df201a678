package org.netinnov.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.DataSpec;
import org.netinnov.data.Panel;

/** Small helpers for the cleaning tests: write a fixture file, bind config sections from YAML, run the stage. */
final class Fixture {
  private Fixture() {}

  static Path write(Path dir, String name, String content) { return write(dir, name, content, StandardCharsets.UTF_8); }

  static Path write(Path dir, String name, String content, Charset cs) {
    try {
      Path p = dir.resolve(name);
      Files.write(p, content.getBytes(cs));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CleanSpec clean(String yaml) {
    try {
      return yaml.isBlank() ? CleanSpec.defaults() : ConfigLoader.mapper().readValue(yaml, CleanSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DataSpec data(String yaml) {
    try {
      return ConfigLoader.mapper().readValue(yaml, DataSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DataSpec data(String file, String firm, String year) {
    return new DataSpec(file, firm, year, null, null, null, null, null, null, null);
  }

  static CleanResult run(Path dir, DataSpec data, String cleanYaml) {
    return CleanStage.run(data, clean(cleanYaml), dir);
  }

  /** Value of numeric {@code col} at (firm, year), NaN if missing; fails if the firm-year is absent. */
  static double at(Panel p, String col, String firm, int year) {
    int r = row(p, firm, year);
    if (r < 0) throw new AssertionError("no firm-year " + firm + "/" + year);
    return p.numeric(col)[r];
  }

  static String text(Panel p, String col, String firm, int year) {
    int r = row(p, firm, year);
    if (r < 0) throw new AssertionError("no firm-year " + firm + "/" + year);
    return p.text(col)[r];
  }

  static int row(Panel p, String firm, int year) {
    for (int f = 0; f < p.firms(); f++) {
      if (!p.firmLabel(f).equals(firm)) continue;
      for (int i = p.firmStart(f); i < p.firmStart(f + 1); i++) if (p.year()[i] == year) return i;
    }
    return -1;
  }
}
