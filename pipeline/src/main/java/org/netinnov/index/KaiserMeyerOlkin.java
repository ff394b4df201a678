package org.netinnov.index;

/**
 * Kaiser–Meyer–Olkin measure of sampling adequacy (Kaiser 1970, Psychometrika 35:401–415; Kaiser &amp; Rice 1974),
 * as {@code psych::KMO}: with R the correlation matrix and Q the partial correlations from its inverse,
 * q_jl = −R⁻¹_jl / √(R⁻¹_jj R⁻¹_ll),
 * <pre>
 *   MSA      = Σ_{j≠l} r_jl² / (Σ_{j≠l} r_jl² + Σ_{j≠l} q_jl²)
 *   MSA_j    = Σ_{l≠j} r_jl² / (Σ_{l≠j} r_jl² + Σ_{l≠j} q_jl²)
 * </pre>
 *
 * @param overall the overall MSA
 * @param perItem MSA of each indicator
 */
public record KaiserMeyerOlkin(double overall, double[] perItem) {

  /** KMO from a correlation matrix and its inverse. */
  public static KaiserMeyerOlkin of(double[][] r, double[][] rInverse) {
    int k = r.length;
    double[] r2 = new double[k], q2 = new double[k];
    double sr = 0, sq = 0;
    for (int j = 0; j < k; j++) {
      for (int l = 0; l < k; l++) {
        if (l == j) continue;
        double q = -rInverse[j][l] / Math.sqrt(rInverse[j][j] * rInverse[l][l]);
        r2[j] += r[j][l] * r[j][l];
        q2[j] += q * q;
      }
      sr += r2[j];
      sq += q2[j];
    }
    double[] item = new double[k];
    for (int j = 0; j < k; j++) item[j] = r2[j] / (r2[j] + q2[j]);
    return new KaiserMeyerOlkin(sr / (sr + sq), item);
  }

  /**
   * Kaiser's (1974, Psychometrika 39:31–36) labels: marvelous ≥ .9, meritorious ≥ .8, middling ≥ .7,
   * mediocre ≥ .6, miserable ≥ .5, unacceptable below (and for NaN: "undefined").
   */
  public static String label(double msa) {
    if (Double.isNaN(msa)) return "undefined";
    if (msa >= 0.9) return "marvelous";
    if (msa >= 0.8) return "meritorious";
    if (msa >= 0.7) return "middling";
    if (msa >= 0.6) return "mediocre";
    if (msa >= 0.5) return "miserable";
    return "unacceptable";
  }
}
