package org.netinnov.estimate.gmm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.netinnov.estimate.Inference;

/** Test statistics of a GMM fit: chi-squared and normal tests, and pgmm summary's Wald tests. */
final class GmmStatistics {
  private GmmStatistics() {}

  /** pgmm summary's Wald tests with the robust covariance: the regressors, and the time dummies. */
  static void waldTests(Map<String, Double> stats, EquationLayout lay, int[] xKeep, double[] b, double[][] v) {
    var coef = new ArrayList<Integer>();
    var time = new ArrayList<Integer>();
    for (int j = 0; j < xKeep.length; j++) {
      if (xKeep[j] < lay.nReg) coef.add(j);
      else if (!(lay.system && xKeep[j] == lay.nReg)) time.add(j); // pgmm leaves the intercept out
    }
    wald(stats, "wald_coef", coef, b, v);
    if (lay.timeDummies && !time.isEmpty()) wald(stats, "wald_time", time, b, v);
  }

  private static void wald(Map<String, Double> stats, String name, List<Integer> idx, double[] b, double[][] v) {
    int n = idx.size();
    double[] bs = new double[n];
    double[][] vs = new double[n][n];
    for (int i = 0; i < n; i++) {
      bs[i] = b[idx.get(i)];
      for (int j = 0; j < n; j++) vs[i][j] = v[idx.get(i)][idx.get(j)];
    }
    double[][] inv = SymmetricInverse.choleskyInverse(vs);
    double w = inv == null ? Double.NaN : DenseAlgebra.quadraticForm(bs, inv);
    stats.put(name, w);
    stats.put(name + "_df", (double) n);
    stats.put(name + "_p", chiSquaredUpperTail(w, n));
  }

  static GmmFit.Test chiSquared(String name, double stat, int df) {
    return new GmmFit.Test(name, stat, df, chiSquaredUpperTail(stat, df));
  }

  static GmmFit.Test normal(String name, double z) {
    return new GmmFit.Test(name, z, Double.NaN, Inference.pValue(z, Double.POSITIVE_INFINITY));
  }

  /** P(χ²_df &gt; x) from the regularized upper incomplete gamma function (no 1 − cdf cancellation). */
  static double chiSquaredUpperTail(double x, int df) {
    if (Double.isNaN(x) || df <= 0) return Double.NaN;
    if (x <= 0) return 1.0;
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  static void put(Map<String, Double> stats, String key, GmmFit.Test t) {
    stats.put(key, t.statistic());
    if (!t.isNormal()) stats.put(key + "_df", t.df());
    stats.put(key + "_p", t.pValue());
  }

}
