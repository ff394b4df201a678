package org.netinnov.casestudy;

import java.util.Objects;

/**
 * One reported value of a yearly series (one row of {@code series.csv}). Years the paper does not report have
 * no point at all; nothing is interpolated.
 *
 * @param series    series name (e.g. {@code patent_applications})
 * @param year      calendar year
 * @param value     figure as printed; percentages stay in percent (26.71 means 26.71 %)
 * @param unit      unit of {@code value} ("count", "percent", "billion CNY")
 * @param qualifier exact, or a bound such as "more than" (then {@code value} is a bound, not the value)
 * @param source    table number and/or verbatim phrase of the paper
 * @param section   section of the paper
 * @param notes     remarks; may be empty
 */
public record CaseSeriesPoint(String series, int year, double value, String unit, Qualifier qualifier,
    String source, String section, String notes) {

  public CaseSeriesPoint {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /** Whether {@code value} is a one-sided bound rather than the value itself. */
  public boolean isBound() {
    return qualifier.isBound();
  }
}
