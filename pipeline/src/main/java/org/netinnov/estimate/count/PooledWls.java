package org.netinnov.estimate.count;

import java.util.Arrays;
import java.util.List;

/**
 * {@link AbsorbedWls} with nothing absorbed: plain weighted least squares of z on X (the pooled Poisson, with the
 * intercept as a column of X, and the Poisson start of NB2). X̌ = X.
 */
final class PooledWls implements AbsorbedWls {
  private final int n, k;
  private final double[][] x;
  private final double[][] c;
  private final double[] beta;
  private final double[] wa;
  private boolean[] kept;
  private CholeskyWithDropping chol;

  PooledWls(double[][] x, int n) {
    this.x = x;
    this.k = x.length;
    this.n = n;
    this.c = new double[k + 1][k + 1];
    this.beta = new double[k];
    this.wa = new double[n];
  }

  @Override public int k() { return k; }

  @Override public void solve(double[] w, double[] z, double[] eta) {
    for (int j = 0; j <= k; j++) {
      double[] a = j < k ? x[j] : z;
      for (int i = 0; i < n; i++) wa[i] = w[i] * a[i];
      for (int m = j; m <= k; m++) {
        double s = OneWayPoissonIrls.dot(wa, m < k ? x[m] : z, n);
        c[j][m] = s;
        c[m][j] = s;
      }
    }
    if (kept == null) {
      double[] ref = new double[k];
      for (int j = 0; j < k; j++) ref[j] = c[j][j];
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
    Arrays.fill(eta, 0.0);
    for (int j = 0; j < k; j++) {
      double b = beta[j];
      double[] xj = x[j];
      for (int i = 0; i < n; i++) eta[i] += xj[i] * b;
    }
  }

  @Override public double[] beta() { return beta.clone(); }

  @Override public boolean[] kept() { return kept.clone(); }

  @Override public double[][] inverseCrossProduct() { return chol.inverse(); }

  @Override public double[][] partialledColumns() { return x; }

  @Override public int absorbedParameters() { return 0; }

  @Override public List<String> notes() { return List.of(); }
}
