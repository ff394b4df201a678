package org.netinnov.diagnose;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.linear.LinearPanelModels;

/**
 * Hausman (1978) specification test as plm's {@code phtest} (default method):
 * <pre>
 *   H = |(b₁ − b₂)' (V₁ − V₂)⁻¹ (b₁ − b₂)|  ~  χ²(K)
 * </pre>
 * over the K slopes the two fits share (the intercept excluded), with each fit's own covariance (classical in the
 * battery, as plm's default). plm takes the absolute value when V₁ − V₂ is not positive definite; so do we, and
 * say so in the note.
 */
public final class HausmanTest {
  private HausmanTest() {}

  /** {@code consistent} is the fit consistent under both hypotheses (within), {@code efficient} the other (random). */
  public static TestResult compute(Fit consistent, Fit efficient, double level) {
    SpecificationTest t = SpecificationTest.HAUSMAN;
    List<String> common = new ArrayList<>();
    for (String term : efficient.terms())
      if (!term.equals(LinearPanelModels.INTERCEPT) && consistent.terms().contains(term)) common.add(term);
    if (common.isEmpty()) return t.notComputed("the two models share no slope coefficient");
    int k = common.size();
    double[] d = new double[k];
    double[][] dv = new double[k][k];
    for (int a = 0; a < k; a++) {
      int i1 = consistent.indexOf(common.get(a)), i2 = efficient.indexOf(common.get(a));
      d[a] = consistent.coef()[i1] - efficient.coef()[i2];
      for (int b = 0; b < k; b++) {
        int j1 = consistent.indexOf(common.get(b)), j2 = efficient.indexOf(common.get(b));
        dv[a][b] = consistent.vcov()[i1][j1] - efficient.vcov()[i2][j2];
      }
    }
    RealMatrix inv;
    try {
      var lu = new LUDecomposition(new Array2DRowRealMatrix(dv, false), 1e-14);
      if (!lu.getSolver().isNonSingular()) return t.notComputed("V_FE − V_RE is singular");
      inv = lu.getSolver().getInverse();
    } catch (RuntimeException e) {
      return t.notComputed("V_FE − V_RE is singular");
    }
    double q = 0;
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) q += d[a] * inv.getEntry(a, b) * d[b];
    String note = null;
    if (q < 0) note = "V_FE − V_RE is not positive definite: the absolute value of the quadratic form is reported, "
        + "as plm does; the test is unreliable here";
    if (consistent.nobs() != efficient.nobs())
      note = join(note, "the models use different samples (" + consistent.nobs() + " and " + efficient.nobs()
          + " observations)");
    if (k < Math.max(countSlopes(consistent), countSlopes(efficient)))
      note = join(note, "compared on the " + k + " common slope" + (k == 1 ? "" : "s"));
    double h = Math.abs(q);
    return t.result(h, new double[] {k}, Distributions.chiSquaredUpper(h, k), level, note);
  }

  private static int countSlopes(Fit f) {
    int c = 0;
    for (String s : f.terms()) if (!s.equals(LinearPanelModels.INTERCEPT)) c++;
    return c;
  }

  static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }
}
