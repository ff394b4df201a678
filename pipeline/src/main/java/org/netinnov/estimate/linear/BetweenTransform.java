package org.netinnov.estimate.linear;

import java.util.Arrays;
import org.netinnov.estimate.Design;

/** Between estimator: OLS on firm means, one row per firm (plm {@code model = "between"}). */
final class BetweenTransform {
  private BetweenTransform() {}

  static TransformedRegression of(Design d) {
    int n = d.n(), k = d.k();
    int[] firm = d.firm();
    int g = Transforms.runCount(firm);
    int[] start = new int[g + 1];
    for (int i = 0, b = 0; i < n; i++) if (i == 0 || firm[i] != firm[i - 1]) start[b++] = i;
    start[g] = n;
    boolean icpt = d.intercept();
    var t = new TransformedRegression();
    t.estimator = "between";
    t.y = means(d.y(), start);
    double[][] cols = new double[k + (icpt ? 1 : 0)][];
    int o = 0;
    if (icpt) {
      cols[0] = new double[g];
      Arrays.fill(cols[0], 1.0);
      o = 1;
    }
    for (int j = 0; j < k; j++) cols[o + j] = means(d.x()[j], start);
    Transforms.setColumns(t, d, icpt, cols);
    t.ssBefore = new double[cols.length];
    Arrays.fill(t.ssBefore, Double.NaN);
    t.firm = new int[g];
    t.year = new int[g];
    Arrays.fill(t.year, -1);
    int[] first = Arrays.copyOf(start, g);
    for (int b = 0; b < g; b++) t.firm[b] = firm[first[b]];
    t.sampleRow = first;
    t.timeDimension = false;
    for (int c = 0; c < d.clusters().size(); c++) {
      int[] codes = d.clusters().get(c).codes();
      for (int b = 0; b < g; b++)
        for (int i = start[b]; i < start[b + 1]; i++)
          if (codes[i] != codes[start[b]])
            throw new EstimationException("the between estimator has one row per firm: cluster variable `"
                + d.clusters().get(c).name() + "` varies within a firm");
    }
    Transforms.attachClusters(t, d, first);
    t.nHc1 = g;
    t.maxTi = Transforms.maxRunLength(firm);
    t.nFirms = g;
    t.nYears = Transforms.distinctCount(d.year());
    t.rows = d.rows();
    return t;
  }

  private static double[] means(double[] v, int[] start) {
    int g = start.length - 1;
    double[] m = new double[g];
    for (int b = 0; b < g; b++) {
      double s = 0;
      for (int i = start[b]; i < start[b + 1]; i++) s += v[i];
      m[b] = s / (start[b + 1] - start[b]);
    }
    return m;
  }
}
