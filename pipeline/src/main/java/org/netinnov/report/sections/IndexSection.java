package org.netinnov.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netinnov.index.DimensionReport;
import org.netinnov.index.IndexResult;
import org.netinnov.index.Reliability;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Table;

/**
 * The "Indices" sheet: per dimension the method, the weights or loadings of its indicators with their direction,
 * entropy and KMO, the reliability diagnostics with Kaiser's labels and warnings, and charts of the mean index by
 * year (one per index method).
 */
public final class IndexSection {
  private IndexSection() {}

  public static List<Block> blocks(IndexResult r, Map<String, String> labels) {
    List<Block> out = new ArrayList<>();
    out.add(new Block.TableBlock(summary(r, labels)));
    for (DimensionReport d : r.reports()) out.add(new Block.TableBlock(weights(d, labels)));
    for (Chart c : meansByYear(r, labels)) out.add(new Block.ChartBlock(c));
    out.add(new Block.TableBlock(meansTable(r, labels)));
    return out;
  }

  static Table summary(IndexResult r, Map<String, String> labels) {
    List<List<Cell>> head = List.of(List.of(Cell.bold("Dimension"), Cell.bold("Method"), Cell.bold("Scope"),
        Cell.bold("Indicators"), Cell.bold("Firm-years"), Cell.bold("Missing"), Cell.bold("Alpha (raw)"),
        Cell.bold("Alpha (std.)"), Cell.bold("KMO"), Cell.bold("KMO label"), Cell.bold("Bartlett χ²"),
        Cell.bold("df"), Cell.bold("p-value"), Cell.bold("Warnings")));
    List<List<Cell>> body = new ArrayList<>();
    for (DimensionReport d : r.reports()) {
      Reliability rel = d.reliability();
      boolean b = rel != null && rel.bartlett() != null;
      body.add(List.of(Cell.text(label(d.dimension(), labels)), Cell.text(d.method()), Cell.text(d.scope()),
          Cell.integer(d.indicators().size()), Cell.integer(d.nUsed()), Cell.integer(d.nMissing()),
          Cell.num(rel == null ? Double.NaN : rel.alphaRaw()), Cell.num(rel == null ? Double.NaN : rel.alphaStd()),
          Cell.num(rel == null ? Double.NaN : rel.kmo()), Cell.text(rel == null ? null : rel.kmoLabel()),
          Cell.num(b ? rel.bartlett().chisq() : Double.NaN, 2), b ? Cell.integer(rel.bartlett().df()) : Cell.blank(),
          Cell.pValue(b ? rel.bartlett().pValue() : Double.NaN),
          Cell.text(d.warnings().isEmpty() ? "" : String.join("; ", d.warnings()))));
    }
    return new Table("indices", "Composite indices: method and reliability", head, body, List.of(),
        List.of("Reliability on the complete cases of the direction-adjusted indicators (negative indicators "
            + "multiplied by −1), pooled over all years. Warnings: standardized alpha < 0.6, KMO < 0.5 (Kaiser: "
            + "marvelous ≥ 0.9, meritorious ≥ 0.8, middling ≥ 0.7, mediocre ≥ 0.6, miserable ≥ 0.5, "
            + "unacceptable < 0.5), Bartlett p ≥ 0.05."), false);
  }

  static Table weights(DimensionReport d, Map<String, String> labels) {
    boolean pca = d.method().equals("pca");
    List<Cell> h = new ArrayList<>(List.of(Cell.bold("Indicator"), Cell.bold("Direction"),
        Cell.bold(pca ? "Loading" : "Weight")));
    if (d.entropy() != null) h.add(Cell.bold("Entropy"));
    h.add(Cell.bold("KMO"));
    h.add(Cell.bold("Item-rest r"));
    List<List<Cell>> body = new ArrayList<>();
    Reliability rel = d.reliability();
    for (int j = 0; j < d.indicators().size(); j++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(label(d.indicators().get(j), labels)));
      row.add(Cell.text(d.directions()[j] > 0 ? "positive" : "negative"));
      row.add(Cell.num(d.weights()[j], 4));
      if (d.entropy() != null) row.add(Cell.num(d.entropy()[j], 4));
      row.add(Cell.num(rel == null || rel.kmoPerItem() == null ? Double.NaN : rel.kmoPerItem()[j]));
      row.add(Cell.num(rel == null || rel.itemRestCorrelation() == null ? Double.NaN : rel.itemRestCorrelation()[j]));
      body.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add("Method: " + d.method() + " (" + d.scope() + "), missing indicators: " + d.missing() + ". "
        + d.nUsed() + " firm-years have an index value, " + d.nMissing() + " do not.");
    if (pca) notes.add(String.format(java.util.Locale.ROOT, "First eigenvalue %.4f; share of variance explained %.1f%%.",
        d.eigenvalue(), 100 * d.explainedShare()));
    if (d.scope().equals("by_year")) notes.add("Weights fitted per year; the table shows their mean over the years.");
    return new Table("index_" + d.dimension(), "Index `" + label(d.dimension(), labels) + "`: "
        + (pca ? "loadings" : "weights"), List.of(h), body, List.of(), notes, false);
  }

  /**
   * Mean index by year, one chart per index method: entropy indices lie in [0, 1] while PCA scores and z-scores are
   * centred on 0, and on one axis the former would look flat.
   */
  static List<Chart> meansByYear(IndexResult r, Map<String, String> labels) {
    double[] x = years(r);
    Map<String, List<Chart.Series>> byMethod = new java.util.LinkedHashMap<>();
    for (DimensionReport d : r.reports())
      byMethod.computeIfAbsent(d.method(), k -> new ArrayList<>())
          .add(Chart.Series.of(label(d.dimension(), labels), align(d, x)));
    List<Chart> out = new ArrayList<>();
    boolean one = byMethod.size() == 1;
    for (var e : byMethod.entrySet())
      out.add(new Chart(one ? "index_means_by_year" : "index_means_by_year_" + e.getKey(),
          one ? "Mean index by year" : "Mean index by year (" + e.getKey() + ")", Chart.Kind.LINE, "Year",
          "Mean index", x, List.of(), e.getValue()));
    return out;
  }

  static Table meansTable(IndexResult r, Map<String, String> labels) {
    double[] x = years(r);
    List<Cell> h = new ArrayList<>(List.of(Cell.bold("Year")));
    for (DimensionReport d : r.reports()) h.add(Cell.bold(label(d.dimension(), labels)));
    List<List<Cell>> body = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (DimensionReport d : r.reports()) cols.add(align(d, x));
    for (int t = 0; t < x.length; t++) {
      List<Cell> row = new ArrayList<>(List.of(Cell.text(Long.toString((long) x[t]))));
      for (double[] c : cols) row.add(Cell.num(c[t]));
      body.add(row);
    }
    return new Table("index_means", "Mean index by year", List.of(h), body, List.of(),
        List.of("Means over the firm-years with an index value."), false);
  }

  private static double[] years(IndexResult r) {
    java.util.TreeSet<Integer> ys = new java.util.TreeSet<>();
    for (DimensionReport d : r.reports()) for (int y : d.years()) ys.add(y);
    return ys.stream().mapToDouble(Integer::doubleValue).toArray();
  }

  private static double[] align(DimensionReport d, double[] years) {
    double[] out = new double[years.length];
    java.util.Arrays.fill(out, Double.NaN);
    for (int t = 0; t < d.years().length; t++) {
      int pos = java.util.Arrays.binarySearch(years, d.years()[t]);
      if (pos >= 0) out[pos] = d.meanByYear()[t];
    }
    return out;
  }

  static String label(String name, Map<String, String> labels) {
    return labels.getOrDefault(name, name);
  }
}
