package org.netinnov.index;

import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * The first principal component of a correlation matrix R: its largest eigenvalue λ₁ and unit-norm
 * eigenvector v, oriented so that Σ v_j &gt; 0 (eigenvector signs are arbitrary; this makes "higher index =
 * stronger network" when the indicators are direction-adjusted). The index score of a row of standardized
 * indicators z is v·z, the convention of R's {@code prcomp(scale. = TRUE)$x[,1]} and
 * {@code eigen(cor(X))$vectors[,1]}: its sample variance is λ₁. Explained share = λ₁ / trace(R) = λ₁ / k.
 *
 * <p>The eigen decomposition is Smile 3.1.1's {@link Matrix#eigen(boolean, boolean, boolean)} on a matrix flagged
 * symmetric ({@code uplo}), i.e. LAPACK {@code dsyevd} from the OpenBLAS that Smile loads through bytedeco.
 */
public final class FirstPrincipalComponent {
  private final double eigenvalue;
  private final double explainedShare;
  private final double[] loadings;

  private FirstPrincipalComponent(double eigenvalue, double explainedShare, double[] loadings) {
    this.eigenvalue = eigenvalue;
    this.explainedShare = explainedShare;
    this.loadings = loadings;
  }

  /**
   * @param correlation a k×k correlation matrix (symmetric, unit diagonal, no NaN)
   * @throws IllegalStateException when Smile's native linear algebra cannot be loaded
   */
  public static FirstPrincipalComponent of(double[][] correlation) {
    int k = correlation.length;
    Matrix.EVD evd;
    try {
      Matrix r = Matrix.of(correlation);
      r.uplo(UPLO.LOWER);
      evd = r.eigen(false, true, true);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new IllegalStateException("PCA needs Smile's native OpenBLAS (org.bytedeco openblas), which failed to load"
          + " on this machine: " + e, e);
    }
    int best = 0;
    for (int j = 1; j < k; j++) if (evd.wr[j] > evd.wr[best]) best = j;
    double[] v = new double[k];
    double sum = 0;
    for (int j = 0; j < k; j++) {
      v[j] = evd.Vr.get(j, best);
      sum += v[j];
    }
    boolean flip = sum < 0;
    if (sum == 0) {
      // a tie in the sum (possible only with opposing loadings): orient on the largest loading instead
      int big = 0;
      for (int j = 1; j < k; j++) if (Math.abs(v[j]) > Math.abs(v[big])) big = j;
      flip = v[big] < 0;
    }
    if (flip) for (int j = 0; j < k; j++) v[j] = -v[j];
    double trace = 0;
    for (int j = 0; j < k; j++) trace += correlation[j][j];
    return new FirstPrincipalComponent(evd.wr[best], evd.wr[best] / trace, v);
  }

  /** λ₁, the variance of the first component's scores. */
  public double eigenvalue() { return eigenvalue; }

  /** λ₁ / k: the share of the total standardized variance the first component carries. */
  public double explainedShare() { return explainedShare; }

  /** The unit-norm eigenvector (a copy), oriented to sum positive. */
  public double[] loadings() { return loadings.clone(); }
}
