package org.netinnov.mechanism;

import java.util.List;
import java.util.Map;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelResult;

/** Test helper: fits and model results with given coefficients and covariance. */
final class Fits {
  private Fits() {}

  static Fit fit(List<String> terms, double[] coef, double[][] vcov, double df, int[] rows) {
    return fit(terms, coef, vcov, df, rows, Map.of());
  }

  static Fit fit(List<String> terms, double[] coef, double[][] vcov, double df, int[] rows,
      Map<String, String> dropped) {
    return new Fit("within", "y", terms, coef, vcov, "classical", df, rows.length, 1, rows.length, df, 0.5, 0.5,
        Map.of(), Map.of(), dropped, List.of(), rows);
  }

  /** A model whose coefficients are independent with the given standard errors. */
  static ModelResult model(String name, String formula, List<String> terms, double[] coef, double[] se, double df) {
    double[][] v = new double[coef.length][coef.length];
    for (int j = 0; j < coef.length; j++) v[j][j] = se[j] * se[j];
    return new ModelResult(name, name + " label", "within", formula, List.of("firm"), List.of(),
        fit(terms, coef, v, df, new int[] {0, 1, 2}), null, 0);
  }
}
