package org.netinnov.estimate.cov;

/**
 * White's heteroskedasticity-consistent covariance on the transformed data, as plm's
 * {@code vcovHC(method = "white1", type = ...)}: {@code (X'X)⁻¹ (Σ_i ω_i x_i x_i') (X'X)⁻¹} with
 * <pre>
 *   HC0: ω_i = e_i²     HC1: ω_i = e_i² · n / (nHc1 − k)
 *   HC2: ω_i = e_i² / (1 − h_i)     HC3: ω_i = e_i² / (1 − h_i)²,   h_i = x_i'(X'X)⁻¹x_i
 * </pre>
 * (MacKinnon and White 1985). For within fits k counts the slopes only and h_i is the leverage in the demeaned
 * regression, as in plm; for first differences plm's HC1 uses n = differenced rows but nHc1 = rows before
 * differencing, which {@link CovarianceInput#nHc1()} reproduces.
 */
public final class HeteroskedasticityRobustCovariance {
  private HeteroskedasticityRobustCovariance() {}

  public enum Type { HC0, HC1, HC2, HC3 }

  public static double[][] compute(CovarianceInput in, Type type) {
    double[][] x = in.x();
    double[] e = in.residuals();
    int n = e.length, k = x.length;
    double[] omega = new double[n];
    for (int i = 0; i < n; i++) omega[i] = e[i] * e[i];
    if (type == Type.HC2 || type == Type.HC3) {
      double[][] b = in.bread();
      double[] xi = new double[k];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) xi[j] = x[j][i];
        double h = 0;
        for (int a = 0; a < k; a++) {
          double s = 0;
          for (int c = 0; c < k; c++) s += b[a][c] * xi[c];
          h += xi[a] * s;
        }
        double oneMinus = 1.0 - h;
        omega[i] = type == Type.HC2 ? omega[i] / oneMinus : omega[i] / (oneMinus * oneMinus);
      }
    }
    // meat = Σ ω_i x_i x_i' = S'S with S = √ω x
    double[][] s = new double[k][n];
    for (int j = 0; j < k; j++) for (int i = 0; i < n; i++) s[j][i] = x[j][i] * Math.sqrt(omega[i]);
    double c = type == Type.HC1 ? (double) n / (in.nHc1() - k) : 1.0;
    return Sandwich.of(in.bread(), Sandwich.outerSum(s), c);
  }
}
