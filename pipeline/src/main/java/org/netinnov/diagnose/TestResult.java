package org.netinnov.diagnose;

/**
 * The outcome of one specification test. A test that does not apply or cannot be computed is not an error: its
 * statistic and p-value are NaN and {@code note} says why.
 *
 * @param key          stable test key ({@code hausman}, {@code f_individual}, ... see {@link SpecificationTest})
 * @param name         the test's name in words, e.g. "Hausman test (FE vs RE)"
 * @param statistic    the test statistic, NaN when not computed
 * @param distribution reference distribution of the statistic: {@code chi2}, {@code F} or {@code z}
 * @param df           degrees of freedom: none (z), one (χ²) or two (F) values
 * @param pValue       p-value, NaN when not computed
 * @param h0           the null hypothesis in words
 * @param decision     the decision at the configured level in words ("reject H0: ...", "do not reject H0: ...",
 *                     or "not computed")
 * @param note         why the test could not be computed, or what a reader must know about how it was; null if none
 */
public record TestResult(String key, String name, double statistic, String distribution, double[] df, double pValue,
    String h0, String decision, String note) {

  public TestResult {
    df = df == null ? new double[0] : df.clone();
  }

  /** True when the statistic and p-value are available. */
  public boolean computed() { return !Double.isNaN(statistic) && !Double.isNaN(pValue); }

  /** The same result with a note added (appended to any existing note). */
  public TestResult withNote(String more) {
    if (more == null || more.isBlank()) return this;
    String n = note == null ? more : note + "; " + more;
    return new TestResult(key, name, statistic, distribution, df, pValue, h0, decision, n);
  }

  @Override public double[] df() { return df.clone(); }

  /** A row for a test that could not be computed, with the reason. */
  public static TestResult notComputed(String key, String name, String distribution, String h0, String why) {
    return new TestResult(key, name, Double.NaN, distribution, new double[0], Double.NaN, h0, "not computed", why);
  }
}
