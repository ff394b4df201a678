package org.netinnov.diagnose;

import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Breusch–Godfrey/Wooldridge test for serial correlation of order up to p in panel models, as plm's
 * {@code pbgtest(type = "Chisq")}: lmtest's {@code bgtest} applied to the OLS of the demeaned outcome ỹ on the
 * demeaned regressors X̃ (the within model's transformed regression, no intercept). With its residuals e, the
 * auxiliary regression of e on [X̃, e₋₁, …, e₋ₚ] gives
 * <pre>
 *   LM = n · Σ ê² / Σ e²  ~  χ²(p)      (ê: fitted values of the auxiliary regression)
 * </pre>
 * As in plm (lmtest lags the stacked residual vector), e₋ₗ is the residual l rows above, filled with 0 for the
 * first l rows, including across the boundary between two firms; we reproduce this to match plm's figures.
 */
public final class BreuschGodfreyPanel {
  private BreuschGodfreyPanel() {}

  public static TestResult compute(LinearFitDetail within, int order, double level) {
    SpecificationTest t = SpecificationTest.BREUSCH_GODFREY;
    if (order < 1) return t.notComputed("the order must be at least 1 (bg_order: " + order + ")");
    double[] e = within.residuals();
    int n = e.length, k = within.x().length;
    if (n <= k + order) return t.notComputed("too few observations (" + n + ") for order " + order);
    double[][] z = new double[k + order][];
    for (int j = 0; j < k; j++) z[j] = within.x()[j];
    for (int l = 1; l <= order; l++) {
      double[] lag = new double[n];
      System.arraycopy(e, 0, lag, l, n - l);
      z[k + l - 1] = lag;
    }
    SmallOls ols;
    try {
      ols = SmallOls.fit(z, e);
    } catch (ArithmeticException ex) {
      return t.notComputed("the auxiliary regression is singular (" + ex.getMessage() + ")");
    }
    double lm = n * ols.fittedSumOfSquares / EffectsFTest.sumOfSquares(e);
    return t.result(lm, new double[] {order}, Distributions.chiSquaredUpper(lm, order), level,
        "order " + order);
  }
}
