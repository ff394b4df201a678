package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@link AbsorbedWls} that sweeps out one factor exactly (weighted group means, one pass) and enters every other
 * factor as an explicit block of dummy columns (first level of each dropped), solved jointly with X by
 * Frisch–Waugh–Lovell. For firm-year panels (firm absorbed, a handful of year dummies) this is exact and far cheaper
 * than alternating projections. With no absorbed factor it is plain weighted least squares (the pooled model; X
 * then carries its own intercept column).
 *
 * <p>The cross products are formed from group-demeaned values in a second pass (not as Σwx² − Σ_g W_g x̄_g²),
 * so regressors that vary mostly between groups keep their precision. The dummy block costs, per solve,
 * O(n·Q·K) plus O(G·L²) for G groups and L dummy columns, and G·L doubles of memory — which is why the caller
 * routes many dummy columns to alternating projections instead.
 */
final class ExactAbsorptionWls implements AbsorbedWls {
  static final double COLLINEARITY_TOL = 1e-10;

  private final int n;
  private final int k;
  private final double[][] x;      // centred copy when a group factor is absorbed (constants are absorbed anyway)
  private final int[] group;       // null: nothing absorbed
  private final int nGroups;
  private final int[][] dummyCodes;
  private final int[] dummyOffset; // column of level l ≥ 1 of factor q is dummyOffset[q] + l − 1
  private final int nDummies;
  private final int p;             // nDummies + k (the z column is p)

  // state of the last solve
  private final double[] sumW;
  private final double[] meanA;    // per group: means of x (k) and z
  private final double[] sumD;     // per group: Σ w over each dummy column (dense, nGroups × nDummies)
  private final double[][] c;      // (p+1)×(p+1) cross products of partialled [D, X, z]
  private final double[] levelA;   // per dummy column: Σ w·(x̃, z̃)
  private final double[] levelW;   // per dummy column: Σ w
  private final double[] theta;    // [γ, β]
  private final double[] alpha;    // group effects
  private boolean[] keptAll;       // over the p columns [D, X]
  private CholeskyWithDropping chol;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param x          regressors [k][n] (not modified)
   * @param group      codes of the factor absorbed exactly, or null for none
   * @param nGroups    its number of levels
   * @param dummyCodes codes of the factors entered as dummies (may be empty; requires a group factor)
   * @param dummyLevels their numbers of levels
   */
  ExactAbsorptionWls(double[][] x, int[] group, int nGroups, int[][] dummyCodes, int[] dummyLevels) {
    this.k = x.length;
    this.n = group != null ? group.length : x.length > 0 ? x[0].length : 0;
    if (group == null && dummyCodes.length > 0)
      throw new IllegalArgumentException("dummy factors need an absorbed group factor (it carries the constant)");
    this.group = group;
    this.nGroups = group == null ? 0 : nGroups;
    this.dummyCodes = dummyCodes;
    this.dummyOffset = new int[dummyCodes.length];
    int off = 0;
    for (int q = 0; q < dummyCodes.length; q++) {
      dummyOffset[q] = off;
      off += Math.max(0, dummyLevels[q] - 1);
    }
    this.nDummies = off;
    this.p = nDummies + k;
    if (group != null) {
      this.x = new double[k][];
      for (int j = 0; j < k; j++) {
        double[] col = x[j];
        double mean = 0;
        for (int i = 0; i < n; i++) mean += col[i];
        mean /= Math.max(n, 1);
        double[] cc = new double[n];
        for (int i = 0; i < n; i++) cc[i] = col[i] - mean;
        this.x[j] = cc;
      }
    } else {
      this.x = x;
    }
    this.sumW = new double[this.nGroups];
    this.meanA = new double[this.nGroups * (k + 1)];
    this.sumD = new double[this.nGroups * nDummies];
    this.c = new double[p + 1][p + 1];
    this.levelA = new double[nDummies * (k + 1)];
    this.levelW = new double[nDummies];
    this.theta = new double[p];
    this.alpha = new double[this.nGroups];
  }

  @Override public int k() { return k; }

  @Override public void solve(double[] w, double[] z, double[] eta) {
    accumulate(w, z);
    if (keptAll == null) {
      double[] ref = new double[p];
      for (int j = 0; j < p; j++) ref[j] = reference(j, w);
      chol = CholeskyWithDropping.decide(c, p, ref, COLLINEARITY_TOL);
      keptAll = chol.kept();
    } else {
      chol = CholeskyWithDropping.withKept(c, p, keptAll);
      if (chol == null)
        throw new CountModelException("the weighted normal equations became singular during IRLS "
            + "(fitted means underflow: likely separation, see Correia, Guimarães & Zylkin 2019)");
    }
    for (int j = 0; j < p; j++) theta[j] = c[j][p];
    chol.solveInPlace(theta);
    fitted(z, eta);
  }

  /** Scale for the collinearity rule: total weighted sum of squares of the (centred) column. */
  private double reference(int j, double[] w) {
    if (j < nDummies) return levelW[j];
    double[] col = x[j - nDummies];
    double s = 0;
    for (int i = 0; i < n; i++) s += w[i] * col[i] * col[i];
    return s;
  }

  private void accumulate(double[] w, double[] z) {
    int k1 = k + 1;
    for (double[] row : c) Arrays.fill(row, 0);
    Arrays.fill(levelW, 0);
    Arrays.fill(levelA, 0);
    if (group != null) {
      Arrays.fill(sumW, 0);
      Arrays.fill(meanA, 0);
      Arrays.fill(sumD, 0);
      for (int i = 0; i < n; i++) {
        int g = group[i];
        double wi = w[i];
        sumW[g] += wi;
        int base = g * k1;
        for (int j = 0; j < k; j++) meanA[base + j] += wi * x[j][i];
        meanA[base + k] += wi * z[i];
        for (int q = 0; q < dummyCodes.length; q++) {
          int l = dummyCodes[q][i];
          if (l > 0) sumD[g * nDummies + dummyOffset[q] + l - 1] += wi;
        }
      }
      for (int g = 0; g < nGroups; g++) {
        double inv = sumW[g] > 0 ? 1.0 / sumW[g] : 0.0;
        int base = g * k1;
        for (int j = 0; j < k1; j++) meanA[base + j] *= inv;
      }
    }
    // second pass: cross products of group-demeaned [X, z] and the dummy-by-column sums
    double[] a = new double[k1];
    double[] cxx = new double[k1 * k1];
    int[] col = new int[dummyCodes.length];
    for (int i = 0; i < n; i++) {
      double wi = w[i];
      if (group != null) {
        int base = group[i] * k1;
        for (int j = 0; j < k; j++) a[j] = x[j][i] - meanA[base + j];
        a[k] = z[i] - meanA[base + k];
      } else {
        for (int j = 0; j < k; j++) a[j] = x[j][i];
        a[k] = z[i];
      }
      for (int j = 0; j < k1; j++) {
        double wa = wi * a[j];
        int rb = j * k1;
        for (int m = j; m < k1; m++) cxx[rb + m] += wa * a[m];
      }
      if (nDummies > 0) {
        for (int q = 0; q < dummyCodes.length; q++) {
          int l = dummyCodes[q][i];
          col[q] = l > 0 ? dummyOffset[q] + l - 1 : -1;
          if (col[q] < 0) continue;
          levelW[col[q]] += wi;
          int lb = col[q] * k1;
          for (int j = 0; j < k1; j++) levelA[lb + j] += wi * a[j];
        }
        for (int q = 0; q < dummyCodes.length; q++) {
          if (col[q] < 0) continue;
          for (int r = q + 1; r < dummyCodes.length; r++)
            if (col[r] >= 0) {
              int lo = Math.min(col[q], col[r]), hi = Math.max(col[q], col[r]);
              c[lo][hi] += wi;
            }
        }
      }
    }
    // assemble C over [D (nDummies), X (k), z]
    for (int j = 0; j < k1; j++)
      for (int m = j; m < k1; m++) c[nDummies + j][nDummies + m] = cxx[j * k1 + m];
    for (int d = 0; d < nDummies; d++) {
      c[d][d] += levelW[d];
      for (int j = 0; j < k1; j++) c[d][nDummies + j] = levelA[d * k1 + j];
    }
    if (nDummies > 0 && group != null) {
      // D̃'WD̃ = D'WD − Σ_g s_g s_g' / W_g, over the non-zero entries of each group's dummy sums
      int[] nz = new int[nDummies];
      for (int g = 0; g < nGroups; g++) {
        if (!(sumW[g] > 0)) continue;
        int base = g * nDummies;
        int m = 0;
        for (int d = 0; d < nDummies; d++) if (sumD[base + d] != 0) nz[m++] = d;
        double inv = 1.0 / sumW[g];
        for (int u = 0; u < m; u++) {
          double su = sumD[base + nz[u]] * inv;
          double[] cu = c[nz[u]];
          for (int v = u; v < m; v++) cu[nz[v]] -= su * sumD[base + nz[v]];
        }
      }
    }
    for (int i = 0; i <= p; i++)
      for (int j = 0; j < i; j++) c[i][j] = c[j][i];
  }

  /** eta_i = x_i'β + Σ_q γ[l_q(i)] + α_g(i), with α_g = z̄_g − x̄_g'β − d̄_g'γ. */
  private void fitted(double[] z, double[] eta) {
    int k1 = k + 1;
    if (group != null) {
      for (int g = 0; g < nGroups; g++) {
        int base = g * k1;
        double a = meanA[base + k];
        for (int j = 0; j < k; j++) a -= meanA[base + j] * theta[nDummies + j];
        if (nDummies > 0 && sumW[g] > 0) {
          double s = 0;
          int db = g * nDummies;
          for (int d = 0; d < nDummies; d++) s += sumD[db + d] * theta[d];
          a -= s / sumW[g];
        }
        alpha[g] = a;
      }
    }
    for (int i = 0; i < n; i++) {
      double e = group != null ? alpha[group[i]] : 0.0;
      for (int j = 0; j < k; j++) e += x[j][i] * theta[nDummies + j];
      for (int q = 0; q < dummyCodes.length; q++) {
        int l = dummyCodes[q][i];
        if (l > 0) e += theta[dummyOffset[q] + l - 1];
      }
      eta[i] = e;
    }
  }

  @Override public double[] beta() { return Arrays.copyOfRange(theta, nDummies, p); }

  @Override public boolean[] kept() { return Arrays.copyOfRange(keptAll, nDummies, p); }

  @Override public double[][] inverseCrossProduct() {
    double[][] inv = chol.inverse();
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++)
      for (int j = 0; j < k; j++) out[i][j] = inv[nDummies + i][nDummies + j];
    return out;
  }

  /**
   * x̌_ij = x̃_ij − Π[l(i), j] + d̄_g(i)'Π[·, j], with x̃ the group-demeaned regressor and Π = (D̃'WD̃)⁻¹ D̃'WX̃
   * the projection of the group-demeaned regressors on the group-demeaned dummies.
   */
  @Override public double[][] partialledColumns() {
    int k1 = k + 1;
    double[][] pi = new double[nDummies][k];
    if (nDummies > 0) {
      CholeskyWithDropping dd = CholeskyWithDropping.withKept(c, nDummies, Arrays.copyOf(keptAll, nDummies));
      if (dd == null) throw new CountModelException("dummy block of the fixed effects is singular");
      double[] b = new double[nDummies];
      for (int j = 0; j < k; j++) {
        for (int d = 0; d < nDummies; d++) b[d] = c[d][nDummies + j];
        dd.solveInPlace(b);
        for (int d = 0; d < nDummies; d++) pi[d][j] = b[d];
      }
    }
    double[] shift = new double[nGroups * k];
    for (int g = 0; g < nGroups; g++) {
      for (int j = 0; j < k; j++) {
        double s = meanA[g * k1 + j];
        if (nDummies > 0 && sumW[g] > 0) {
          double t = 0;
          for (int d = 0; d < nDummies; d++) t += sumD[g * nDummies + d] * pi[d][j];
          s -= t / sumW[g];
        }
        shift[g * k + j] = s;
      }
    }
    double[][] out = new double[k][n];
    for (int j = 0; j < k; j++) {
      double[] o = out[j];
      double[] xj = x[j];
      for (int i = 0; i < n; i++) {
        double v = xj[i];
        if (group != null) v -= shift[group[i] * k + j];
        for (int q = 0; q < dummyCodes.length; q++) {
          int l = dummyCodes[q][i];
          if (l > 0) v -= pi[dummyOffset[q] + l - 1][j];
        }
        o[i] = v;
      }
    }
    return out;
  }

  @Override public int absorbedParameters() {
    int kd = 0;
    for (int d = 0; d < nDummies; d++) if (keptAll != null && keptAll[d]) kd++;
    int groups = 0;
    for (int g = 0; g < nGroups; g++) if (sumW[g] > 0) groups++;
    return groups + kd;
  }

  @Override public List<String> notes() { return List.copyOf(new LinkedHashSet<>(notes)); }
}
