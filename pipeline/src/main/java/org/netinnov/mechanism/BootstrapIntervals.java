package org.netinnov.mechanism;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.netinnov.mechanism.MediationResult.BootstrapInterval;

/**
 * Percentile and bias-corrected (BC) bootstrap intervals and the percentile-implied p-value of one effect.
 *
 * <ul>
 *   <li>Quantiles: R's default (type 7), q(π) = x_(⌊h⌋+1) + (h − ⌊h⌋)(x_(⌊h⌋+2) − x_(⌊h⌋+1)) with h = (R − 1)π on the
 *   sorted finite replicates.</li>
 *   <li>Percentile interval: [q(α/2), q(1 − α/2)], α = 1 − level (Efron &amp; Tibshirani 1993, §13.3).</li>
 *   <li>BC interval: z0 = Φ⁻¹(p̂), p̂ = (#{θ* &lt; θ̂} + ½ #{θ* = θ̂}) / R; bounds q(Φ(2z0 + z_{α/2})) and
 *   q(Φ(2z0 + z_{1−α/2})) (Efron &amp; Tibshirani 1993, §14.3, without the acceleration of BCa). Undefined (NaN, with
 *   a note) when every replicate lies on one side of θ̂.</li>
 *   <li>p-value: 2·min(#{θ* ≤ 0}, #{θ* ≥ 0}) / R, capped at 1 — the smallest α at which the equal-tailed percentile
 *   interval excludes 0 (up to one replicate); its resolution is 2/R, so 0 means "below 2/R".</li>
 *   <li>se: standard deviation of the replicates (divisor R − 1).</li>
 * </ul>
 */
public final class BootstrapIntervals {
  private static final NormalDistribution STD_NORMAL = new NormalDistribution(null, 0, 1);

  private BootstrapIntervals() {}

  /**
   * @param draws    the replicates (NaN = failed replicate, left out)
   * @param estimate the full-sample estimate θ̂
   * @param level    confidence level in (0, 1)
   */
  public static BootstrapInterval of(double[] draws, double estimate, double level) {
    if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    double[] x = finiteSorted(draws);
    int n = x.length;
    if (n < 2)
      return new BootstrapInterval(level, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, "fewer than two usable replicates");
    double mean = 0;
    for (double v : x) mean += v;
    mean /= n;
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double se = Math.sqrt(ss / (n - 1));
    double alpha = 1 - level;
    double lo = quantile(x, alpha / 2), hi = quantile(x, 1 - alpha / 2);

    int below = 0, ties = 0, le0 = 0, ge0 = 0;
    for (double v : x) {
      if (v < estimate) below++;
      else if (v == estimate) ties++;
      if (v <= 0) le0++;
      if (v >= 0) ge0++;
    }
    double p = Math.min(1.0, 2.0 * Math.min(le0, ge0) / n);
    double share = (below + 0.5 * ties) / n;
    double bcLo = Double.NaN, bcHi = Double.NaN, z0 = Double.NaN;
    String note = null;
    if (Double.isNaN(estimate)) {
      note = "no full-sample estimate: BC interval undefined";
    } else if (share <= 0 || share >= 1) {
      note = "every replicate lies on one side of the estimate: BC interval undefined";
    } else {
      z0 = STD_NORMAL.inverseCumulativeProbability(share);
      double zl = STD_NORMAL.inverseCumulativeProbability(alpha / 2);
      double zh = STD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
      bcLo = quantile(x, STD_NORMAL.cumulativeProbability(2 * z0 + zl));
      bcHi = quantile(x, STD_NORMAL.cumulativeProbability(2 * z0 + zh));
    }
    if (n < draws.length) {
      String miss = (draws.length - n) + " of " + draws.length + " replicates were singular and are left out";
      note = note == null ? miss : note + "; " + miss;
    }
    return new BootstrapInterval(level, n, se, lo, hi, bcLo, bcHi, z0, p, note);
  }

  /** Type-7 quantile of sorted values at probability {@code prob} in [0, 1]. */
  static double quantile(double[] sorted, double prob) {
    int n = sorted.length;
    double h = (n - 1) * Math.min(1.0, Math.max(0.0, prob));
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) return sorted[n - 1];
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static double[] finiteSorted(double[] draws) {
    double[] x = new double[draws.length];
    int n = 0;
    for (double v : draws) if (Double.isFinite(v)) x[n++] = v;
    x = Arrays.copyOf(x, n);
    Arrays.sort(x);
    return x;
  }
}
