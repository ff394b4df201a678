package org.netinnov.index;

import java.util.Arrays;

/**
 * The weights and scalings of one dimension fitted on one group of firm-years (all of them under
 * {@code scope: pooled}, one year under {@code by_year}), and the scoring of that group's rows.
 *
 * <p>The fitting sample is the group's <em>eligible</em> rows: those with at least {@code minPresent} indicators
 * present (every indicator under listwise deletion). Each indicator is scaled over its present values in that
 * sample: min–max scores r = (x − min)/(max − min), or 1 − r for a negative indicator (entropy, minmax,
 * weights); z = (x − mean)/sd with the sample sd, or −z for a negative indicator (zscore, pca). Entropy values
 * come from each indicator's present r; PCA loadings from the correlation matrix of the complete rows of the
 * sample (a pairwise-complete matrix need not be positive semi-definite).
 *
 * <p>Scoring a row with present set P: complete rows get Σ w_j s_j (the weights sum to 1; pca: the unit-norm
 * loadings), zscore the mean of the z. A row missing some indicators gets the weighted mean renormalised over
 * P, Σ_P w_j s_j / Σ_P w_j (zscore and minmax: the mean of the present scores), and pca the least-squares
 * projection Σ_P v_j z_j / Σ_P v_j² (equal to v·z on complete rows). A row whose present weights are all zero
 * has no index.
 */
final class GroupFit {
  final int n;
  final double[] weights;
  final double[] entropy;
  final double eigenvalue;
  final double explainedShare;
  private final IndexMethod method;
  private final int[] dir;
  private final double[] center;
  private final double[] scale;

  private GroupFit(IndexMethod method, int[] dir, int n, double[] center, double[] scale, double[] weights,
      double[] entropy, double eigenvalue, double explainedShare) {
    this.method = method;
    this.dir = dir;
    this.n = n;
    this.center = center;
    this.scale = scale;
    this.weights = weights;
    this.entropy = entropy;
    this.eigenvalue = eigenvalue;
    this.explainedShare = explainedShare;
  }

  /**
   * @param eligible   rows of the group with enough indicators present
   * @param fixed      normalised user weights (method weights), else null
   * @param where      "" or " in year t", for messages
   */
  static GroupFit fit(String dimension, IndicatorData d, IndexMethod method, int[] eligible, double[] fixed,
      String where) {
    int k = d.k();
    if (eligible.length < 2)
      throw new IndexException(dimension, null, "only " + eligible.length + " firm-year(s)" + where
          + " have enough indicators present; an index needs at least 2"
          + (where.isEmpty() ? "" : " (use scope: pooled for thin years)"));
    double[] center = new double[k], scale = new double[k];
    for (int j = 0; j < k; j++) {
      ColumnMoments m = ColumnMoments.of(d.x[j], eligible);
      String name = d.names.get(j);
      if (m.count < 2)
        throw new IndexException(dimension, name, "only " + m.count + " observed value(s)" + where);
      if (!(m.range() > 0))
        throw new IndexException(dimension, name, "zero range" + where + ": every value is " + m.min
            + "; a constant indicator cannot be scaled or weighted — drop it");
      center[j] = method.standardized() ? m.mean : m.min;
      scale[j] = method.standardized() ? m.sd : m.range();
    }
    double[] w;
    double[] e = null;
    double eig = Double.NaN, share = Double.NaN;
    switch (method) {
      case ENTROPY -> {
        e = new double[k];
        for (int j = 0; j < k; j++) e[j] = EntropyWeights.entropy(minMaxScores(d, j, eligible, center[j], scale[j]));
        w = EntropyWeights.weights(e);
      }
      case ZSCORE, MINMAX -> {
        w = new double[k];
        Arrays.fill(w, 1.0 / k);
      }
      case WEIGHTS -> w = fixed.clone();
      case PCA -> {
        int[] complete = d.completeRows(eligible);
        if (complete.length < 3)
          throw new IndexException(dimension, null, "PCA needs at least 3 complete firm-years" + where + ", got "
              + complete.length);
        double[][] cov = Covariance.of(d.adjusted(complete));
        int c = Covariance.constantColumn(cov);
        if (c >= 0)
          throw new IndexException(dimension, d.names.get(c), "constant over the " + complete.length
              + " complete firm-years" + where + ": no correlation matrix for PCA");
        FirstPrincipalComponent pc = FirstPrincipalComponent.of(Covariance.correlation(cov));
        w = pc.loadings();
        eig = pc.eigenvalue();
        share = pc.explainedShare();
      }
      default -> throw new IllegalStateException(method.toString());
    }
    return new GroupFit(method, d.dir, eligible.length, center, scale, w, e, eig, share);
  }

  /** The direction-aware min–max scores of indicator j over its present values among {@code rows}. */
  private static double[] minMaxScores(IndicatorData d, int j, int[] rows, double min, double range) {
    double[] x = d.x[j];
    double[] r = new double[rows.length];
    int m = 0;
    for (int i : rows) {
      double v = x[i];
      if (Double.isNaN(v)) continue;
      double s = (v - min) / range;
      r[m++] = d.dir[j] < 0 ? 1 - s : s;
    }
    return m == r.length ? r : Arrays.copyOf(r, m);
  }

  /** Writes the index of each of {@code rows} into {@code out} (rows must be eligible). */
  void score(double[][] x, int[] rows, double[] out) {
    int k = x.length;
    boolean std = method.standardized();
    for (int i : rows) {
      double s = 0, wsum = 0;
      int present = 0;
      for (int j = 0; j < k; j++) {
        double v = x[j][i];
        if (Double.isNaN(v)) continue;
        present++;
        double t = (v - center[j]) / scale[j];
        if (dir[j] < 0) t = std ? -t : 1 - t;
        if (method == IndexMethod.ZSCORE) {
          s += t;
          wsum += 1;
        } else if (method == IndexMethod.PCA) {
          s += weights[j] * t;
          wsum += weights[j] * weights[j];
        } else {
          s += weights[j] * t;
          wsum += weights[j];
        }
      }
      if (method == IndexMethod.ZSCORE) out[i] = s / present;
      else if (present == k) out[i] = s;
      else out[i] = wsum > 0 ? s / wsum : Double.NaN;
    }
  }
}
