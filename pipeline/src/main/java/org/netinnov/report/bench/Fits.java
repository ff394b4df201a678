package org.netinnov.report.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelResult;

/** Constructed fits with chosen estimates and standard errors (diagonal covariance), for report tests. */
public final class Fits {
  private Fits() {}

  public static Fit fit(String estimator, String outcome, List<String> terms, double[] coef, double[] se, double df,
      int nobs, int nFirms, double r2, Map<String, Double> stats) {
    int k = coef.length;
    double[][] v = new double[k][k];
    for (int j = 0; j < k; j++) v[j][j] = se[j] * se[j];
    return new Fit(estimator, outcome, terms, coef, v, "classical", df, nobs, nFirms, 10, df, r2, r2 - 0.01,
        new HashMap<>(stats), Map.of(), Map.of(), List.of(), new int[0]);
  }

  public static Fit withVcovType(Fit f, String type) {
    return new Fit(f.estimator(), f.outcome(), f.terms(), f.coef(), f.vcov(), type, f.dfInference(), f.nobs(),
        f.nFirms(), f.nYears(), f.dfResidual(), f.r2(), f.adjR2(), f.stats(), f.vectors(), f.dropped(), f.notes(),
        f.rows());
  }

  public static ModelResult model(String name, String estimator, Fit fit, List<String> fe, List<String> cluster) {
    return new ModelResult(name, name, estimator, fit.outcome() + " ~ " + String.join(" + ", fit.terms()), fe,
        cluster, fit, null, 0);
  }
}
