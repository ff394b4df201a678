package org.netinnov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt column stops the run with exit code 2, the YAML path and a suggestion, and writes nothing. */
class ConfigErrorTest {

  @Test void misspeltColumnExitsWithTwoAndLeavesEarlierOutputUntouched(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("grunfeld.csv");
    Files.copy(getClass().getResourceAsStream("/e2e/grunfeld.csv"), data);
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path earlier = out.resolve("results.json");
    Files.writeString(earlier, "{\"earlier\": true}");
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, """
        name: bad
        data: {path: %s, firm: firm, year: year}
        models:
          main:
            formula: inv ~ valeu + capital | firm + year
            estimator: within
        """.formatted(data.toString().replace("\\", "/")));
    var err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("run", cfg.toString(), "--out", out.toString());
    } finally {
      System.setErr(old);
    }
    String msg = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(2);
    assertThat(msg).contains("`models.main.formula`: no column `valeu` — did you mean `value`?");
    assertThat(Files.readString(earlier)).isEqualTo("{\"earlier\": true}");
    try (var s = Files.list(out)) {
      assertThat(s.toList()).containsExactly(earlier);
    }
  }

  @Test void unknownKeyNamesItsPathAndTheClosestKey(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("grunfeld.csv");
    Files.copy(getClass().getResourceAsStream("/e2e/grunfeld.csv"), data);
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, """
        name: bad
        data: {path: %s, firm: firm, year: year}
        models:
          main:
            formula: inv ~ value + capital
            estimater: within
        """.formatted(data.toString().replace("\\", "/")));
    var err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("validate", cfg.toString());
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("`models.main.estimater`: unknown key `estimater` — did you mean `estimator`?");
  }

  @Test void setOverridesAreCheckedLikeTheFile(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("grunfeld.csv");
    Files.copy(getClass().getResourceAsStream("/e2e/grunfeld.csv"), data);
    Path cfg = dir.resolve("ok.yaml");
    Files.writeString(cfg, """
        name: ok
        data: {path: %s, firm: firm, year: year}
        models:
          main: {formula: inv ~ value + capital, estimator: within, se: classical}
        """.formatted(data.toString().replace("\\", "/")));
    var err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute("validate", cfg.toString(), "--set", "models.main.se=cluster(frim)");
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("`models.main.se`: no column `frim` — did you mean `firm`?");
  }
}
