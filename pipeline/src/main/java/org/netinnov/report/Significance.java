package org.netinnov.report;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;

/**
 * Significance stars as esttab and stargazer print them: one star for every threshold the p-value is strictly
 * below ({@code p < 0.1} → *, {@code p < 0.05} → **, {@code p < 0.01} → *** with the default thresholds).
 * p-values are two-sided and use the fit's own reference distribution: t with {@link Fit#dfInference()} degrees
 * of freedom, or the normal when that is infinite.
 */
public final class Significance {
  private Significance() {}

  /** Two-sided p-value of coefficient {@code j}: {@code Inference.pValue(b/se, dfInference)}. */
  public static double pValue(Fit fit, int j) {
    double se = fit.se(j);
    if (!(se > 0)) return Double.NaN;
    return Inference.pValue(fit.coef()[j] / se, fit.dfInference());
  }

  /** Stars for {@code p}; "" for NaN or when no threshold is met. */
  public static String stars(double p, List<Double> thresholds) {
    if (Double.isNaN(p)) return "";
    int n = 0;
    for (double t : thresholds) if (p < t) n++;
    return "*".repeat(n);
  }

  /** The legend printed under a table, e.g. "* p<0.1, ** p<0.05, *** p<0.01". */
  public static String legend(List<Double> thresholds) {
    List<Double> sorted = new ArrayList<>(thresholds);
    sorted.sort((a, b) -> Double.compare(b, a));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append("*".repeat(i + 1)).append(" p<").append(NumberText.plain(sorted.get(i)));
    }
    return sb.toString();
  }
}
