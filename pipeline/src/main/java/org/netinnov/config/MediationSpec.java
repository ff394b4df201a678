package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The mediation test ({@code mediation:}): treatment → mediators → outcome with the same fixed effects and
 * controls in every path.
 *
 * @param treatment     the treatment variable or expression (e.g. the international-entrepreneurship index)
 * @param mediators     mediator variables (e.g. the three network indices)
 * @param outcome       outcome expression
 * @param controls      control terms in every path
 * @param fixedEffects  fixed effects, e.g. {@code firm_id + year}
 * @param mediatorLag   years between treatment/mediators and outcome: the outcome equation uses l(m, lag), l(x, lag)
 * @param outcomeModel  linear (default) | poisson
 * @param se            covariance of the path regressions (Sobel test)
 * @param bootstrap     cluster-bootstrap settings
 */
public record MediationSpec(
    String treatment,
    List<String> mediators,
    String outcome,
    List<String> controls,
    @JsonProperty("fixed_effects") String fixedEffects,
    @JsonProperty("mediator_lag") Integer mediatorLag,
    @JsonProperty("outcome_model") String outcomeModel,
    String se,
    BootstrapSpec bootstrap) {

  public MediationSpec {
    mediators = mediators == null ? List.of() : List.copyOf(mediators);
    controls = controls == null ? List.of() : List.copyOf(controls);
    mediatorLag = mediatorLag == null ? 0 : mediatorLag;
    outcomeModel = outcomeModel == null ? "linear" : outcomeModel;
    se = se == null ? "classical" : se;
    bootstrap = bootstrap == null ? new BootstrapSpec(null, null, null, null) : bootstrap;
  }

  /**
   * @param replications bootstrap replications (default 1,000)
   * @param seed         random seed (default: the run's seed)
   * @param threads      worker threads, 0 = all cores (results do not depend on it)
   * @param level        confidence level of the intervals (default 0.95)
   */
  public record BootstrapSpec(Integer replications, Long seed, Integer threads, Double level) {
    public BootstrapSpec {
      replications = replications == null ? 1000 : replications;
      threads = threads == null ? 0 : threads;
      level = level == null ? 0.95 : level;
    }
  }
}
