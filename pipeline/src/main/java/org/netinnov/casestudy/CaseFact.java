package org.netinnov.casestudy;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A figure of the paper that is neither an event nor a point of a yearly series (one row of {@code facts.csv}):
 * undated counts ("more than 60 abroad branches"), period totals ("over 60 billion yuan" for 2013-2020),
 * plans, and ranges.
 *
 * @param fact      name of the figure
 * @param value     figure as printed (the low end for a range)
 * @param valueHigh high end of a range, {@code NaN} unless {@code qualifier} is {@link Qualifier#RANGE}
 * @param unit      unit of the figure
 * @param qualifier exact, bound, approximate, target or range
 * @param year      year the figure refers to (start year for a period), empty when the paper gives none
 * @param yearEnd   last year of a period, empty for a single year or undated figure
 * @param source    verbatim phrase of the paper
 * @param section   section of the paper
 * @param notes     remarks; may be empty
 */
public record CaseFact(String fact, double value, double valueHigh, String unit, Qualifier qualifier,
    OptionalInt year, OptionalInt yearEnd, String source, String section, String notes) {

  public CaseFact {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(yearEnd, "yearEnd");
  }
}
