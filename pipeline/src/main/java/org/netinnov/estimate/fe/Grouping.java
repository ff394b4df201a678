package org.netinnov.estimate.fe;

import org.netinnov.data.Factor;

/**
 * One categorical factor prepared for repeated (weighted) group demeaning: the inverse group weights once, and
 * whether the rows of each level are contiguous (true for the firm factor of a panel sorted by firm), in which case
 * a group mean is computed and removed block by block while the block is in cache.
 */
final class Grouping {
  final int[] codes;
  final int levels;
  final double[] w;
  /** 1 / (sum of weights of level g), 0 for an empty level. */
  final double[] invTotal;
  final int nonEmpty;
  /** Block starts (length blocks+1) when every level occupies one run of rows, else null. */
  final int[] blockStart;

  Grouping(Factor f, double[] w) {
    this.codes = f.codes();
    this.levels = f.levels();
    this.w = w;
    int n = codes.length;
    double[] tot = new double[levels];
    // one pass: totals, and the block starts while the codes are non-decreasing (each level then one run, so
    // there are at most `levels` runs)
    int[] starts = new int[levels + 1];
    int blocks = 0;
    boolean nonDecreasing = true;
    int prev = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      int c = codes[i];
      if (c < 0 || c >= levels)
        throw new IllegalArgumentException("factor `" + f.name() + "` has a missing or invalid code at row " + i);
      tot[c] += w == null ? 1.0 : w[i];
      if (c != prev) {
        if (c < prev) nonDecreasing = false;
        else if (nonDecreasing) starts[blocks++] = i;
        prev = c;
      }
    }
    invTotal = new double[levels];
    int ne = 0;
    for (int g = 0; g < levels; g++)
      if (tot[g] > 0) {
        invTotal[g] = 1.0 / tot[g];
        ne++;
      }
    nonEmpty = ne;
    if (nonDecreasing) {
      starts[blocks] = n;
      blockStart = blocks == levels ? starts : java.util.Arrays.copyOf(starts, blocks + 1);
    } else {
      blockStart = null;
    }
  }

  /** Weighted group means of {@code x}, one per level. */
  double[] means(double[] x) {
    double[] s = new double[levels];
    if (w == null) for (int i = 0; i < x.length; i++) s[codes[i]] += x[i];
    else for (int i = 0; i < x.length; i++) s[codes[i]] += w[i] * x[i];
    for (int g = 0; g < levels; g++) s[g] *= invTotal[g];
    return s;
  }

  /** {@code x ← x − (weighted group mean of x)}, in place. */
  void demean(double[] x) {
    if (blockStart != null) {
      for (int b = 0; b + 1 < blockStart.length; b++) {
        int s = blockStart[b], e = blockStart[b + 1];
        double sum = 0;
        if (w == null) for (int i = s; i < e; i++) sum += x[i];
        else for (int i = s; i < e; i++) sum += w[i] * x[i];
        double m = sum * invTotal[codes[s]];
        for (int i = s; i < e; i++) x[i] -= m;
      }
      return;
    }
    double[] m = means(x);
    for (int i = 0; i < x.length; i++) x[i] -= m[codes[i]];
  }
}
