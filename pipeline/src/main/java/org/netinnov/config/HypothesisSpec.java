package org.netinnov.config;

import java.util.List;

/**
 * One hypothesis of the scorecard ({@code hypotheses:}).
 *
 * @param id         short label, e.g. H1
 * @param text       the hypothesis in words
 * @param model      the model whose coefficient tests it, or {@code mediation} for an indirect effect
 * @param term       the coefficient's term as written in the formula, or for mediation
 *                   {@code indirect(<mediator>)} / {@code total_indirect} / {@code direct} / {@code total}
 * @param expected   positive | negative
 * @param robustness other models (and the term there) that should give the same verdict
 */
public record HypothesisSpec(String id, String text, String model, String term, String expected,
    List<RobustnessCheck> robustness) {

  public HypothesisSpec {
    expected = expected == null ? "positive" : expected;
    robustness = robustness == null ? List.of() : List.copyOf(robustness);
  }

  /**
   * A robustness model and the term in it that corresponds to the hypothesis' term.
   *
   * @param model the model (or {@code mediation})
   * @param term  the term there; when left out, the hypothesis' own term
   * @param label what the check varies, for the scorecard table (e.g. "two-year lag", "Poisson"); optional
   */
  public record RobustnessCheck(String model, String term, String label) {
    public RobustnessCheck(String model, String term) { this(model, term, null); }
  }
}
