package org.netinnov.mechanism;

import java.util.List;

/**
 * The scorecard's verdict on one hypothesis: the main test and each robustness check.
 *
 * @param id                short label (H1)
 * @param statement         the hypothesis in words
 * @param expected          expected sign: positive | negative
 * @param main              the test in the model the hypothesis names
 * @param robustness        the same test in each robustness model, in config order
 * @param robustnessHeld    robustness checks in which the hypothesis is supported
 * @param robustnessSummary e.g. "holds in 2 of 3 robustness checks (1 not testable)"
 */
public record Verdict(String id, String statement, String expected, Check main, List<Check> robustness,
    int robustnessHeld, String robustnessSummary) {

  public Verdict {
    robustness = List.copyOf(robustness);
  }

  /** The main verdict. */
  public Outcome outcome() { return main.outcome(); }

  /** What a test says about a hypothesis. */
  public enum Outcome {
    /** Expected sign and p &lt; α. */
    SUPPORTED("supported"),
    /** p ≥ α. */
    NOT_SUPPORTED("not supported"),
    /** The opposite sign and p &lt; α. */
    OPPOSITE_SIGN("opposite sign"),
    /** The model failed, or the term or effect is missing. */
    NOT_TESTABLE("not testable");

    private final String text;

    Outcome(String text) { this.text = text; }

    public String text() { return text; }

    @Override public String toString() { return text; }
  }

  /**
   * One test of a hypothesis.
   *
   * @param model    model name ({@code mediation} for mediation effects)
   * @param term     coefficient term or mediation effect
   * @param label    the model's label (for tables), or the model name
   * @param estimate the coefficient or effect
   * @param low      lower bound of the interval at 1 − α
   * @param high     upper bound
   * @param pValue   two-sided p-value
   * @param method   how the interval and p were obtained ("t test (cluster(firm_id), Stata small-sample)",
   *                 "bootstrap percentile (1000 replications)", "Sobel", ...)
   * @param outcome  the verdict
   * @param reason   why it is not testable, or a caveat; null otherwise
   * @param replicates bootstrap replicates behind the p-value (0 when it comes from a test statistic)
   */
  public record Check(String model, String term, String label, double estimate, double low, double high,
      double pValue, String method, Outcome outcome, String reason, int replicates) {

    static Check notTestable(String model, String term, String reason) {
      return new Check(model, term, model, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "none",
          Outcome.NOT_TESTABLE, reason, 0);
    }
  }
}
