package org.netinnov.estimate.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/** Reads the small reference CSV/JSON files of the count tests and builds designs from them. */
final class CountTestData {
  private CountTestData() {}

  /** Columns of a comma-separated file with a header; quotes are stripped, values kept as text. */
  static Map<String, List<String>> csv(String resource) {
    try (InputStream in = CountTestData.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = split(r.readLine());
      Map<String, List<String>> cols = new LinkedHashMap<>();
      for (String h : header) cols.put(h, new ArrayList<>());
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        String[] v = split(line);
        for (int j = 0; j < header.length; j++) cols.get(header[j]).add(v[j]);
      }
      return cols;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] split(String line) {
    String[] v = line.split(",", -1);
    for (int j = 0; j < v.length; j++) v[j] = v[j].replace("\"", "").trim();
    return v;
  }

  static double[] num(List<String> col) {
    double[] out = new double[col.size()];
    for (int i = 0; i < out.length; i++) out[i] = Double.parseDouble(col.get(i));
    return out;
  }

  static int[] ints(List<String> col) {
    int[] out = new int[col.size()];
    for (int i = 0; i < out.length; i++) out[i] = Integer.parseInt(col.get(i));
    return out;
  }

  static JsonNode json(String resource) {
    try (InputStream in = CountTestData.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) out[i] = array.get(i).asDouble();
    return out;
  }

  /** A design over rows sorted by (firm, year) as the pipeline delivers them. */
  static Design design(String outcome, double[] y, List<String> terms, double[][] x, boolean intercept, int[] firmIds,
                       int[] years, List<Factor> absorb, List<Factor> clusters) {
    Factor firm = Factor.ofInts("firm", firmIds);
    int[] rows = new int[y.length];
    for (int i = 0; i < rows.length; i++) rows[i] = i;
    return new Design(outcome, y, terms, x, intercept, null, firm.codes(), firm.levels(), years, absorb, clusters,
        rows);
  }

  /** count_panel.csv: patents ~ log(rd) + network with firm and year factors. */
  static final class CountPanel {
    final double[] patents, logRd, network;
    final int[] firm, year;
    final Factor firmFactor, yearFactor;

    CountPanel() {
      Map<String, List<String>> c = csv("/reference/count_panel.csv");
      patents = num(c.get("patents"));
      double[] rd = num(c.get("rd"));
      logRd = new double[rd.length];
      for (int i = 0; i < rd.length; i++) logRd[i] = Math.log(rd[i]);
      network = num(c.get("network"));
      firm = ints(c.get("firm"));
      year = ints(c.get("year"));
      firmFactor = Factor.ofInts("firm", firm);
      yearFactor = Factor.ofInts("year", year);
    }

    Design twoWay(List<Factor> clusters) {
      return design("patents", patents, List.of("log(rd)", "network"), new double[][] {logRd, network}, true, firm,
          year, List.of(firmFactor, yearFactor), clusters);
    }
  }
}
