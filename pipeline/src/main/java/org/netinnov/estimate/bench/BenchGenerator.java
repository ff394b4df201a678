package org.netinnov.estimate.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic benchmark panel: {@code firms × years} with each firm-year missing with probability {@code pMissing};
 * {@code y = Σ_j β_j x_j + α_i + γ_t + ε} with β_j = j/10 − 0.45 and regressors correlated with the firm effect.
 */
final class BenchGenerator {
  private BenchGenerator() {}

  static BenchData generate(int firms, int years, int k, double pMissing, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int cap = firms * years;
    int[] firm = new int[cap], year = new int[cap];
    double[] y = new double[cap];
    double[][] x = new double[k][cap];
    double[] gamma = new double[years];
    for (int t = 0; t < years; t++) gamma[t] = gaussian(rnd);
    double[] beta = new double[k];
    for (int j = 0; j < k; j++) beta[j] = (j + 1) / 10.0 - 0.45;
    int n = 0;
    for (int f = 0; f < firms; f++) {
      double alpha = gaussian(rnd);
      for (int t = 0; t < years; t++) {
        if (rnd.nextDouble() < pMissing) continue;
        double v = alpha + gamma[t] + gaussian(rnd);
        for (int j = 0; j < k; j++) {
          double xv = 0.5 * alpha + 0.2 * gamma[t] + gaussian(rnd);
          x[j][n] = xv;
          v += beta[j] * xv;
        }
        y[n] = v;
        firm[n] = f;
        year[n] = 2000 + t;
        n++;
      }
    }
    double[][] xs = new double[k][];
    for (int j = 0; j < k; j++) xs[j] = Arrays.copyOf(x[j], n);
    return new BenchData(Arrays.copyOf(firm, n), firms, Arrays.copyOf(year, n), Arrays.copyOf(y, n), xs);
  }

  private static double gaussian(SplittableRandom r) {
    // Marsaglia polar method
    double u, v, s;
    do {
      u = 2 * r.nextDouble() - 1;
      v = 2 * r.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }
}
