package org.netinnov.estimate.linear;

import java.util.Arrays;
import org.netinnov.estimate.Design;

/**
 * First differences within firm, following the calendar year: row (i, t) gives the difference
 * {@code z_it − z_i,t−1} only when year t − 1 of the same firm is in the sample. plm's {@code model = "fd"}
 * differences consecutive rows instead, also across gaps in the years; both coincide on panels without gaps.
 * An intercept is added after differencing when the model has one (as plm does: a trend in levels).
 */
final class FirstDifferenceTransform {
  private FirstDifferenceTransform() {}

  static TransformedRegression of(Design d) {
    int n = d.n(), k = d.k();
    int[] firm = d.firm(), year = d.year();
    int m = 0;
    for (int i = 1; i < n; i++) if (firm[i] == firm[i - 1] && year[i] == year[i - 1] + 1) m++;
    int[] cur = new int[m];
    for (int i = 1, r = 0; i < n; i++) if (firm[i] == firm[i - 1] && year[i] == year[i - 1] + 1) cur[r++] = i;
    boolean icpt = d.intercept();
    var t = new TransformedRegression();
    t.estimator = "fd";
    t.y = diff(d.y(), cur);
    double[][] cols = new double[k + (icpt ? 1 : 0)][];
    int o = 0;
    if (icpt) {
      cols[0] = new double[m];
      Arrays.fill(cols[0], 1.0);
      o = 1;
    }
    t.ssBefore = new double[cols.length];
    Arrays.fill(t.ssBefore, Double.NaN);
    for (int j = 0; j < k; j++) {
      cols[o + j] = diff(d.x()[j], cur);
      t.ssBefore[o + j] = Transforms.centeredSS(d.x()[j], null);
    }
    Transforms.setColumns(t, d, icpt, cols);
    t.absorbedReason = "time-invariant: removed by first differencing";
    t.firm = new int[m];
    t.year = new int[m];
    for (int r = 0; r < m; r++) {
      t.firm[r] = firm[cur[r]];
      t.year[r] = year[cur[r]];
    }
    t.sampleRow = cur;
    Transforms.attachClusters(t, d, cur);
    // plm's HC1 for fd divides by (rows before differencing − k): reproduced for comparability
    t.nHc1 = n;
    t.maxTi = Transforms.maxRunLength(firm);
    boolean[] used = new boolean[n];
    for (int i : cur) {
      used[i] = true;
      used[i - 1] = true;
    }
    int nu = 0;
    for (boolean b : used) if (b) nu++;
    int[] rows = new int[nu];
    int[] usedYears = new int[nu];
    for (int i = 0, r = 0; i < n; i++) if (used[i]) {
      usedYears[r] = year[i];
      rows[r++] = d.rows()[i];
    }
    t.rows = rows;
    t.nFirms = Transforms.runCount(t.firm);
    t.nYears = Transforms.distinctCount(usedYears);
    if (m < n - Transforms.runCount(firm))
      t.notes.add((n - Transforms.runCount(firm) - m) + " first differences not formed because the previous year "
          + "of the firm is absent (differences follow the calendar year)");
    return t;
  }

  private static double[] diff(double[] v, int[] cur) {
    double[] out = new double[cur.length];
    for (int r = 0; r < cur.length; r++) out[r] = v[cur[r]] - v[cur[r] - 1];
    return out;
  }
}
