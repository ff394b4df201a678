package org.netinnov.estimate.linear;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/**
 * Drops singleton observations as fixest does: repeatedly remove the rows whose level of some absorbed factor
 * occurs only once among the remaining rows, until none is left. A singleton's fixed effect fits it perfectly, so it
 * adds nothing to the slopes but inflates N (and, with clustering, can understate standard errors; Correia 2015).
 */
final class SingletonFilter {
  private SingletonFilter() {}

  /** Result: the reduced design, the kept rows of the input design, and how many rows were dropped. */
  record Result(Design design, int[] kept, int dropped) {}

  static Result apply(Design d) {
    int n = d.n();
    boolean[] keep = new boolean[n];
    java.util.Arrays.fill(keep, true);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Factor f : d.absorb()) {
        int[] count = new int[f.levels()];
        int[] codes = f.codes();
        for (int i = 0; i < n; i++) if (keep[i]) count[codes[i]]++;
        for (int i = 0; i < n; i++)
          if (keep[i] && count[codes[i]] == 1) {
            keep[i] = false;
            changed = true;
          }
      }
    }
    int m = 0;
    for (boolean b : keep) if (b) m++;
    if (m == n) return new Result(d, Transforms.identity(n), 0);
    int[] idx = new int[m];
    for (int i = 0, r = 0; i < n; i++) if (keep[i]) idx[r++] = i;
    return new Result(subset(d, idx), idx, n - m);
  }

  /** The design restricted to rows {@code idx} (increasing); firm codes and factor levels renumbered. */
  static Design subset(Design d, int[] idx) {
    int m = idx.length;
    double[][] x = new double[d.k()][];
    for (int j = 0; j < d.k(); j++) x[j] = pick(d.x()[j], idx);
    double[] w = d.weights() == null ? null : pick(d.weights(), idx);
    int[] firm = new int[m], year = new int[m], rows = new int[m];
    int nf = 0;
    for (int r = 0; r < m; r++) {
      int i = idx[r];
      if (r == 0 || d.firm()[i] != d.firm()[idx[r - 1]]) nf++;
      firm[r] = nf - 1;
      year[r] = d.year()[i];
      rows[r] = d.rows()[i];
    }
    List<Factor> absorb = new ArrayList<>();
    for (Factor f : d.absorb()) absorb.add(f.subset(idx));
    List<Factor> clusters = new ArrayList<>();
    for (Factor f : d.clusters()) clusters.add(f.subset(idx));
    return new Design(d.outcome(), pick(d.y(), idx), d.terms(), x, d.intercept(), w, firm, nf, year, absorb, clusters,
        rows);
  }

  private static double[] pick(double[] v, int[] idx) {
    double[] out = new double[idx.length];
    for (int r = 0; r < idx.length; r++) out[r] = v[idx[r]];
    return out;
  }
}
