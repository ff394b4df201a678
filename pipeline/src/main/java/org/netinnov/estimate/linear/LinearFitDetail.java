package org.netinnov.estimate.linear;

import org.netinnov.estimate.Fit;

/**
 * A linear panel fit together with the regression it was computed from, for diagnostics built on top of it
 * (Hausman, serial-correlation and cross-section-dependence tests, ...).
 *
 * <p>"Transformed" means after the estimator's transformation: demeaned by the absorbed fixed effects (within),
 * first-differenced (fd), quasi-demeaned {@code z − θ z̄} (random), firm means (between) or as is (pooled), and
 * multiplied by √weight when the fit is weighted. The OLS of {@code y} on {@code x} reproduces {@code fit.coef()}.
 *
 * @param fit        the result
 * @param y          transformed outcome, one entry per transformed row
 * @param x          transformed regressors, {@code x[j][r]}, aligned with {@code fit.terms()}
 * @param fitted     {@code x · coef}
 * @param residuals  {@code y − fitted}
 * @param bread      {@code (x'x)⁻¹}
 * @param firm       firm code of each transformed row (the Design's codes after singleton removal)
 * @param year       year of each transformed row (the later year for fd; −1 for between)
 * @param sampleRow  row of the Design passed to {@code fitDetailed} behind each transformed row (for fd the later
 *                   row of the difference, for between the firm's first row)
 * @param theta      random effects: θ of each transformed row; null for other estimators
 */
public record LinearFitDetail(
    Fit fit,
    double[] y,
    double[][] x,
    double[] fitted,
    double[] residuals,
    double[][] bread,
    int[] firm,
    int[] year,
    int[] sampleRow,
    double[] theta) {

  public int n() { return y.length; }
}
