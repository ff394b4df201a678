package org.netinnov.index;

import org.apache.commons.math3.special.Gamma;

/**
 * Bartlett's (1951) test that the correlation matrix is the identity, as {@code psych::cortest.bartlett}:
 * χ² = −(n − 1 − (2k + 5)/6) · ln det R with k(k−1)/2 degrees of freedom. The p-value is the upper tail
 * Q(df/2, χ²/2) of the regularized gamma function, which keeps its precision where 1 − cdf would round to 0.
 *
 * @param chisq  the statistic
 * @param df     k(k−1)/2
 * @param pValue P(χ²_df &gt; chisq)
 */
public record BartlettSphericity(double chisq, int df, double pValue) {

  /**
   * @param logDetR ln det R (from a Cholesky factor: 2 Σ ln L_jj)
   * @param n       rows the correlation matrix was computed from
   * @param k       number of indicators
   */
  public static BartlettSphericity of(double logDetR, int n, int k) {
    int df = k * (k - 1) / 2;
    double chisq = -(n - 1 - (2.0 * k + 5) / 6) * logDetR;
    return new BartlettSphericity(chisq, df, Gamma.regularizedGammaQ(df / 2.0, chisq / 2.0));
  }
}
