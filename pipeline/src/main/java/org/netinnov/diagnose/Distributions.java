package org.netinnov.diagnose;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.netinnov.estimate.Inference;

/**
 * Upper-tail probabilities of the test distributions, from tail functions so that tiny p-values keep their precision
 * (1 − cdf rounds everything below 1e-16 to 0):
 * <ul>
 *   <li>χ²(k): P(X > x) = Q(k/2, x/2), the regularized upper incomplete gamma function;</li>
 *   <li>F(d1, d2): P(F > f) = I_{d2/(d2 + d1 f)}(d2/2, d1/2), the regularized incomplete beta function;</li>
 *   <li>N(0, 1): P(Z > z) = erfc(z/√2)/2.</li>
 * </ul>
 * A NaN argument gives NaN; a statistic of +∞ gives 0.
 */
public final class Distributions {
  private Distributions() {}

  /** P(χ²(df) > x). */
  public static double chiSquaredUpper(double x, double df) {
    if (Double.isNaN(x) || !(df > 0)) return Double.NaN;
    if (x <= 0) return 1.0;
    if (Double.isInfinite(x)) return 0.0;
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** P(F(df1, df2) > f). */
  public static double fUpper(double f, double df1, double df2) {
    if (Double.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return Double.NaN;
    if (f <= 0) return 1.0;
    if (Double.isInfinite(f)) return 0.0;
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2.0, df1 / 2.0);
  }

  /** P(Z > z) for a standard normal Z (one-sided, upper). */
  public static double normalUpper(double z) {
    if (Double.isNaN(z)) return Double.NaN;
    return 0.5 * Erf.erfc(z / Math.sqrt(2.0));
  }

  /** P(|Z| > |z|) for a standard normal Z. */
  public static double normalTwoSided(double z) {
    return Inference.pValue(z, Double.POSITIVE_INFINITY);
  }

  /** Two-sided p-value of a t statistic with {@code df} degrees of freedom (as the coefficient tables compute it). */
  public static double tTwoSided(double t, double df) {
    return df > 0 ? Inference.pValue(t, df) : Double.NaN;
  }
}
