package org.netinnov.diagnose;

/**
 * Summary statistics of one variable on a sample, with the panel decomposition of Stata's {@code xtsum}.
 *
 * @param variable  the variable as written in the formula
 * @param n         non-missing observations
 * @param firms     firms with at least one non-missing observation
 * @param mean      mean
 * @param sd        standard deviation (denominator n − 1)
 * @param min       minimum
 * @param p25       25th percentile (R type 7, see {@link Descriptives#quantile})
 * @param median    median
 * @param p75       75th percentile
 * @param max       maximum
 * @param sdWithin  xtsum "within": SD (denominator n − 1) of x_it − x̄_i + x̄ over all observations
 * @param sdBetween xtsum "between": SD (denominator firms − 1) of the firm means x̄_i
 */
public record DescriptiveStats(String variable, int n, int firms, double mean, double sd, double min, double p25,
    double median, double p75, double max, double sdWithin, double sdBetween) {}
