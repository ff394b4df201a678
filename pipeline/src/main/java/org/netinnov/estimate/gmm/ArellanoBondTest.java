package org.netinnov.estimate.gmm;

/**
 * The Arellano–Bond (1991) test for autocorrelation of order m in the differenced residuals, as plm's
 * {@code mtest.pgmm} computes it. With ê_i the differenced residuals of firm i (zero on unused rows and, in system
 * GMM, on the levels rows), ê_i^(m) the same lagged m years (zero-filled), X_i, Z_i its regressors and instruments:
 *
 * <pre>
 * num   = Σ_i ê_i^(m)' ê_i
 * den   = Σ_i (ê_i^(m)' ê_i)²  − 2 · EX · B · (X'Z) · A · ZVE  +  EX · V · EX'
 * EX    = Σ_i ê_i^(m)' X_i          ZVE = Σ_i Z_i' ê_i (ê_i' ê_i^(m))
 * z     = num / √den  ~ N(0,1) under no autocorrelation of order m
 * </pre>
 *
 * where {@code A} is the weighting matrix of the estimator (one-step {@code (Σ Z_i'HZ_i)⁻¹}, two-step
 * {@code (Σ Z_i'ê1_i ê1_i'Z_i)⁻¹}), {@code B = (X'Z A Z'X)⁻¹} and {@code V} the covariance used for the
 * coefficients. Accumulate firm by firm with {@link #add}, then call {@link #statistic}.
 */
final class ArellanoBondTest {
  private final int order;
  private final int nDiff;
  private double num;
  private double eve;
  private final double[] ex;    // K
  private final double[] zve;   // L (compressed instrument columns)

  ArellanoBondTest(int order, int nDiff, int k, int l) {
    this.order = order;
    this.nDiff = nDiff;
    ex = new double[k];
    zve = new double[l];
  }

  /** Whether the differenced equations span more periods than the order (pgmm refuses otherwise). */
  boolean computable() { return order < nDiff; }

  /**
   * Adds firm {@code fe} with residuals {@code u} (one per equation row, zero on unused rows).
   *
   * @param xKeep regressor columns of the layout kept in the estimation
   * @param wMap  layout instrument column → compressed column, -1 for a dropped column
   */
  void add(FirmEquations fe, double[] u, int[] xKeep, int[] wMap) {
    if (!computable()) return;
    double e = 0;
    for (int r = order; r < nDiff; r++) e += u[r] * u[r - order];
    num += e;
    eve += e * e;
    for (int r = order; r < nDiff; r++) {
      double l = u[r - order];
      if (l == 0.0) continue;
      double[] xr = fe.x[r];
      for (int k = 0; k < ex.length; k++) ex[k] += l * xr[xKeep[k]];
    }
    if (e == 0.0) return;
    for (int r = 0; r < nDiff; r++) {
      double c = u[r] * e;
      if (c == 0.0) continue;
      for (int p = fe.rowStart[r]; p < fe.rowStart[r + 1]; p++) {
        int cc = wMap[fe.col[p]];
        if (cc >= 0) zve[cc] += c * fe.val[p];
      }
    }
  }

  /**
   * The z statistic, NaN when it cannot be computed (too few periods, or a negative variance estimate, where pgmm
   * returns NaN with a warning).
   *
   * @param projection {@code B · X'Z · A} (K × L), the map from moments to the coefficient estimate
   * @param v          covariance of the coefficients used in the variance of the statistic
   */
  double statistic(double[][] projection, double[][] v) {
    if (!computable()) return Double.NaN;
    double cross = DenseAlgebra.dot(ex, DenseAlgebra.multiply(projection, zve));
    double den = eve - 2.0 * cross + DenseAlgebra.quadraticForm(ex, v);
    return den > 0 ? num / Math.sqrt(den) : Double.NaN;
  }
}
