package org.netinnov.estimate.cov;

import java.util.List;

/**
 * What a covariance estimator needs from a fitted linear regression, all on the transformed data (demeaned,
 * differenced, quasi-demeaned or firm means) and already multiplied by √weight when the fit is weighted.
 *
 * @param x            regressors of the transformed regression, {@code x[j][i]}, kept terms only
 * @param residuals    residuals of the transformed regression
 * @param bread        {@code (X'X)⁻¹}
 * @param dfResidual   residual degrees of freedom (σ² = RSS / dfResidual for the classical covariance)
 * @param k            coefficients of the transformed regression (the intercept counts, absorbed effects do not)
 * @param nHc1         N in plm's HC1 denominator {@code nHc1 − k}: the rows of the transformed regression, except
 *                     for first differences where plm uses the rows before differencing
 * @param clusters     cluster codes of each row, one array per cluster variable ({@code 0..levels-1})
 * @param clusterLevels levels of each cluster variable
 * @param clusterNames names of the cluster variables, for the description
 * @param period       period slot of each row for Driscoll–Kraay ({@code year − first year}), or null
 * @param periods      number of period slots (last year − first year + 1)
 * @param maxTi        largest number of periods of one unit (plm's default Driscoll–Kraay lag is floor(maxTi^¼))
 */
public record CovarianceInput(
    double[][] x,
    double[] residuals,
    double[][] bread,
    double dfResidual,
    int k,
    int nHc1,
    List<int[]> clusters,
    List<Integer> clusterLevels,
    List<String> clusterNames,
    int[] period,
    int periods,
    int maxTi) {

  public int n() { return residuals.length; }
}
