package org.netinnov.estimate.cov;

import org.netinnov.estimate.linear.EstimationException;

/**
 * Driscoll and Kraay (1998) covariance, robust to heteroskedasticity, serial and cross-sectional correlation, as
 * plm's {@code vcovSCC(type = "HC0")}: with the period scores {@code h_t = Σ_{i in t} x_i e_i},
 * <pre>
 *   S = Σ_t h_t h_t' + Σ_{l=1..L} w_l Σ_t (h_t h_{t−l}' + h_{t−l} h_t'),   w_l = 1 − l/(L+1) (Bartlett),
 *   V = (X'X)⁻¹ S (X'X)⁻¹
 * </pre>
 * Default lag {@code L = floor(maxTi^¼)} (plm; maxTi = most periods of one unit). Periods are calendar years:
 * lag l pairs year t with year t − l (plm pairs neighbouring observed periods, which differs only when a year is
 * missing for every unit). Inference: t with T − 1 degrees of freedom, T = periods with observations (Stata's
 * {@code xtscc}).
 */
public final class DriscollKraayCovariance {
  private DriscollKraayCovariance() {}

  public static CovarianceResult compute(CovarianceInput in, int lagOrDefault) {
    if (in.period() == null)
      throw new EstimationException("Driscoll–Kraay standard errors need a time dimension, which this estimator "
          + "does not have");
    int lag = lagOrDefault >= 0 ? lagOrDefault : (int) Math.floor(Math.pow(in.maxTi(), 0.25));
    int tSlots = in.periods();
    double[][] h = Sandwich.groupScores(in.x(), in.residuals(), in.period(), tSlots);
    int k = h.length;
    boolean[] present = new boolean[tSlots];
    for (int p : in.period()) present[p] = true;
    int t = 0;
    for (boolean b : present) if (b) t++;
    if (t < 2) throw new EstimationException("Driscoll–Kraay standard errors need at least 2 periods");
    double[][] meat = Sandwich.outerSum(h);
    for (int l = 1; l <= lag; l++) {
      double wl = 1.0 - l / (lag + 1.0);
      for (int a = 0; a < k; a++)
        for (int b = 0; b < k; b++) {
          double s = 0;
          for (int p = l; p < tSlots; p++) s += h[a][p] * h[b][p - l];
          meat[a][b] += wl * s;
          meat[b][a] += wl * s;
        }
    }
    double[][] v = Sandwich.of(in.bread(), meat, 1.0);
    return new CovarianceResult(v, "Driscoll–Kraay (Bartlett kernel, lag " + lag + ", HC0)", t - 1);
  }
}
