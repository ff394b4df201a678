package org.netinnov.index;

/**
 * The entropy weight method of the composite-indicator literature (e.g. Zou, Yun &amp; Sun 2006, J. Environ. Sci.
 * 18(5):1020–1023; standard in Chinese management studies of network and innovation indices).
 *
 * <p>For indicator j with direction-aware min–max scores r_ij ∈ [0,1], i = 1..n:
 * p_ij = r_ij / Σ_i r_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij (with 0·ln 0 = 0), so e_j ∈ [0,1];
 * the weight is the normalised divergence w_j = (1 − e_j) / Σ_l (1 − e_l), and the index Σ_j w_j r_ij.
 * An indicator whose values are spread evenly (e near 1) carries little information and gets little weight.
 */
public final class EntropyWeights {
  private EntropyWeights() {}

  /**
   * Entropy e = −(1/ln n) Σ p ln p of non-negative scores {@code r} (n = r.length, NaN not allowed).
   *
   * @throws IllegalArgumentException when n &lt; 2 or every score is 0 (no distribution to speak of)
   */
  public static double entropy(double[] r) {
    int n = r.length;
    if (n < 2) throw new IllegalArgumentException("entropy needs at least 2 values, got " + n);
    double total = 0;
    for (double v : r) total += v;
    if (!(total > 0)) throw new IllegalArgumentException("entropy of scores that are all zero is undefined");
    double s = 0;
    for (double v : r) {
      if (v > 0) {
        double p = v / total;
        s += p * Math.log(p);
      }
    }
    return -s / Math.log(n);
  }

  /** Weights w_j = (1 − e_j) / Σ (1 − e_l). */
  public static double[] weights(double[] entropy) {
    double sum = 0;
    for (double e : entropy) sum += 1 - e;
    if (!(sum > 0)) throw new IllegalArgumentException("every indicator has entropy 1: no weights can be derived");
    double[] w = new double[entropy.length];
    for (int j = 0; j < w.length; j++) w[j] = (1 - entropy[j]) / sum;
    return w;
  }
}
