package org.netinnov.estimate;

import java.util.List;
import org.netinnov.data.Factor;

/**
 * The numeric input of an estimator: the estimation sample of one model after the formula has been evaluated
 * and incomplete rows dropped. Rows keep the panel order (firm, then year).
 *
 * @param outcome   name of the dependent variable as written in the formula
 * @param y         outcome, length n
 * @param terms     regressor names as written in the formula (an expanded {@code l(x, 0:2)} gives one name per lag)
 * @param x         regressors by column: {@code x[j][i]} is term j at row i (no intercept column)
 * @param intercept whether the model has an intercept (estimators that sweep out effects ignore it)
 * @param weights   analytic regression weights, or null
 * @param firm      firm code of each row, {@code 0..nFirms-1}, non-decreasing
 * @param nFirms    number of firms in the sample
 * @param year      calendar year of each row
 * @param absorb    fixed effects given after {@code |} in the formula, restricted to the sample (may be empty)
 * @param clusters  cluster variables named in the covariance spec, restricted to the sample (may be empty)
 * @param rows      index of each row in the panel the design came from
 */
public record Design(
    String outcome,
    double[] y,
    List<String> terms,
    double[][] x,
    boolean intercept,
    double[] weights,
    int[] firm,
    int nFirms,
    int[] year,
    List<Factor> absorb,
    List<Factor> clusters,
    int[] rows) {

  public int n() { return y.length; }

  public int k() { return x.length; }
}
