package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The distributed-lag block ({@code lags:}): the network indices entered at lags 0..K for K = 0..maxLag, all
 * fits on the common sample of the longest lag so that they are comparable; optionally the lead design
 * (outcome at t+h on regressors at t).
 *
 * @param outcome    outcome expression, e.g. {@code log1p(patent_applications)}
 * @param regressors the variables to lag (usually the network indices)
 * @param controls   further regressors, entered at t
 * @param fixedEffects fixed effects, e.g. {@code firm_id + year}
 * @param estimator  within (default) or poisson
 * @param se         covariance, as for models
 * @param maxLag     largest lag K
 * @param leads      outcome leads h for the alternative design (e.g. [1, 2, 3]); empty for none
 * @param sample     optional filter expression on the rows estimated (lags still reach back before it), e.g.
 *                   {@code year >= 1975}
 */
public record LagSpec(
    String outcome,
    List<String> regressors,
    List<String> controls,
    @JsonProperty("fixed_effects") String fixedEffects,
    String estimator,
    String se,
    @JsonProperty("max_lag") Integer maxLag,
    List<Integer> leads,
    String sample) {

  public LagSpec {
    controls = controls == null ? List.of() : List.copyOf(controls);
    regressors = regressors == null ? List.of() : List.copyOf(regressors);
    estimator = estimator == null ? "within" : estimator;
    se = se == null ? "classical" : se;
    maxLag = maxLag == null ? 3 : maxLag;
    leads = leads == null ? List.of() : List.copyOf(leads);
  }
}
