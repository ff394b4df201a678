package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@link AbsorbedWls} for any number of factors: every column ([X, z]) is demeaned with the IRLS weights by
 * {@link WeightedDemeaner} (alternating projections), warm-started from the effects found at the previous weights
 * as fixest and ppmlhdfe do. General but costlier than {@link OneWayPoissonIrls}; the router uses it when the
 * non-absorbed factors have too many levels for an explicit dummy block.
 */
final class ProjectionAbsorptionWls implements AbsorbedWls {
  static final double DEMEAN_TOL = 1e-13;
  static final int DEMEAN_MAX_SWEEPS = 100_000;

  private final int n;
  private final int k;
  private final double[][] x;
  private final int[][] codes;
  private final int[] levels;
  private final WeightedDemeaner demeaner;
  private final double[][] effects;   // [k+1][n]: column minus its demeaned value at the previous weights
  private final double[][] xt;        // partialled regressors at the last weights
  private final double[] zt;
  private final double[][] c;
  private final double[] beta;
  private boolean[] kept;
  private CholeskyWithDropping chol;
  private final List<String> notes = new ArrayList<>();
  private int maxSweepsUsed;

  ProjectionAbsorptionWls(double[][] x, int[][] codes, int[] levels) {
    this.k = x.length;
    this.n = codes[0].length;
    this.x = x;
    this.codes = codes;
    this.levels = levels;
    this.demeaner = new WeightedDemeaner(codes, levels, DEMEAN_TOL, DEMEAN_MAX_SWEEPS);
    this.effects = new double[k + 1][n];
    this.xt = new double[k][n];
    this.zt = new double[n];
    this.c = new double[k + 1][k + 1];
    this.beta = new double[k];
  }

  @Override public int k() { return k; }

  @Override public void solve(double[] w, double[] z, double[] eta) {
    demeaner.setWeights(w);
    for (int j = 0; j <= k; j++) {
      double[] col = j < k ? x[j] : z;
      double[] out = j < k ? xt[j] : zt;
      double[] eff = effects[j];
      for (int i = 0; i < n; i++) out[i] = col[i] - eff[i];
      int sweeps = demeaner.demeanInPlace(out);
      if (sweeps < 0)
        notes.add("alternating projections did not converge in " + DEMEAN_MAX_SWEEPS + " sweeps (tolerance "
            + DEMEAN_TOL + "); the fixed effects may be poorly connected");
      maxSweepsUsed = Math.max(maxSweepsUsed, Math.abs(sweeps));
      for (int i = 0; i < n; i++) eff[i] = col[i] - out[i];
    }
    for (double[] row : c) Arrays.fill(row, 0);
    for (int j = 0; j <= k; j++) {
      double[] a = j < k ? xt[j] : zt;
      for (int m = j; m <= k; m++) {
        double[] b = m < k ? xt[m] : zt;
        double s = 0;
        for (int i = 0; i < n; i++) s += w[i] * a[i] * b[i];
        c[j][m] = s;
        c[m][j] = s;
      }
    }
    if (kept == null) {
      double[] ref = new double[k];
      for (int j = 0; j < k; j++) ref[j] = centredSumOfSquares(x[j], w);
      chol = CholeskyWithDropping.decide(c, k, ref, CholeskyWithDropping.COLLINEARITY_TOL);
      kept = chol.kept();
    } else {
      chol = CholeskyWithDropping.withKept(c, k, kept);
      if (chol == null)
        throw new CountModelException("the weighted normal equations became singular during IRLS "
            + "(fitted means underflow: likely separation, see Correia, Guimarães & Zylkin 2019)");
    }
    for (int j = 0; j < k; j++) beta[j] = c[j][k];
    chol.solveInPlace(beta);
    if (eta == null) return;
    for (int i = 0; i < n; i++) {
      double r = zt[i];
      for (int j = 0; j < k; j++) r -= xt[j][i] * beta[j];
      eta[i] = z[i] - r;
    }
  }

  private double centredSumOfSquares(double[] col, double[] w) {
    double sw = 0, swx = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      swx += w[i] * col[i];
    }
    double m = swx / sw, s = 0;
    for (int i = 0; i < n; i++) s += w[i] * (col[i] - m) * (col[i] - m);
    return s;
  }

  @Override public double[] beta() { return beta.clone(); }

  @Override public boolean[] kept() { return kept.clone(); }

  @Override public double[][] inverseCrossProduct() { return chol.inverse(); }

  @Override public double[][] partialledColumns() {
    double[][] out = new double[k][];
    for (int j = 0; j < k; j++) out[j] = xt[j].clone();
    return out;
  }

  /**
   * One factor: its levels. Two: L1 + L2 − (connected components of the bipartite level graph), exact. More: the
   * sum of levels minus (factors − 1), exact when the factors are connected, otherwise an upper bound.
   */
  @Override public int absorbedParameters() {
    if (codes.length == 1) return levels[0];
    int total = 0;
    for (int l : levels) total += l;
    if (codes.length == 2) return total - components(codes[0], levels[0], codes[1], levels[1]);
    return total - (codes.length - 1);
  }

  private static int components(int[] a, int la, int[] b, int lb) {
    int[] parent = new int[la + lb];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (int i = 0; i < a.length; i++) {
      int ra = find(parent, a[i]), rb = find(parent, la + b[i]);
      if (ra != rb) parent[ra] = rb;
    }
    int count = 0;
    for (int i = 0; i < parent.length; i++) if (find(parent, i) == i) count++;
    return count;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  @Override public List<String> notes() {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(notes));
    out.add("fixed effects absorbed by weighted alternating projections (at most " + maxSweepsUsed
        + " sweeps per column, tolerance " + DEMEAN_TOL + ")");
    return out;
  }
}
