package org.netinnov.estimate.gmm;

import java.util.Objects;

/**
 * One right-hand-side term of a dynamic panel model: the panel column {@code variable} taken at year
 * {@code t - lag} of the same firm (lags follow the calendar year, never the previous row).
 *
 * @param variable name of a numeric panel column (already transformed, e.g. {@code log(emp)} precomputed)
 * @param lag      0 = contemporaneous, k &gt; 0 = value k years earlier
 * @param name     coefficient name reported in the fit, e.g. pgmm's {@code "lag(log(emp), 1:2)1"}
 */
public record GmmRegressor(String variable, int lag, String name) {
  public GmmRegressor {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(name, "name");
    if (lag < 0) throw new IllegalArgumentException("regressor `" + name + "`: lag " + lag + " < 0 (leads are not allowed)");
  }

  /** A contemporaneous or lagged term named after its variable: {@code x} or {@code lag(x, k)}. */
  public static GmmRegressor of(String variable, int lag) {
    return new GmmRegressor(variable, lag, lag == 0 ? variable : "lag(" + variable + ", " + lag + ")");
  }
}
