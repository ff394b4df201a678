package org.netinnov.estimate.gmm;

/**
 * Finds columns of X that are linear combinations of earlier ones, from X'X, by a Cholesky factorisation that
 * skips a column when its squared distance from the span of the kept ones is below {@code tol} times its squared
 * length (Gram–Schmidt in column order).
 *
 * <p>Time dummies can become collinear when whole years have no usable equation (a year absent from the panel
 * leaves several differenced dummies spanning fewer years); like xtabond2 ("dropped due to collinearity") we drop
 * those, where pgmm would stop with a singular matrix.
 */
final class CollinearityCheck {
  static final double TOL = 1e-9;

  private CollinearityCheck() {}

  /** For every column, whether it is independent of the kept columns before it. */
  static boolean[] independent(double[][] xtx) {
    int k = xtx.length;
    boolean[] keep = new boolean[k];
    double[][] l = new double[k][k];
    for (int j = 0; j < k; j++) {
      double norm = xtx[j][j];
      if (!(norm > 0)) continue;
      double[] lj = l[j];
      for (int i = 0; i < j; i++) {
        if (!keep[i]) continue;
        double v = xtx[j][i];
        double[] li = l[i];
        for (int m = 0; m < i; m++) if (keep[m]) v -= lj[m] * li[m];
        lj[i] = v / li[i];
      }
      double d = norm;
      for (int i = 0; i < j; i++) if (keep[i]) d -= lj[i] * lj[i];
      if (d > TOL * norm) {
        keep[j] = true;
        lj[j] = Math.sqrt(d);
      } else {
        java.util.Arrays.fill(lj, 0.0);
      }
    }
    return keep;
  }
}
