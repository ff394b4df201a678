package org.netinnov.estimate.linear;

import java.util.Random;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** Test helper: random firm-year panels with firm and year effects, built through {@link PanelBuilder}. */
final class SimulatedPanels {
  private SimulatedPanels() {}

  /**
   * y = Σ_j β_j x_j + α_firm + γ_year + ε, with x correlated with the firm effect, ε AR(1) within firm (ρ) and
   * heteroskedastic; rows missing with probability {@code pMissing}; columns y, x1..xk.
   */
  static Panel generate(Random rnd, int firms, int years, int k, double pMissing, double rho, double[] beta) {
    int cap = firms * years;
    String[] id = new String[cap];
    int[] yr = new int[cap];
    double[] y = new double[cap];
    double[][] x = new double[k][cap];
    double[] gamma = new double[years];
    for (int t = 0; t < years; t++) gamma[t] = rnd.nextGaussian();
    int n = 0;
    for (int f = 0; f < firms; f++) {
      double alpha = rnd.nextGaussian() * 2;
      double e = rnd.nextGaussian();
      double[] xa = new double[k];
      for (int j = 0; j < k; j++) xa[j] = rnd.nextGaussian();
      for (int t = 0; t < years; t++) {
        e = rho * e + Math.sqrt(1 - rho * rho) * rnd.nextGaussian();
        double yy = alpha + gamma[t];
        double xsum = 0;
        for (int j = 0; j < k; j++) {
          xa[j] = rho * xa[j] + Math.sqrt(1 - rho * rho) * rnd.nextGaussian();
          double xv = xa[j] + 0.5 * alpha;
          x[j][n] = xv;
          yy += beta[j] * xv;
          xsum += xv;
        }
        if (rnd.nextDouble() < pMissing) continue;
        y[n] = yy + e * (1 + 0.3 * Math.abs(xsum));
        id[n] = "F" + f;
        yr[n] = 2000 + t;
        n++;
      }
    }
    var b = new PanelBuilder("firm", "year", java.util.Arrays.copyOf(id, n), java.util.Arrays.copyOf(yr, n));
    b.numeric("y", java.util.Arrays.copyOf(y, n));
    for (int j = 0; j < k; j++) b.numeric("x" + (j + 1), java.util.Arrays.copyOf(x[j], n));
    return b.build();
  }

  static PanelFixtures.DesignSpec design(Panel p, int k) {
    var s = PanelFixtures.over(p).y("y", p.numeric("y"));
    for (int j = 1; j <= k; j++) s.x("x" + j, p.numeric("x" + j));
    return s;
  }
}
