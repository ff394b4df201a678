/**
 * Specification tests, descriptive statistics, correlations and variance inflation factors: the diagnostics stage.
 *
 * <p>Entry point: {@link org.netinnov.diagnose.DiagnosticsStage#run}; tables for the report:
 * {@link org.netinnov.diagnose.DiagnosticsTables#build}; results.json: {@code report.json.DiagnosticsJson}.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Every test is a {@link org.netinnov.diagnose.TestResult}; one that does not apply carries NaN and the reason
 *   in its note, it never throws. Keys and wording: {@link org.netinnov.diagnose.SpecificationTest}.</li>
 *   <li>The tests reproduce R plm 2.6 / lmtest (phtest, pFtest, plmtest, pwartest, pwfdtest, pbgtest, pcdtest,
 *   bptest) and Stata's xttest3; each class's Javadoc gives the formula and where it departs from the reference
 *   implementation (only on panels with gaps in the years, or in degenerate cases plm answers with NA).</li>
 *   <li>p-values come from upper-tail functions ({@link org.netinnov.diagnose.Distributions}), so p-values far
 *   below 1e-16 keep their relative precision (R prints those it cannot represent as 0).</li>
 *   <li>The regressions behind a battery are fitted once per model ({@link org.netinnov.diagnose.PanelRegressionSet})
 *   with the project's linear estimators, classical covariances, on the model's own estimation sample.</li>
 * </ul>
 */
package org.netinnov.diagnose;
