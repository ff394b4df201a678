package org.netinnov.estimate.gmm;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Inverses of symmetric positive (semi-)definite matrices, with pgmm's rule for the GMM weighting matrices.
 *
 * <p>pgmm inverts {@code Σ Z_i'H Z_i} and {@code Σ Z_i'û_i û_i'Z_i} with {@code solve()} unless their smallest
 * eigenvalue is below 1e-9, in which case it warns and uses {@code MASS::ginv} (Moore–Penrose inverse dropping
 * singular values below √ε times the largest). {@link #weighting} does the same: a Cholesky inverse, the smallest
 * eigenvalue estimated as 1/λmax(A⁻¹) by power iteration, and the Moore–Penrose inverse from an eigendecomposition
 * when the factorisation fails or that eigenvalue is below 1e-9.
 */
final class SymmetricInverse {
  /** pgmm's threshold on the smallest eigenvalue. */
  static final double PGMM_EIGEN_THRESHOLD = 1e-9;
  private static final double GINV_TOL = Math.sqrt(Math.ulp(1.0));

  /** An inverse and whether it is a generalized (Moore–Penrose) one. */
  record Result(double[][] inverse, boolean generalized) {}

  private SymmetricInverse() {}

  /** Inverse of a GMM weighting matrix as pgmm computes it (see the class comment). */
  static Result weighting(double[][] a) {
    double[][] s = copy(a);
    DenseAlgebra.symmetrize(s);
    double[][] inv = choleskyInverse(s);
    if (inv != null && 1.0 / largestEigenvalue(inv) >= PGMM_EIGEN_THRESHOLD) return new Result(inv, false);
    return new Result(pseudoInverse(s), true);
  }

  /**
   * Inverse of a positive definite matrix (a GMM normal matrix {@code X'Z W Z'X}).
   *
   * @throws IllegalArgumentException naming {@code what} when the matrix is singular
   */
  static double[][] positiveDefinite(double[][] a, String what) {
    double[][] s = copy(a);
    DenseAlgebra.symmetrize(s);
    double[][] inv = choleskyInverse(s);
    if (inv == null) throw new IllegalArgumentException(what);
    return inv;
  }

  /** Cholesky inverse, or null when a pivot is not clearly positive (singular or indefinite). */
  static double[][] choleskyInverse(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    double maxDiag = 0;
    for (int i = 0; i < n; i++) maxDiag = Math.max(maxDiag, Math.abs(a[i][i]));
    double tiny = maxDiag * n * Math.ulp(1.0);
    for (int j = 0; j < n; j++) {
      double[] lj = l[j];
      double d = a[j][j];
      for (int k = 0; k < j; k++) d -= lj[k] * lj[k];
      if (!(d > tiny)) return null;
      double ljj = Math.sqrt(d);
      lj[j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double[] li = l[i];
        double v = a[i][j];
        for (int k = 0; k < j; k++) v -= li[k] * lj[k];
        li[j] = v / ljj;
      }
    }
    // rows of U = (L⁻¹)' by forward substitution (row-contiguous access), then A⁻¹(a,b) = Σ_k U(a,k) U(b,k)
    double[][] u = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] x = u[j];
      x[j] = 1.0 / l[j][j];
      for (int i = j + 1; i < n; i++) {
        double[] li = l[i];
        double v = 0;
        for (int k = j; k < i; k++) v -= li[k] * x[k];
        x[i] = v / li[i];
      }
    }
    double[][] inv = new double[n][n];
    for (int p = 0; p < n; p++) {
      double[] up = u[p];
      for (int q = p; q < n; q++) {
        double[] uq = u[q];
        double v = 0;
        for (int k = q; k < n; k++) v += up[k] * uq[k];
        inv[p][q] = v;
        inv[q][p] = v;
      }
    }
    return inv;
  }

  /** Largest eigenvalue of a symmetric positive definite matrix by power iteration. */
  static double largestEigenvalue(double[][] a) {
    int n = a.length;
    double[] v = new double[n];
    // a start vector with no special structure, so that it is not orthogonal to the top eigenvector
    for (int i = 0; i < n; i++) v[i] = 1.0 + 0.37 * Math.sin(1.0 + i);
    double lambda = 0;
    for (int it = 0; it < 200; it++) {
      double norm = Math.sqrt(DenseAlgebra.dot(v, v));
      for (int i = 0; i < n; i++) v[i] /= norm;
      double[] w = DenseAlgebra.multiply(a, v);
      double next = DenseAlgebra.dot(v, w);
      v = w;
      if (Math.abs(next - lambda) <= 1e-10 * Math.abs(next)) return next;
      lambda = next;
    }
    return lambda;
  }

  /** Moore–Penrose inverse of a symmetric matrix, dropping eigenvalues below √ε · max|λ| as MASS::ginv does. */
  static double[][] pseudoInverse(double[][] a) {
    int n = a.length;
    RealMatrix m = new Array2DRowRealMatrix(a, false);
    EigenDecomposition e = new EigenDecomposition(m);
    double[] lambda = e.getRealEigenvalues();
    double max = 0;
    for (double l : lambda) max = Math.max(max, Math.abs(l));
    double[][] out = new double[n][n];
    for (int k = 0; k < n; k++) {
      if (!(Math.abs(lambda[k]) > GINV_TOL * max)) continue;
      double[] vk = e.getEigenvector(k).toArray();
      double inv = 1.0 / lambda[k];
      for (int i = 0; i < n; i++) {
        double vi = vk[i] * inv;
        if (vi == 0.0) continue;
        double[] oi = out[i];
        for (int j = 0; j < n; j++) oi[j] += vi * vk[j];
      }
    }
    return out;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
    return c;
  }
}
