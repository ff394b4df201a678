package org.netinnov.diagnose;

import java.util.List;

/**
 * The specification tests of one configured model.
 *
 * @param model     the model's name in the config
 * @param label     its column header in tables
 * @param estimator its estimator
 * @param basis     what the tests were computed on, in words (regression, sample size, covariance)
 * @param requested the test keys requested for this model (its {@code diagnostics:} list resolved, or the
 *                  estimator's default battery); empty when none applies
 * @param nobs      observations of the sample the tests used (0 when none ran)
 * @param tests     results in the configured (or default) order; empty when no test applies
 * @param vif       variance inflation factors, or null when not requested
 * @param note      why nothing was computed (model failed, no tests for the estimator), or null
 */
public record ModelDiagnostics(String model, String label, String estimator, String basis, List<String> requested, int nobs,
    List<TestResult> tests, VifTable vif, String note) {
  public ModelDiagnostics {
    requested = List.copyOf(requested);
    tests = List.copyOf(tests);
  }

  /** The result for {@code key}, or null if that test was not run. */
  public TestResult test(String key) {
    for (TestResult t : tests) if (t.key().equals(key)) return t;
    return null;
  }
}
