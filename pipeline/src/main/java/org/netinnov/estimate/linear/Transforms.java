package org.netinnov.estimate.linear;

import java.util.Arrays;
import org.netinnov.estimate.Design;

/** Small helpers shared by the estimator transformations. */
final class Transforms {
  private Transforms() {}

  /** Weighted sum of squares about the weighted mean. */
  static double centeredSS(double[] v, double[] w) {
    double sw = 0, s = 0;
    for (int i = 0; i < v.length; i++) {
      double wi = w == null ? 1 : w[i];
      sw += wi;
      s += wi * v[i];
    }
    double m = s / sw, ss = 0;
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - m;
      ss += (w == null ? 1 : w[i]) * d * d;
    }
    return ss;
  }

  /**
   * Copies {@code src} into {@code dst} and returns its weighted sum of squares about the weighted mean in the same
   * pass (sums shifted by the first value, which removes the cancellation of the raw one-pass formula).
   */
  static double copyAndCenteredSS(double[] src, double[] dst, double[] w) {
    int n = src.length;
    if (n == 0) return 0;
    double x0 = src[0], sw = 0, s = 0, ss = 0;
    for (int i = 0; i < n; i++) {
      double v = src[i];
      dst[i] = v;
      double dv = v - x0;
      double wi = w == null ? 1.0 : w[i];
      sw += wi;
      s += wi * dv;
      ss += wi * dv * dv;
    }
    return Math.max(0.0, ss - s * s / sw);
  }

  /** Throws when the outcome or a regressor has a non-finite value, naming it and the row. */
  static void requireFinite(Design d) {
    requireFinite(d.y(), "outcome `" + d.outcome() + "`");
    for (int j = 0; j < d.k(); j++) requireFinite(d.x()[j], "regressor `" + d.terms().get(j) + "`");
  }

  private static void requireFinite(double[] v, String what) {
    for (int i = 0; i < v.length; i++)
      if (!Double.isFinite(v[i])) throw new EstimationException(what + " is not finite (" + v[i] + ") at row " + i);
  }

  static int distinctCount(int[] values) {
    if (values.length == 0) return 0;
    int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if ((long) max - min < 10_000_000L) {
      boolean[] seen = new boolean[max - min + 1];
      int c = 0;
      for (int v : values) if (!seen[v - min]) {
        seen[v - min] = true;
        c++;
      }
      return c;
    }
    return (int) Arrays.stream(values).distinct().count();
  }

  /** Start of each run of equal firm codes, then n (length runs + 1). */
  static int[] runStarts(int[] firm) {
    int n = firm.length;
    int runs = 0;
    for (int i = 0, prev = 0; i < n; i++) {
      int f = firm[i];
      if (i == 0 || f != prev) runs++;
      prev = f;
    }
    int[] start = new int[runs + 1];
    for (int i = 0, r = 0, prev = 0; i < n; i++) {
      int f = firm[i];
      if (i == 0 || f != prev) start[r++] = i;
      prev = f;
    }
    start[runs] = n;
    return start;
  }

  /** Longest run given the run starts. */
  static int longestRun(int[] start) {
    int best = 0;
    for (int r = 0; r + 1 < start.length; r++) best = Math.max(best, start[r + 1] - start[r]);
    return best;
  }

  /** Most rows of one firm (rows sorted by firm). */
  static int maxRunLength(int[] firm) {
    int best = 0, run = 0;
    for (int i = 0; i < firm.length; i++) {
      run = (i > 0 && firm[i] == firm[i - 1]) ? run + 1 : 1;
      best = Math.max(best, run);
    }
    return best;
  }

  /** Firms present among the given (sorted) firm codes. */
  static int runCount(int[] firm) {
    int c = 0;
    for (int i = 0; i < firm.length; i++) if (i == 0 || firm[i] != firm[i - 1]) c++;
    return c;
  }

  /** Multiplies every column and the outcome by √w in place and records √w. */
  static void applyWeights(TransformedRegression t, double[] w) {
    if (w == null) return;
    double[] sw = new double[w.length];
    for (int i = 0; i < w.length; i++) sw[i] = Math.sqrt(w[i]);
    for (int i = 0; i < sw.length; i++) t.y[i] *= sw[i];
    for (double[] c : t.x) for (int i = 0; i < sw.length; i++) c[i] *= sw[i];
    t.sqrtW = sw;
  }

  /** Candidate columns: intercept (if any) then copies of the regressors; names likewise. */
  static void setColumns(TransformedRegression t, Design d, boolean intercept, double[][] cols) {
    t.x = cols;
    var names = new java.util.ArrayList<String>();
    if (intercept) {
      names.add(LinearPanelModels.INTERCEPT);
      t.interceptIndex = 0;
    }
    names.addAll(d.terms());
    t.names = names;
  }

  /** Copies the cluster codes of the design rows {@code map[r]} (all rows when map is null). */
  static void attachClusters(TransformedRegression t, Design d, int[] map) {
    for (int c = 0; c < d.clusters().size(); c++) {
      var f = d.clusters().get(c);
      int[] codes;
      if (map == null) {
        codes = f.codes();
      } else {
        codes = new int[map.length];
        for (int r = 0; r < map.length; r++) codes[r] = f.codes()[map[r]];
      }
      t.clusters.add(codes);
      t.clusterLevels.add(f.levels());
      t.clusterNames.add(f.name());
    }
  }

  static int[] identity(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) r[i] = i;
    return r;
  }
}
