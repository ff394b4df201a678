package org.netinnov.estimate.gmm;

/**
 * Windmeijer's (2005) finite-sample correction of the two-step GMM covariance, in the form of plm's
 * {@code vcovHC.pgmm}:
 *
 * <pre>
 * V = B2 + D·B2 + B2·D' + D·V1·D'
 * B2 = (X'Z A2 Z'X)⁻¹,   A2 = (Σ_i Z_i'ê1_i ê1_i'Z_i)⁻¹,   V1 = robust one-step covariance
 * D_k = −B2 X'Z A2 [Σ_i Z_i' (−x_ik ê1_i' − ê1_i x_ik') Z_i] A2 Z'ê2       (column k of D)
 * </pre>
 *
 * The bracketed L × L matrix is never formed: with {@code v = A2 Z'ê2}, {@code a_ik = Z_i'x_ik} and
 * {@code g_i = Z_i'ê1_i}, its product with v is {@code −Σ_i [a_ik (g_i'v) + g_i (a_ik'v)]}, accumulated firm by firm
 * into the L × K matrix S, so that {@code D = B2 · (X'Z A2) · S}.
 */
final class WindmeijerCorrection {
  private final double[] v;      // A2 Z'ê2, compressed instrument columns
  private final double[][] s;    // L × K
  private final double[] av;

  WindmeijerCorrection(double[] v, int k) {
    this.v = v;
    s = new double[v.length][k];
    av = new double[k];
  }

  /**
   * Adds one firm.
   *
   * @param u1 one-step residuals of the firm's equation rows
   * @param g1 {@code Z_i'ê1_i} in compressed instrument columns
   */
  void add(FirmEquations fe, double[] u1, double[] g1, int[] xKeep, int[] wMap) {
    int k = av.length;
    double gv = DenseAlgebra.dot(g1, v);
    java.util.Arrays.fill(av, 0.0);
    int rows = fe.valid.length;
    for (int r = 0; r < rows; r++) {
      double d = 0;
      for (int p = fe.rowStart[r]; p < fe.rowStart[r + 1]; p++) {
        int c = wMap[fe.col[p]];
        if (c >= 0) d += fe.val[p] * v[c];
      }
      if (d == 0.0) continue;
      double[] xr = fe.x[r];
      for (int j = 0; j < k; j++) av[j] += xr[xKeep[j]] * d;
    }
    for (int r = 0; r < rows; r++) {
      if (fe.rowStart[r] == fe.rowStart[r + 1]) continue;
      double[] xr = fe.x[r];
      double ur = u1[r];
      for (int p = fe.rowStart[r]; p < fe.rowStart[r + 1]; p++) {
        int c = wMap[fe.col[p]];
        if (c < 0) continue;
        double w = fe.val[p];
        double[] sc = s[c];
        for (int j = 0; j < k; j++) sc[j] += w * (gv * xr[xKeep[j]] + av[j] * ur);
      }
    }
  }

  /**
   * The corrected covariance.
   *
   * @param b2      (X'Z A2 Z'X)⁻¹
   * @param xzA2    X'Z A2 (K × L)
   * @param vOneStep robust one-step covariance
   */
  double[][] covariance(double[][] b2, double[][] xzA2, double[][] vOneStep) {
    // D = −B2 X'Z A2 (−S) = B2 · X'Z A2 · S
    double[][] d = DenseAlgebra.multiply(b2, DenseAlgebra.multiply(xzA2, s));
    double[][] db2 = DenseAlgebra.multiply(d, b2);
    double[][] dv1d = DenseAlgebra.multiplyTranspose(DenseAlgebra.multiply(d, vOneStep), d);
    double[][] out = DenseAlgebra.add(DenseAlgebra.add(b2, db2), DenseAlgebra.add(DenseAlgebra.transpose(db2), dv1d));
    DenseAlgebra.symmetrize(out);
    return out;
  }
}
