package org.netinnov.casestudy;

/**
 * Growth between two reported values of one series.
 *
 * <p>For a year-on-year step ({@code toYear = fromYear + 1}) {@code rate = to/from - 1}; for a compound annual
 * growth rate over {@code n = toYear - fromYear} years, {@code rate = (to/from)^(1/n) - 1}, which equals the
 * simple rate when {@code n = 1}. {@code change = to - from} is in the series' unit (percentage points for a
 * share). {@code rate} is {@code NaN} when {@code from <= 0} or {@code to < 0}, where a growth rate has no meaning.
 *
 * @param fromYear    year of the start value
 * @param toYear      year of the end value
 * @param fromValue   start value as reported
 * @param toValue     end value as reported
 * @param change      {@code toValue - fromValue}
 * @param rate        growth rate as a fraction (0.25 = 25 %) per year
 * @param bound       whether the figures are exact or only bound the true growth (from the values' qualifiers)
 * @param approximate true when either value is reported as approximate
 */
public record Growth(int fromYear, int toYear, double fromValue, double toValue, double change, double rate,
    GrowthBound bound, boolean approximate) {

  /** Compound annual growth between two points of the same series; {@code from} must be earlier. */
  static Growth between(CaseSeriesPoint from, CaseSeriesPoint to) {
    int years = to.year() - from.year();
    if (years <= 0) {
      throw new IllegalArgumentException("growth needs an earlier start: " + from.year() + " -> " + to.year());
    }
    double a = from.value();
    double b = to.value();
    double rate = a > 0 && b >= 0 ? (years == 1 ? b / a - 1 : Math.pow(b / a, 1.0 / years) - 1) : Double.NaN;
    boolean approx = from.qualifier() == Qualifier.APPROX || to.qualifier() == Qualifier.APPROX;
    return new Growth(from.year(), to.year(), a, b, b - a, rate, GrowthBound.of(from.qualifier(), to.qualifier()),
        approx);
  }

  /** Number of years spanned. */
  public int years() {
    return toYear - fromYear;
  }

  /** Whether a bound enters the figure, so it must not be read as an exact growth. */
  public boolean involvesBound() {
    return bound != GrowthBound.EXACT;
  }
}
