package org.netinnov.estimate.count;

/**
 * Weighted fixed-effects demeaning: replaces a column r by its residual from the weighted least-squares projection
 * on the dummies of one or more categorical factors,
 * <pre>  r ← r − D α̂,   α̂ = argmin_α Σ_i w_i (r_i − (Dα)_i)². </pre>
 * One factor: exact, one pass, r_i − r̄_g(i) with the weighted group mean r̄_g = Σ_{i∈g} w_i r_i / Σ_{i∈g} w_i.
 * Several factors: the method of alternating projections (Guimarães &amp; Portugal 2010; Gaure 2013, "OLS with
 * multiple high dimensional category variables", CSDA 66), sweeping the weighted group means of each factor in
 * turn until the largest adjustment of a sweep is below {@code tolerance} times the weighted RMS of the input.
 *
 * <p>Written for the Poisson IRLS of this package (weights μ change every iteration, so {@link #setWeights} is
 * cheap and separate from {@link #demeanInPlace}); it has no dependency on the count models and could serve the
 * linear within estimators as well (weights = analytic weights or 1).
 *
 * <p>Levels whose weights sum to 0 are left untouched (their rows carry no weight). Not thread-safe: it owns its
 * scratch arrays so that demeaning allocates nothing.
 */
public final class WeightedDemeaner {
  private final int n;
  private final int[][] codes;
  private final int[] levels;
  private final double tolerance;
  private final int maxSweeps;
  private final double[][] levelWeight;   // 1 / (Σ w over the level), 0 for empty levels
  private final double[][] levelSum;      // scratch
  private double[] w;
  private double totalWeight;

  /**
   * @param codes     factor codes, {@code codes[q][i]} in {@code 0..levels[q]-1}
   * @param levels    number of levels of each factor
   * @param tolerance relative stopping rule of the alternating projections (ignored for one factor), e.g. 1e-13
   * @param maxSweeps cap on sweeps of the alternating projections
   */
  public WeightedDemeaner(int[][] codes, int[] levels, double tolerance, int maxSweeps) {
    if (codes.length == 0 || codes.length != levels.length)
      throw new IllegalArgumentException("need at least one factor, and one level count per factor");
    this.n = codes[0].length;
    for (int[] c : codes)
      if (c.length != n) throw new IllegalArgumentException("factor code arrays differ in length");
    this.codes = codes;
    this.levels = levels;
    this.tolerance = tolerance;
    this.maxSweeps = maxSweeps;
    this.levelWeight = new double[codes.length][];
    this.levelSum = new double[codes.length][];
    for (int q = 0; q < codes.length; q++) {
      levelWeight[q] = new double[levels[q]];
      levelSum[q] = new double[levels[q]];
    }
  }

  public int factors() { return codes.length; }

  /** Sets the weights (length n, ≥ 0) for the following calls; null means equal weights. */
  public void setWeights(double[] weights) {
    this.w = weights;
    totalWeight = 0;
    for (int q = 0; q < codes.length; q++) {
      double[] lw = levelWeight[q];
      java.util.Arrays.fill(lw, 0);
      int[] c = codes[q];
      if (weights == null) for (int i = 0; i < n; i++) lw[c[i]] += 1;
      else for (int i = 0; i < n; i++) lw[c[i]] += weights[i];
      for (int g = 0; g < lw.length; g++) {
        if (q == 0) totalWeight += lw[g];
        lw[g] = lw[g] > 0 ? 1.0 / lw[g] : 0.0;
      }
    }
  }

  /**
   * Demeans {@code r} in place. A good starting point (r minus the effects found at the previous weights) makes the
   * alternating projections converge in few sweeps; the result does not depend on it.
   *
   * @return sweeps used (1 for one factor), or minus the sweeps when the alternating projections did not converge
   */
  public int demeanInPlace(double[] r) {
    if (r.length != n) throw new IllegalArgumentException("column length " + r.length + " != " + n);
    if (codes.length == 1) {
      sweep(0, r);
      return 1;
    }
    double ss = 0;
    for (int i = 0; i < n; i++) ss += (w == null ? 1.0 : w[i]) * r[i] * r[i];
    double scale = Math.sqrt(ss / Math.max(totalWeight, Double.MIN_NORMAL));
    if (scale == 0) return 0;
    double threshold = tolerance * scale;
    for (int s = 1; s <= maxSweeps; s++) {
      double largest = 0;
      for (int q = 0; q < codes.length; q++) largest = Math.max(largest, sweep(q, r));
      if (largest <= threshold) return s;
    }
    return -maxSweeps;
  }

  /** Subtracts the weighted level means of factor q; returns the largest |mean| subtracted. */
  private double sweep(int q, double[] r) {
    int[] c = codes[q];
    double[] sum = levelSum[q];
    double[] lw = levelWeight[q];
    java.util.Arrays.fill(sum, 0);
    if (w == null) for (int i = 0; i < n; i++) sum[c[i]] += r[i];
    else for (int i = 0; i < n; i++) sum[c[i]] += w[i] * r[i];
    double largest = 0;
    for (int g = 0; g < sum.length; g++) {
      sum[g] *= lw[g];
      largest = Math.max(largest, Math.abs(sum[g]));
    }
    for (int i = 0; i < n; i++) r[i] -= sum[c[i]];
    return largest;
  }
}
