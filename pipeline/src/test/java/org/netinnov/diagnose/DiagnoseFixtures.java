package org.netinnov.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;

/** Test helpers: reference CSVs as panels, reference JSON, model specs. */
final class DiagnoseFixtures {
  private DiagnoseFixtures() {}

  /** A CSV with columns firm, year, then numeric columns. */
  static Panel readCsv(String resource) {
    return org.netinnov.testing.ReferenceCsv.read(resource);
  }

  static JsonNode json(String resource) {
    try (var in = Objects.requireNonNull(DiagnoseFixtures.class.getResourceAsStream(resource), resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelSpec model(String formula, String estimator, List<String> diagnostics) {
    return new ModelSpec(formula, estimator, null, null, null, null, null, null, null, null, null, null, null, null,
        diagnostics);
  }

  static ModelSpec model(String formula, String estimator, String se) {
    return new ModelSpec(formula, estimator, null, se, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
