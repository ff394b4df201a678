package org.netinnov.estimate.gmm;

import java.util.Objects;

/**
 * A GMM-style instrument, pgmm's {@code lag(x, minLag:maxLag)} after {@code |}, xtabond2's
 * {@code gmm(x, laglimits(minLag maxLag))}: for the differenced equation of year t, the levels of
 * {@code variable} in years {@code t-maxLag .. t-minLag} (those that exist), one column per year and lag unless
 * collapsed (then one column per lag). In system GMM the levels equation of year t is instrumented by the
 * difference {@code Δx(t-1)}, as pgmm does whatever the lag range (xtabond2 would use {@code Δx(t-minLag+1)}).
 *
 * @param variable name of a numeric panel column
 * @param minLag   shortest lag used (2 for an endogenous lagged dependent variable, 1 for a predetermined one)
 * @param maxLag   longest lag used; {@link #ALL_LAGS} (99, as in pgmm's {@code 2:99}) means every available lag
 */
public record GmmInstrument(String variable, int minLag, int maxLag) {
  /** pgmm's idiom for "all available lags". Any value at least the panel's span in years means the same. */
  public static final int ALL_LAGS = 99;

  public GmmInstrument {
    Objects.requireNonNull(variable, "variable");
    if (minLag < 0) throw new IllegalArgumentException("gmm(" + variable + "): minimum lag " + minLag + " < 0");
    if (maxLag < minLag)
      throw new IllegalArgumentException("gmm(" + variable + "): maximum lag " + maxLag + " < minimum lag " + minLag);
  }

  /** All available lags from {@code minLag} on. */
  public static GmmInstrument allLagsFrom(String variable, int minLag) {
    return new GmmInstrument(variable, minLag, ALL_LAGS);
  }
}
