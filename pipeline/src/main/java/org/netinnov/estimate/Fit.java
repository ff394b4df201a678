package org.netinnov.estimate;

import java.util.List;
import java.util.Map;

/**
 * The immutable result of one estimated model. Statistics that do not apply to an estimator are NaN.
 *
 * @param estimator      estimator name as in the config ({@code pooled}, {@code within}, {@code random}, ...)
 * @param outcome        dependent variable as written in the formula
 * @param terms          coefficient names (the intercept is {@code (Intercept)}), aligned with coef
 * @param coef           estimates
 * @param vcov           covariance matrix of the estimates
 * @param vcovType       what vcov is, in words ("classical", "cluster(firm_id), Stata small-sample", ...)
 * @param dfInference    degrees of freedom of the t distribution used for p-values and intervals;
 *                       {@code Double.POSITIVE_INFINITY} means normal (z) inference
 * @param nobs           observations used
 * @param nFirms         firms in the estimation sample
 * @param nYears         distinct years in the estimation sample
 * @param dfResidual     residual degrees of freedom (N minus absorbed effects minus K for within fits)
 * @param r2             R² of the estimated (transformed) regression: within R² for within fits
 * @param adjR2          adjusted R² on dfResidual
 * @param stats          further named statistics, e.g. r2_overall, r2_between, rmse, f, f_df1, f_df2, f_p,
 *                       loglik, aic, bic, sigma2_idios, sigma2_id, theta, iterations
 * @param vectors        named per-unit results, e.g. {@code theta} per firm for unbalanced random effects
 * @param dropped        terms dropped before estimation (collinear or absorbed), each with the reason
 * @param notes          anything a reader must know (singletons removed, zero-outcome groups dropped, ...)
 * @param rows           panel rows used (increasing)
 */
public record Fit(
    String estimator,
    String outcome,
    List<String> terms,
    double[] coef,
    double[][] vcov,
    String vcovType,
    double dfInference,
    int nobs,
    int nFirms,
    int nYears,
    double dfResidual,
    double r2,
    double adjR2,
    Map<String, Double> stats,
    Map<String, double[]> vectors,
    Map<String, String> dropped,
    List<String> notes,
    int[] rows) {

  public int k() { return coef.length; }

  public int indexOf(String term) { return terms.indexOf(term); }

  public double se(int j) { return Math.sqrt(vcov[j][j]); }

  public double stat(String name) {
    Double v = stats.get(name);
    return v == null ? Double.NaN : v;
  }

  /** True when inference uses the normal distribution (z statistics). */
  public boolean zInference() { return Double.isInfinite(dfInference); }
}
