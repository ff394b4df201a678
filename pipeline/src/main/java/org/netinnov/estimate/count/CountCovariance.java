package org.netinnov.estimate.count;

import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;

/**
 * Covariance matrices of the count (M-)estimators from the bread B = (−H)⁻¹ (inverse Fisher information / negative
 * Hessian) and the per-observation scores s_i:
 * <pre>
 *   classical  B
 *   hc0        B (Σ_i s_i s_i') B                         (White 1982; Stata vce(robust) without its factor)
 *   hc1        hc0 · N/(N−1)                              (Stata's robust factor for ML models: singleton clusters)
 *   cluster    B (Σ_g S_g S_g') B · c,  S_g = Σ_{i∈g} s_i
 *              c = G/(G−1) for ssc STATA (Stata vce(cluster) for ML models, and sandwich::vcovCL(type = "HC0")
 *              with its default cadjust = TRUE), 1 for ssc HC0, N/(N−K) for ssc HC1 (K = estimated parameters)
 *   two-way    V_1 + V_2 − V_12 (Cameron, Gelbach &amp; Miller 2011), each term HC0, times G_min/(G_min−1) for STATA
 * </pre>
 * The linear-model factor (N−1)/(N−K) of CovarianceSpec's STATA is not applied: count models are estimated by ML,
 * where Stata applies G/(G−1) only. HC2, HC3 and Driscoll–Kraay are not offered for count models.
 */
final class CountCovariance {
  private CountCovariance() {}

  /** @param note a warning for the reader, or null */
  record Result(double[][] vcov, String description, int clusters, String note) {
    Result(double[][] vcov, String description, int clusters) { this(vcov, description, clusters, null); }
  }

  /**
   * @param bread    p×p, symmetric
   * @param scores   per-observation scores by parameter, [p][n] (rows of parameters that are not estimated are 0)
   * @param clusters cluster factors restricted to the estimation sample, aligned with {@code spec.clusters()}
   */
  static Result compute(CovarianceSpec spec, double[][] bread, double[][] scores, List<Factor> clusters, int n) {
    return compute(spec, bread, scores, clusters, n, true);
  }

  /** @param parallel whether the per-parameter cluster sums may run on the common pool */
  static Result compute(CovarianceSpec spec, double[][] bread, double[][] scores, List<Factor> clusters, int n,
      boolean parallel) {
    int p = bread.length;
    switch (spec.kind()) {
      case CLASSICAL:
        return new Result(copy(bread), "classical (inverse Fisher information)", 0);
      case HC0:
      case HC1: {
        double[][] meat = new double[p][p];
        for (int a = 0; a < p; a++)
          for (int b = a; b < p; b++) {
            double s = 0;
            double[] sa = scores[a], sb = scores[b];
            for (int i = 0; i < n; i++) s += sa[i] * sb[i];
            meat[a][b] = s;
            meat[b][a] = s;
          }
        double f = spec.kind() == CovarianceSpec.Kind.HC1 ? n / (n - 1.0) : 1.0;
        return new Result(sandwich(bread, meat, f),
            spec.kind() == CovarianceSpec.Kind.HC1 ? "hc1 (robust, N/(N-1))" : "hc0 (robust)", 0);
      }
      case CLUSTER:
        return cluster(spec, bread, scores, clusters, n, parallel);
      default:
        throw new CountModelException("standard errors `" + spec + "` are not available for count models; use "
            + "classical, hc0, hc1 (robust) or cluster(var)");
    }
  }

  private static Result cluster(CovarianceSpec spec, double[][] bread, double[][] scores, List<Factor> clusters,
                                int n, boolean parallel) {
    if (clusters == null || clusters.size() != spec.clusters().size())
      throw new CountModelException("cluster(" + String.join(", ", spec.clusters()) + ") needs "
          + spec.clusters().size() + " cluster variable(s) in the design, got "
          + (clusters == null ? 0 : clusters.size()));
    for (Factor f : clusters)
      for (int c : f.codes())
        if (c < 0) throw new CountModelException("cluster variable `" + f.name() + "` is missing in the sample");
    int p = bread.length;
    double[][] meat;
    int gMin;
    if (clusters.size() == 1) {
      meat = clusterMeat(scores, clusters.get(0), p, n, parallel);
      gMin = clusters.get(0).levels();
    } else {
      Factor a = clusters.get(0), b = clusters.get(1);
      double[][] ma = clusterMeat(scores, a, p, n, parallel), mb = clusterMeat(scores, b, p, n, parallel);
      double[][] mab = clusterMeat(scores, Factor.interact(a, b), p, n, parallel);
      meat = new double[p][p];
      for (int i = 0; i < p; i++)
        for (int j = 0; j < p; j++) meat[i][j] = ma[i][j] + mb[i][j] - mab[i][j];
      gMin = Math.min(a.levels(), b.levels());
    }
    if (gMin < 2) throw new CountModelException("clustered standard errors need at least 2 clusters, got " + gMin);
    double f;
    String ssc;
    switch (spec.ssc()) {
      case HC0: f = 1.0; ssc = "no small-sample factor"; break;
      case HC1: f = n / (double) (n - p); ssc = "N/(N-K)"; break;
      default: f = gMin / (gMin - 1.0); ssc = "G/(G-1)"; break;
    }
    double[][] v = sandwich(bread, meat, f);
    String note = null;
    if (clusters.size() == 2) {
      int negative = 0;
      for (int j = 0; j < p; j++) if (v[j][j] < 0) negative++;
      if (negative > 0)
        note = "the two-way clustered covariance V1 + V2 - V12 has " + negative + " negative variance(s) (reported as "
            + "NaN standard errors); too few clusters in one dimension";
    }
    return new Result(v, spec + ", " + ssc, gMin, note);
  }

  private static double[][] clusterMeat(double[][] scores, Factor cl, int p, int n, boolean parallel) {
    int g = cl.levels();
    int[] code = cl.codes();
    // per parameter, the cluster sums of its scores (row order), one parameter per task
    double[][] sums = new double[p][];
    java.util.stream.IntStream params = java.util.stream.IntStream.range(0, p);
    if (parallel && (long) p * n >= 200_000 && p > 1) params = params.parallel();
    params.forEach(a -> {
      double[] s = scores[a], out = new double[g];
      for (int i = 0; i < n; i++) out[code[i]] += s[i];
      sums[a] = out;
    });
    double[][] meat = new double[p][p];
    double[] v = new double[p];
    for (int c = 0; c < g; c++) {
      boolean any = false;
      for (int a = 0; a < p; a++) {
        v[a] = sums[a][c];
        any |= v[a] != 0;
      }
      if (!any) continue;
      for (int a = 0; a < p; a++) {
        double sa = v[a];
        if (sa == 0) continue;
        for (int b = a; b < p; b++) meat[a][b] += sa * v[b];
      }
    }
    for (int a = 0; a < p; a++)
      for (int b = 0; b < a; b++) meat[a][b] = meat[b][a];
    return meat;
  }

  static double[][] sandwich(double[][] bread, double[][] meat, double factor) {
    int p = bread.length;
    double[][] bm = new double[p][p];
    for (int i = 0; i < p; i++)
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) s += bread[i][k] * meat[k][j];
        bm[i][j] = s;
      }
    double[][] v = new double[p][p];
    for (int i = 0; i < p; i++)
      for (int j = i; j < p; j++) {
        double s = 0;
        for (int k = 0; k < p; k++) s += bm[i][k] * bread[k][j];
        v[i][j] = s * factor;
        v[j][i] = s * factor;
      }
    return v;
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
    return c;
  }
}
