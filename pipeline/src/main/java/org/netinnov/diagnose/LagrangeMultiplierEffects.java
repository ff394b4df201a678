package org.netinnov.diagnose;

import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Lagrange multiplier tests for random effects on the pooled OLS residuals e, as plm's {@code plmtest} (its
 * formulas hold for balanced and unbalanced panels; Baltagi and Li 1990 for the unbalanced case). With N
 * observations, T_i observations of firm i and N_t of year t:
 * <pre>
 *   A₁ = Σ_i (Σ_t e_it)² / e'e − 1,      LM₁ = N / √(2 (Σ_i T_i² − N)) · A₁
 *   A₂ = Σ_t (Σ_i e_it)² / e'e − 1,      LM₂ = N / √(2 (Σ_t N_t² − N)) · A₂
 * </pre>
 * Breusch–Pagan (1980): LM₁² ~ χ²(1) (firm effects), LM₁² + LM₂² ~ χ²(2) (firm and year effects).
 * Honda (1985): LM₁ ~ N(0, 1), (LM₁ + LM₂)/√2 ~ N(0, 1), one-sided (upper tail), as plm.
 * In a balanced panel LM₁ = √(NT / (2(T − 1))) · A₁, the textbook form.
 */
public final class LagrangeMultiplierEffects {
  private LagrangeMultiplierEffects() {}

  /** The four tests, in the order bp_lm_individual, honda_individual, bp_lm_twoways, honda_twoways. */
  public static List<TestResult> compute(LinearFitDetail pooled, double level) {
    double[] e = pooled.residuals();
    int n = e.length;
    double ee = EffectsFTest.sumOfSquares(e);
    Factor years = Factor.ofInts("year", pooled.year());
    double[] lm1 = oneDimension(e, pooled.firm(), maxCode(pooled.firm()) + 1, ee);
    double[] lm2 = oneDimension(e, years.codes(), years.levels(), ee);
    double m1 = lm1[0], m2 = lm2[0];
    String why1 = Double.isNaN(m1) ? "every firm has a single observation: no within-firm correlation to test" : null;
    String why2 = Double.isNaN(m2) ? "every year has a single observation: no within-year correlation to test" : null;
    String whyBoth = why1 != null ? why1 : why2;
    double bpTwo = m1 * m1 + m2 * m2, hondaTwo = (m1 + m2) / Math.sqrt(2.0);
    return List.of(
        SpecificationTest.BP_LM_INDIVIDUAL.result(m1 * m1, new double[] {1},
            Distributions.chiSquaredUpper(m1 * m1, 1), level, why1),
        SpecificationTest.HONDA_INDIVIDUAL.result(m1, new double[0], Distributions.normalUpper(m1), level, why1),
        SpecificationTest.BP_LM_TWOWAYS.result(bpTwo, new double[] {2}, Distributions.chiSquaredUpper(bpTwo, 2),
            level, whyBoth),
        SpecificationTest.HONDA_TWOWAYS.result(hondaTwo, new double[0], Distributions.normalUpper(hondaTwo), level,
            whyBoth));
  }

  /** {LM} for one grouping; NaN when every group has one observation. */
  private static double[] oneDimension(double[] e, int[] group, int groups, double ee) {
    double[] sum = new double[groups];
    long[] size = new long[groups];
    for (int i = 0; i < e.length; i++) {
      sum[group[i]] += e[i];
      size[group[i]]++;
    }
    double a = 0, m = 0;
    for (int g = 0; g < groups; g++) {
      a += sum[g] * sum[g];
      m += (double) size[g] * size[g];
    }
    int n = e.length;
    if (!(m > n)) return new double[] {Double.NaN};
    a = a / ee - 1.0;
    return new double[] {n / Math.sqrt(2.0 * (m - n)) * a};
  }

  static int maxCode(int[] codes) {
    int m = -1;
    for (int c : codes) m = Math.max(m, c);
    return m;
  }
}
