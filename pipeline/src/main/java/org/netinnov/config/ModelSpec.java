package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One model ({@code models.<name>:} in the config).
 *
 * @param formula         fixest-style formula, fixed effects after {@code |}
 * @param estimator       pooled | between | within | random | fd | poisson | negbin | gmm
 * @param effect          individual | time | twoways: the effects of within/random fits when the formula has no
 *                        {@code |} part; for gmm, twoways adds time dummies
 * @param se              classical | hc0..hc3 | cluster(col) | cluster(col1, col2) | driscoll_kraay[(L)]
 * @param ssc             small-sample correction of clustered errors: stata (default) | hc0 | hc1
 * @param weights         column of analytic regression weights
 * @param dropSingletons  drop fixed-effect groups with a single observation (fixest's default is to keep... we
 *                        keep them unless asked)
 * @param center          components of interactions to mean-centre on the estimation sample
 * @param sample          optional filter expression, e.g. {@code year >= 2010 & soe == 0}
 * @param label           column header in tables (default: the model's name)
 * @param instruments     gmm: GMM-type and standard instruments, e.g. {@code gmm(y, 2:99) + iv(x)}
 * @param transformation  gmm: d (difference, Arellano–Bond) | ld (system, Blundell–Bond)
 * @param steps           gmm: 1 or 2
 * @param collapse        gmm: collapse the instrument matrix (Roodman)
 * @param diagnostics     specification tests to run for this model: a list of test names, or [all] / [none];
 *                        default: the standard battery for the estimator
 */
public record ModelSpec(
    String formula,
    String estimator,
    String effect,
    String se,
    String ssc,
    String weights,
    @JsonProperty("drop_singletons") Boolean dropSingletons,
    List<String> center,
    String sample,
    String label,
    String instruments,
    String transformation,
    Integer steps,
    Boolean collapse,
    List<String> diagnostics) {

  public ModelSpec {
    estimator = estimator == null ? "within" : estimator;
    se = se == null ? "classical" : se;
    ssc = ssc == null ? "stata" : ssc;
    dropSingletons = dropSingletons != null && dropSingletons;
    center = center == null ? List.of() : List.copyOf(center);
    collapse = collapse != null && collapse;
  }
}
