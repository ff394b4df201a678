package org.netinnov.diagnose;

import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * F test for fixed effects as plm's {@code pFtest(within, pooling)}:
 * <pre>
 *   F = ((RSS_pooled − RSS_within) / df₁) / (RSS_within / df₂),  df₁ = df_pooled − df_within,  df₂ = df_within
 * </pre>
 * where df are the residual degrees of freedom of the two fits (so df₁ counts the non-redundant effects, less any
 * regressor the effects absorbed).
 */
public final class EffectsFTest {
  private EffectsFTest() {}

  public static TestResult compute(SpecificationTest which, LinearFitDetail within, LinearFitDetail pooled,
      double level) {
    double rssW = sumOfSquares(within.residuals()), rssP = sumOfSquares(pooled.residuals());
    double df2 = within.fit().dfResidual();
    double df1 = pooled.fit().dfResidual() - df2;
    if (!(df1 > 0)) return which.notComputed("the effects add no degrees of freedom (df₁ = " + (long) df1 + ")");
    if (!(df2 > 0)) return which.notComputed("the within model has no residual degrees of freedom");
    double f = (rssP - rssW) / rssW / df1 * df2;
    return which.result(f, new double[] {df1, df2}, Distributions.fUpper(f, df1, df2), level, null);
  }

  static double sumOfSquares(double[] e) {
    double s = 0;
    for (double v : e) s += v * v;
    return s;
  }
}
