package org.netinnov.mechanism;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;
import org.netinnov.testing.RandomDraws;

/**
 * Test panels with a known mediation structure: firms × years with firm and year effects,
 *
 * <pre>
 *   x_it   = μ_i + τ_t + e_it                    (treatment correlated with the firm effect)
 *   m_jit  = a_j x_it + 0.5 μ_i + κ_jt + w_it + u_jit
 *   y_it   = Σ_j b_j m_ji,t−L + c′ x_i,t−L + 0.3 w_it + μ_i + λ_t + v_it
 *   w_it   = N(0,1) control
 * </pre>
 * with rows missing at random (probability pMissing) so that the panel is unbalanced and has gaps.
 */
final class MediationPanels {
  private MediationPanels() {}

  static Panel generate(long seed, int firms, int years, double[] a, double[] b, double direct, int lag,
      double pMissing) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int k = a.length;
    int cap = firms * years;
    String[] id = new String[cap];
    int[] yr = new int[cap];
    double[] x = new double[cap], y = new double[cap], w = new double[cap];
    double[][] m = new double[k][cap];
    double[] tau = new double[years], lambda = new double[years];
    double[][] kappa = new double[k][years];
    for (int t = 0; t < years; t++) {
      tau[t] = rnd.nextGaussian();
      lambda[t] = rnd.nextGaussian();
      for (int j = 0; j < k; j++) kappa[j][t] = rnd.nextGaussian();
    }
    int n = 0;
    double[] xs = new double[years];
    double[][] ms = new double[k][years];
    for (int f = 0; f < firms; f++) {
      double mu = rnd.nextGaussian();
      for (int t = 0; t < years; t++) {
        xs[t] = mu + tau[t] + rnd.nextGaussian();
        double ww = rnd.nextGaussian();
        for (int j = 0; j < k; j++) ms[j][t] = a[j] * xs[t] + 0.5 * mu + kappa[j][t] + ww + rnd.nextGaussian();
        double yy = 0.3 * ww + mu + lambda[t] + rnd.nextGaussian();
        if (t >= lag) {
          for (int j = 0; j < k; j++) yy += b[j] * ms[j][t - lag];
          yy += direct * xs[t - lag];
        } else {
          yy = Double.NaN; // the lagged values do not exist: keep the row with a missing outcome
        }
        if (rnd.nextDouble() < pMissing) continue;
        id[n] = String.format(java.util.Locale.ROOT, "F%04d", f);
        yr[n] = 2001 + t;
        x[n] = xs[t];
        w[n] = ww;
        y[n] = yy;
        for (int j = 0; j < k; j++) m[j][n] = ms[j][t];
        n++;
      }
    }
    PanelBuilder pb = new PanelBuilder("firm", "year", Arrays.copyOf(id, n), Arrays.copyOf(yr, n));
    pb.numeric("x", Arrays.copyOf(x, n)).numeric("y", Arrays.copyOf(y, n)).numeric("w", Arrays.copyOf(w, n));
    for (int j = 0; j < k; j++) pb.numeric("m" + (j + 1), Arrays.copyOf(m[j], n));
    return pb.build();
  }

  /**
   * Count outcome: y_it ~ Poisson(exp(0.3 + Σ_j b_j m_jit + c′ x_it + 0.5 μ_i + 0.2 λ_t)), m and x as in
   * {@link #generate} (lag 0, balanced).
   */
  static Panel generatePoisson(long seed, int firms, int years, double[] a, double[] b, double direct) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int k = a.length, n = firms * years;
    String[] id = new String[n];
    int[] yr = new int[n];
    double[] x = new double[n], y = new double[n];
    double[][] m = new double[k][n];
    double[] tau = new double[years], lambda = new double[years];
    for (int t = 0; t < years; t++) {
      tau[t] = 0.3 * rnd.nextGaussian();
      lambda[t] = rnd.nextGaussian();
    }
    int i = 0;
    for (int f = 0; f < firms; f++) {
      double mu = 0.5 * rnd.nextGaussian();
      for (int t = 0; t < years; t++, i++) {
        x[i] = mu + tau[t] + 0.5 * rnd.nextGaussian();
        double eta = 0.3 + direct * x[i] + 0.5 * mu + 0.2 * lambda[t];
        for (int j = 0; j < k; j++) {
          m[j][i] = a[j] * x[i] + 0.3 * mu + 0.5 * rnd.nextGaussian();
          eta += b[j] * m[j][i];
        }
        y[i] = RandomDraws.poisson(rnd, Math.exp(eta));
        id[i] = String.format(java.util.Locale.ROOT, "F%04d", f);
        yr[i] = 2001 + t;
      }
    }
    PanelBuilder pb = new PanelBuilder("firm", "year", id, yr);
    pb.numeric("x", x).numeric("y", y);
    for (int j = 0; j < k; j++) pb.numeric("m" + (j + 1), m[j]);
    return pb.build();
  }
}
