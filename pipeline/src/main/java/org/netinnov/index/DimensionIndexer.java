package org.netinnov.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.netinnov.data.Panel;

/** Builds one dimension's index column and report from a panel (see {@link GroupFit} for the arithmetic). */
final class DimensionIndexer {
  private DimensionIndexer() {}

  record Built(double[] index, DimensionReport report) {}

  static Built build(Panel panel, String dimension, IndexSpec spec) {
    IndexMethod method = spec.methodKind();
    List<String> names = spec.indicators();
    int k = names.size();
    int n = panel.rows();
    double[][] x = new double[k][];
    for (int j = 0; j < k; j++) x[j] = column(panel, dimension, names.get(j));
    IndicatorData d = new IndicatorData(names, x, spec.directions());
    // listwise: all k present; available: at least ceil(min_share · k), the epsilon absorbs 0.6·5 = 3.0000000000000004
    int minPresent = Math.max(1, (int) Math.ceil(spec.minShare() * k - 1e-9));
    double[] fixed = method == IndexMethod.WEIGHTS ? normalisedWeights(spec) : null;

    double[] index = new double[n];
    Arrays.fill(index, Double.NaN);
    int[] all = new int[n];
    for (int i = 0; i < n; i++) all[i] = i;
    int[] years = panel.distinctYears();
    int[] yearOf = panel.year();
    List<YearWeights> byYear = new ArrayList<>();
    GroupFit pooled = null;
    try {
      if (spec.byYear()) {
        int[][] groups = rowsByYear(yearOf, years);
        for (int t = 0; t < years.length; t++) {
          int[] eligible = d.rowsWithAtLeast(groups[t], minPresent);
          GroupFit g = GroupFit.fit(dimension, d, method, eligible, fixed, " in year " + years[t]);
          g.score(x, eligible, index);
          byYear.add(new YearWeights(years[t], g.n, g.weights, g.entropy, g.eigenvalue, g.explainedShare));
        }
      } else {
        int[] eligible = d.rowsWithAtLeast(all, minPresent);
        pooled = GroupFit.fit(dimension, d, method, eligible, fixed, "");
        pooled.score(x, eligible, index);
      }
    } catch (IllegalStateException e) {
      throw new IndexException(dimension, e.getMessage(), e);
    }

    int used = 0;
    for (double v : index) if (!Double.isNaN(v)) used++;
    // diagnostics: complete cases over all years, whatever the scope and missing-value rule
    Reliability rel = Reliability.of(d.adjusted(d.completeRows(all)), names);

    double[] weights, entropy;
    double eig, share;
    if (pooled != null) {
      weights = pooled.weights;
      entropy = pooled.entropy;
      eig = pooled.eigenvalue;
      share = pooled.explainedShare;
    } else {
      weights = meanOver(byYear, YearWeights::weights, k);
      entropy = method == IndexMethod.ENTROPY ? meanOver(byYear, YearWeights::entropy, k) : null;
      eig = byYear.stream().mapToDouble(YearWeights::eigenvalue).average().orElse(Double.NaN);
      share = byYear.stream().mapToDouble(YearWeights::explainedShare).average().orElse(Double.NaN);
    }
    double[] meanByYear = meanByYear(index, yearOf, years);
    List<String> warnings = IndexWarnings.of(spec, rel, pooled != null ? List.of(weights) : byYear.stream()
        .map(YearWeights::weights).toList());
    DimensionReport report = new DimensionReport(dimension, spec.method(), spec.scope(), spec.missing(),
        spec.minShare(), names, d.dir, weights, entropy, eig, share, List.copyOf(byYear), rel, used, n - used,
        years, meanByYear, warnings);
    return new Built(index, report);
  }

  private static double[] column(Panel panel, String dimension, String name) {
    if (!panel.hasNumeric(name))
      throw new IndexException(dimension, name, panel.hasColumn(name)
          ? "is not a numeric variable (identifiers and text columns cannot be indicators)"
          : "no such column in the panel");
    double[] v = panel.numeric(name);
    for (int i = 0; i < v.length; i++)
      if (Double.isInfinite(v[i]))
        throw new IndexException(dimension, name, "infinite value at firm " + panel.firmLabel(panel.firm()[i])
            + ", year " + panel.year()[i] + " (a ratio with a zero denominator?)");
    return v;
  }

  /** The user's weights in indicator order, divided by their sum (validated non-negative, positive sum). */
  private static double[] normalisedWeights(IndexSpec spec) {
    List<String> names = spec.indicators();
    double[] w = new double[names.size()];
    double sum = 0;
    for (int j = 0; j < w.length; j++) sum += w[j] = spec.weights().get(names.get(j));
    for (int j = 0; j < w.length; j++) w[j] /= sum;
    return w;
  }

  private static int[][] rowsByYear(int[] yearOf, int[] years) {
    int[] count = new int[years.length];
    int[] slot = new int[yearOf.length];
    for (int i = 0; i < yearOf.length; i++) count[slot[i] = Arrays.binarySearch(years, yearOf[i])]++;
    int[][] out = new int[years.length][];
    for (int t = 0; t < years.length; t++) out[t] = new int[count[t]];
    int[] fill = new int[years.length];
    for (int i = 0; i < yearOf.length; i++) out[slot[i]][fill[slot[i]]++] = i;
    return out;
  }

  private static double[] meanByYear(double[] index, int[] yearOf, int[] years) {
    double[] sum = new double[years.length];
    int[] cnt = new int[years.length];
    for (int i = 0; i < index.length; i++) {
      if (Double.isNaN(index[i])) continue;
      int t = Arrays.binarySearch(years, yearOf[i]);
      sum[t] += index[i];
      cnt[t]++;
    }
    for (int t = 0; t < years.length; t++) sum[t] = cnt[t] > 0 ? sum[t] / cnt[t] : Double.NaN;
    return sum;
  }

  private static double[] meanOver(List<YearWeights> ys, java.util.function.Function<YearWeights, double[]> f, int k) {
    double[] m = new double[k];
    for (YearWeights y : ys) {
      double[] v = f.apply(y);
      for (int j = 0; j < k; j++) m[j] += v[j] / ys.size();
    }
    return m;
  }
}
