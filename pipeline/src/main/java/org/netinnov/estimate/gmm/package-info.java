/**
 * Dynamic panel GMM: Arellano–Bond difference GMM and Blundell–Bond system GMM, matching R plm's {@code pgmm}.
 *
 * <p>Entry point: {@link org.netinnov.estimate.gmm.GmmEstimator#fit(org.netinnov.data.Panel, GmmSpec)} returns a
 * {@link org.netinnov.estimate.gmm.GmmFit}. Conventions, all as pgmm unless said otherwise:
 * <ul>
 *   <li>Time runs on the calendar years from the panel's first to its last year; lags, differences, instruments
 *       and the first-step matrix follow the year, so an interior gap is the same as a firm-year with all values
 *       missing (pgmm does this by expanding the data to the full firm × year grid). A year absent from the whole
 *       panel stays on the grid (pgmm would drop it from its grid and difference across it).</li>
 *   <li>{@code nobs}: used differenced equations plus, in system GMM, used levels equations (pgmm's count of
 *       non-zero residuals; xtabond2 reports only the levels count for system GMM, here {@code nobs_levels}).</li>
 *   <li>Over-identification: {@code sargan} is pgmm's {@code sargan()} (= Hansen J for two-step models);
 *       {@code sargan_onestep} and {@code hansen} are xtabond2's Sargan and Hansen tests.</li>
 *   <li>AR tests: {@code ar1/ar2} as pgmm's {@code mtest()} default (non-robust vcov), {@code ar1_robust/ar2_robust}
 *       as {@code summary.pgmm} (robust vcov), which for difference GMM equal xtabond2's.</li>
 *   <li>Deviations from pgmm, only where pgmm's code mis-indexes: a GMM instrument whose minimum lag exceeds the
 *       first usable year gets no instrument there (pgmm adds the first-year level); system GMM with regressor
 *       lags of 3 or more builds the levels instruments as intended (pgmm's reshaping breaks); empty instrument
 *       columns are not counted; collinear time dummies are dropped instead of failing.</li>
 * </ul>
 */
package org.netinnov.estimate.gmm;
