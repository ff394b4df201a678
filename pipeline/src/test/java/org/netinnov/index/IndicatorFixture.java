package org.netinnov.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** The reference data set {@code reference/indicators.csv} as columns, and panels built from it. */
final class IndicatorFixture {
  static final List<String> NAMES = List.of("subsidy_ratio", "donation_ratio", "political_tie", "supplier_top5_share");
  static final List<String> NEGATIVE = List.of("supplier_top5_share");

  final String[] firm;
  final int[] year;
  /** cols[j][i] in file order. */
  final double[][] cols;

  private IndicatorFixture(String[] firm, int[] year, double[][] cols) {
    this.firm = firm;
    this.year = year;
    this.cols = cols;
  }

  static IndicatorFixture load() {
    try (InputStream in = IndicatorFixture.class.getResourceAsStream("/reference/indicators.csv");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().replace("\"", "").split(",");
      List<String[]> rows = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) rows.add(line.split(","));
      int n = rows.size();
      String[] firm = new String[n];
      int[] year = new int[n];
      double[][] cols = new double[NAMES.size()][n];
      for (int i = 0; i < n; i++) {
        firm[i] = rows.get(i)[0];
        year[i] = Integer.parseInt(rows.get(i)[1]);
        for (int j = 0; j < NAMES.size(); j++) {
          int c = List.of(header).indexOf(NAMES.get(j));
          cols[j][i] = Double.parseDouble(rows.get(i)[c]);
        }
      }
      return new IndicatorFixture(firm, year, cols);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int rows() { return year.length; }

  /** The panel with the file's firm ids and years (file order = panel order: the file is sorted by firm, year). */
  Panel panel() {
    return panel(cols);
  }

  Panel panel(double[][] columns) {
    return panel(firm, year, columns);
  }

  static Panel panel(String[] firm, int[] year, double[][] columns) {
    PanelBuilder b = new PanelBuilder("firm", "year", firm, year);
    for (int j = 0; j < columns.length; j++) b.numeric(NAMES.get(j), columns[j]);
    return b.build();
  }

  static IndexResult build(Panel p, String dimension, IndexSpec spec) {
    var dims = new LinkedHashMap<String, IndexSpec>();
    dims.put(dimension, spec);
    return IndexBuilder.build(p, dims);
  }
}
