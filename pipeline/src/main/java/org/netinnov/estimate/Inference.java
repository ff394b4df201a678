package org.netinnov.estimate;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * Two-sided p-values and critical values of t and normal statistics, computed from tail functions so that tiny
 * p-values keep their precision (1 − cdf would round them to 0).
 */
public final class Inference {
  private Inference() {}

  /**
   * Two-sided p-value of statistic {@code t} with {@code df} degrees of freedom ({@code df = +inf}: normal).
   * P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2) (regularized incomplete beta); normal: erfc(|z|/√2).
   */
  public static double pValue(double t, double df) {
    if (Double.isNaN(t) || Double.isNaN(df)) return Double.NaN;
    double a = Math.abs(t);
    if (Double.isInfinite(df)) return Erf.erfc(a / Math.sqrt(2.0));
    if (Double.isInfinite(a)) return 0.0;
    return Beta.regularizedBeta(df / (df + a * a), df / 2.0, 0.5);
  }

  /** The quantile q with P(|T| <= q) = level, for confidence intervals. */
  public static double critical(double level, double df) {
    double p = 0.5 + level / 2.0;
    if (Double.isInfinite(df)) return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
    return new TDistribution(null, df).inverseCumulativeProbability(p);
  }
}
