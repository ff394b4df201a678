package org.netinnov.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** Test helpers: reference CSVs as panels, reference JSON, model specs. */
final class DiagnoseFixtures {
  private DiagnoseFixtures() {}

  /** A CSV with columns firm, year, then numeric columns. */
  static Panel readCsv(String resource) {
    try (var in = Objects.requireNonNull(DiagnoseFixtures.class.getResourceAsStream(resource), resource);
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().replace("\"", "").split(",");
      List<String[]> lines = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) lines.add(line.split(","));
      int n = lines.size();
      String[] firm = new String[n];
      int[] year = new int[n];
      double[][] cols = new double[header.length - 2][n];
      for (int i = 0; i < n; i++) {
        String[] f = lines.get(i);
        firm[i] = f[0].replace("\"", "");
        year[i] = Integer.parseInt(f[1].trim());
        for (int j = 2; j < header.length; j++)
          cols[j - 2][i] = f[j].equals("NA") || f[j].isEmpty() ? Double.NaN : Double.parseDouble(f[j]);
      }
      var b = new PanelBuilder(header[0], header[1], firm, year);
      for (int j = 2; j < header.length; j++) b.numeric(header[j], cols[j - 2]);
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
