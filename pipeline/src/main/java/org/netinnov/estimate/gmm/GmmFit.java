package org.netinnov.estimate.gmm;

import org.netinnov.estimate.Fit;

/**
 * The result of a difference or system GMM estimation.
 *
 * <p>{@link #fit()} holds the coefficients (regressors in spec order, then pgmm's time dummies named by year,
 * preceded by {@code (Intercept)} in system GMM), the robust covariance (Windmeijer-corrected for two-step,
 * Arellano–Bond robust for one-step: plm's {@code vcovHC.pgmm}), z inference, {@code nobs} as pgmm counts it
 * (used differenced equations plus, for system GMM, used levels equations) and the statistics below under the
 * names {@code n_instruments, sargan, sargan_df, sargan_p, sargan_onestep(_df,_p), hansen(_df,_p), ar1(_p),
 * ar2(_p), ar1_robust(_p), ar2_robust(_p), wald_coef(_df,_p), wald_time(_df,_p)}, plus {@code steps},
 * {@code nobs_diff}, {@code nobs_levels} (system) and {@code sigma2_onestep}; for two-step fits the vector
 * {@code coef_onestep}. {@code fit().rows()} are the panel rows whose year has a used equation;
 * {@code fit().dropped()} lists time dummies left out (empty or collinear); {@code fit().notes()} says when
 * instrument columns were empty, when a generalized inverse was needed, and repeats the warning.
 *
 * <p>Three over-identification statistics, all with df = instruments − coefficients:
 * <ul>
 *   <li>{@link #sargan()}: what pgmm's {@code sargan(model)} returns: {@code (Σ Z_i'û_i)' (Σ Z_i'ê1_i ê1_i'Z_i)⁻¹
 *       (Σ Z_i'û_i)} with û the model's own residuals and ê1 the one-step residuals. For a two-step model this is
 *       Hansen's J (identical to {@link #hansen()}); for a one-step model it evaluates the one-step residuals with
 *       the robust weight, which is neither xtabond2 statistic.</li>
 *   <li>{@link #sarganOneStep()}: xtabond2's "Sargan test (not robust)": the minimised one-step criterion
 *       {@code ê1'Z (Z'HZ)⁻¹ Z'ê1 / σ̂²}, σ̂² = Σ(differenced one-step residuals²) / (2 · n), n the differenced
 *       observations in difference GMM and the levels observations in system GMM (reproduces Roodman 2009's
 *       published 67.59 and 186.90 on these data).</li>
 *   <li>{@link #hansen()}: xtabond2's "Hansen test (robust)": the minimised two-step criterion
 *       {@code ê2'Z (Σ Z_i'ê1_i ê1_i'Z_i)⁻¹ Z'ê2}, computed for one-step models too.</li>
 * </ul>
 *
 * <p>Arellano–Bond tests for autocorrelation of order 1 and 2 in the differenced residuals (plm
 * {@code mtest.pgmm}): {@link #ar1()}/{@link #ar2()} use pgmm's default {@code vcov} argument, the non-robust
 * {@code vcov(model)} (this is what the plm reference figures hold); {@link #ar1Robust()}/{@link #ar2Robust()} use
 * the robust covariance, as {@code summary.pgmm} prints them and, for difference GMM, as xtabond2 reports them.
 * A test that cannot be computed (too few periods, negative variance estimate) has NaN statistic and p-value.
 *
 * @param fit            coefficients, robust vcov, counts and statistics
 * @param sargan         pgmm's {@code sargan()} (see above)
 * @param sarganOneStep  xtabond2's non-robust Sargan statistic
 * @param hansen         Hansen's J from the two-step criterion
 * @param ar1            Arellano–Bond AR(1) z, pgmm {@code mtest(model, 1)}
 * @param ar2            Arellano–Bond AR(2) z, pgmm {@code mtest(model, 2)}
 * @param ar1Robust      AR(1) z with the robust covariance
 * @param ar2Robust      AR(2) z with the robust covariance
 * @param nInstruments   instrument columns used (columns that are zero for every firm are not counted)
 * @param nGroups        firms with at least one used equation
 * @param warning        null, or a warning such as the instrument count exceeding the number of firms
 *                       (Roodman 2009's rule of thumb: too many instruments overfit the endogenous variables and
 *                       weaken the Hansen test)
 */
public record GmmFit(
    Fit fit,
    Test sargan,
    Test sarganOneStep,
    Test hansen,
    Test ar1,
    Test ar2,
    Test ar1Robust,
    Test ar2Robust,
    int nInstruments,
    int nGroups,
    String warning) {

  /**
   * A test statistic with its reference distribution: chi-squared with {@code df} degrees of freedom, or standard
   * normal (two-sided p-value) when {@code df} is NaN.
   */
  public record Test(String name, double statistic, double df, double pValue) {
    public boolean isNormal() { return Double.isNaN(df); }
  }

  /** Coefficient of the named term. */
  public double coef(String term) {
    int j = fit.indexOf(term);
    if (j < 0) throw new IllegalArgumentException("no term `" + term + "` in the fit; terms are " + fit.terms());
    return fit.coef()[j];
  }

  /** Robust standard error of the named term. */
  public double se(String term) {
    int j = fit.indexOf(term);
    if (j < 0) throw new IllegalArgumentException("no term `" + term + "` in the fit; terms are " + fit.terms());
    return fit.se(j);
  }
}
