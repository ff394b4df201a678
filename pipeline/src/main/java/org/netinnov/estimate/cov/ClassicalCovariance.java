package org.netinnov.estimate.cov;

/** {@code σ̂² (X'X)⁻¹} with {@code σ̂² = RSS / dfResidual} (plm's {@code vcov} of a panel model). */
public final class ClassicalCovariance {
  private ClassicalCovariance() {}

  public static double[][] compute(CovarianceInput in) {
    double rss = 0;
    for (double e : in.residuals()) rss += e * e;
    return Sandwich.scale(in.bread(), rss / in.dfResidual());
  }
}
