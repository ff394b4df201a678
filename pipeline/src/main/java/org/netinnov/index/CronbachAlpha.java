package org.netinnov.index;

/**
 * Cronbach's alpha (Cronbach 1951, Psychometrika 16:297–334), as {@code psych::alpha} reports it.
 *
 * <ul>
 *   <li>raw: α = k/(k−1) · (1 − Σ_j C_jj / Σ_jl C_jl) on the covariance matrix C of the items;</li>
 *   <li>standardized: α = k/(k−1) · (1 − k / Σ_jl R_jl) = k·r̄ / (1 + (k−1)·r̄) on the correlation matrix R,
 *       r̄ the mean off-diagonal correlation — the alpha of the z-scored items.</li>
 * </ul>
 * Raw alpha depends on the units of the items (an indicator with a large variance dominates); for indicators
 * on different scales, as in network indices, the standardized value is the one to read.
 */
public final class CronbachAlpha {
  private CronbachAlpha() {}

  /** Raw alpha from a k×k covariance matrix (k ≥ 2). */
  public static double raw(double[][] cov) {
    int k = cov.length;
    double trace = 0, total = 0;
    for (int a = 0; a < k; a++) {
      trace += cov[a][a];
      for (int b = 0; b < k; b++) total += cov[a][b];
    }
    return k / (k - 1.0) * (1 - trace / total);
  }

  /** Standardized alpha from a k×k correlation matrix (k ≥ 2). */
  public static double standardized(double[][] r) {
    int k = r.length;
    double total = 0;
    for (double[] row : r) for (double v : row) total += v;
    return k / (k - 1.0) * (1 - k / total);
  }
}
