package org.netinnov.diagnose;

import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Breusch–Pagan test for heteroskedasticity in the studentized form of Koenker (1981), as lmtest's
 * {@code bptest(studentize = TRUE)} (its default, and what the reference uses): with the pooled OLS residuals e,
 * σ̂² = e'e/n and w_i = e_i² − σ̂², regress w on the model's regressors Z (with the intercept);
 * <pre>
 *   BP = n · Σ ŵ² / Σ w²  ~  χ²(k − 1)
 * </pre>
 * (n R² of the auxiliary regression; k = columns of Z including the intercept).
 */
public final class BreuschPagan {
  private BreuschPagan() {}

  public static TestResult compute(LinearFitDetail pooled, double level) {
    SpecificationTest t = SpecificationTest.BREUSCH_PAGAN;
    double[] e = pooled.residuals();
    int n = e.length, k = pooled.x().length;
    if (k < 2) return t.notComputed("the auxiliary regression needs an intercept and at least one regressor");
    double s2 = EffectsFTest.sumOfSquares(e) / n;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = e[i] * e[i] - s2;
    SmallOls ols;
    try {
      ols = SmallOls.fit(pooled.x(), w);
    } catch (ArithmeticException ex) {
      return t.notComputed("the auxiliary regression is singular");
    }
    double ww = EffectsFTest.sumOfSquares(w);
    if (!(ww > 0)) return t.notComputed("all squared residuals are equal");
    double bp = n * ols.fittedSumOfSquares / ww;
    return t.result(bp, new double[] {k - 1}, Distributions.chiSquaredUpper(bp, k - 1), level, null);
  }
}
