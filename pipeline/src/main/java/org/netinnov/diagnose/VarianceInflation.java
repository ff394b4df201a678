package org.netinnov.diagnose;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Variance inflation factors on the pooled design with an intercept (as {@code car::vif} on the pooled OLS):
 * VIF_j = 1/(1 − R²_j), R²_j from the regression of regressor j on the others and an intercept. Computed as the
 * diagonal of the inverse correlation matrix of the regressors, VIF_j = (R⁻¹)_jj, from centred cross products in
 * one pass.
 */
public final class VarianceInflation {
  private VarianceInflation() {}

  public static VifTable compute(List<String> terms, double[][] x) {
    int k = x.length;
    if (k == 0) return new VifTable(List.of(), new double[0], Double.NaN, "the model has no regressors");
    int n = x[0].length;
    if (k == 1) return new VifTable(terms, new double[] {1.0}, 1.0, "a single regressor: VIF = 1 by definition");
    double[] mean = new double[k];
    for (int j = 0; j < k; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) s += x[j][i];
      mean[j] = s / n;
    }
    double[][] c = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b <= a; b++) {
      double s = 0;
      double[] xa = x[a], xb = x[b];
      double ma = mean[a], mb = mean[b];
      for (int i = 0; i < n; i++) s += (xa[i] - ma) * (xb[i] - mb);
      c[a][b] = s;
      c[b][a] = s;
    }
    double[] vif = new double[k];
    for (int j = 0; j < k; j++)
      if (!(c[j][j] > 0))
        return nan(terms, "`" + terms.get(j) + "` is constant on the sample: VIF undefined");
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) r[a][b] = c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
    var lu = new LUDecomposition(new Array2DRowRealMatrix(r, false), 1e-13);
    if (!lu.getSolver().isNonSingular()) return nan(terms, "the regressors are perfectly collinear: VIF infinite");
    RealMatrix inv = lu.getSolver().getInverse();
    double sum = 0;
    for (int j = 0; j < k; j++) {
      vif[j] = inv.getEntry(j, j);
      sum += vif[j];
    }
    return new VifTable(terms, vif, sum / k, null);
  }

  private static VifTable nan(List<String> terms, String why) {
    double[] v = new double[terms.size()];
    java.util.Arrays.fill(v, Double.NaN);
    return new VifTable(terms, v, Double.NaN, why);
  }
}
