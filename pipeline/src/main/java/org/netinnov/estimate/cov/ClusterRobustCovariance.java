package org.netinnov.estimate.cov;

import java.util.Arrays;
import org.netinnov.estimate.CovarianceSpec.SmallSample;
import org.netinnov.estimate.linear.EstimationException;

/**
 * Cluster-robust covariance on the transformed data (Liang and Zeger 1986; Arellano 1987 for within fits):
 * <pre>
 *   V_HC0 = (X'X)⁻¹ (Σ_g X_g'e_g e_g'X_g) (X'X)⁻¹
 * </pre>
 * scaled by the small-sample factor {@code c}:
 * <ul>
 *   <li>{@code HC0}: c = 1;</li>
 *   <li>{@code HC1} (plm's {@code vcovHC(type = "HC1")}): c = n / (nHc1 − k);</li>
 *   <li>{@code STATA}: c = G/(G−1) · (n−1)/(n−k), with k the coefficients of the transformed regression
 *   (the slopes for within fits, slopes plus intercept for pooled, first-difference and random-effects fits, which
 *   is what the plm/Stata reference figures use).</li>
 * </ul>
 * Two-way clustering (Cameron, Gelbach and Miller 2011): {@code V = c_a V_a + c_b V_b − c_ab V_ab}, where V_ab
 * clusters on the intersection and each term has its own factor (its own G under STATA). The result is not
 * forced to be positive semi-definite. Inference uses {@code min(G) − 1} degrees of freedom.
 */
public final class ClusterRobustCovariance {
  private ClusterRobustCovariance() {}

  public static CovarianceResult compute(CovarianceInput in, SmallSample ssc) {
    int nc = in.clusters().size();
    if (nc == 0) throw new EstimationException("clustered standard errors need a cluster variable");
    if (nc > 2) throw new EstimationException("at most two cluster variables are supported, got " + nc);
    for (int c = 0; c < nc; c++) {
      if (in.clusters().get(c).length != in.n())
        throw new EstimationException("cluster variable `" + in.clusterNames().get(c) + "` does not match the rows");
    }
    String sscWords = sscWords(ssc);
    if (nc == 1) {
      int[] code = in.clusters().get(0);
      int g = countUsed(code, in.clusterLevels().get(0));
      if (g < 2) throw new EstimationException("cluster variable `" + in.clusterNames().get(0)
          + "` has fewer than 2 clusters in the estimation sample");
      double[][] v = oneWay(in, code, in.clusterLevels().get(0), factor(in, ssc, g));
      return new CovarianceResult(v, "cluster(" + in.clusterNames().get(0) + "), " + sscWords, g - 1);
    }
    int[] a = in.clusters().get(0), b = in.clusters().get(1);
    int la = in.clusterLevels().get(0), lb = in.clusterLevels().get(1);
    int ga = countUsed(a, la), gb = countUsed(b, lb);
    if (Math.min(ga, gb) < 2) throw new EstimationException("two-way clustering needs at least 2 clusters in each "
        + "of `" + in.clusterNames().get(0) + "` and `" + in.clusterNames().get(1) + "`");
    int[] ab = new int[in.n()];
    int lab = intersect(a, b, lb, ab);
    double[][] va = oneWay(in, a, la, factor(in, ssc, ga));
    double[][] vb = oneWay(in, b, lb, factor(in, ssc, gb));
    double[][] vab = oneWay(in, ab, lab, factor(in, ssc, lab));
    int k = va.length;
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) v[i][j] = va[i][j] + vb[i][j] - vab[i][j];
    return new CovarianceResult(v, "two-way cluster(" + in.clusterNames().get(0) + ", " + in.clusterNames().get(1)
        + ") (Cameron–Gelbach–Miller), " + sscWords, Math.min(ga, gb) - 1);
  }

  /**
   * One-way clustered covariance (one cluster variable in {@code in}) from group scores
   * {@code s[j][g] = Σ_{i: code_i = g} x_ji e_i} the caller summed in row order (e.g. in the pass that formed the
   * residuals): the same result as {@link #compute}.
   */
  public static CovarianceResult oneWayFromScores(CovarianceInput in, double[][] scores, SmallSample ssc) {
    if (in.clusters().size() != 1) throw new IllegalArgumentException("one cluster variable expected");
    if (in.clusters().get(0).length != in.n())
      throw new EstimationException("cluster variable `" + in.clusterNames().get(0) + "` does not match the rows");
    int g = countUsed(in.clusters().get(0), in.clusterLevels().get(0));
    if (g < 2) throw new EstimationException("cluster variable `" + in.clusterNames().get(0)
        + "` has fewer than 2 clusters in the estimation sample");
    double[][] v = Sandwich.of(in.bread(), Sandwich.outerSum(scores), factor(in, ssc, g));
    return new CovarianceResult(v, "cluster(" + in.clusterNames().get(0) + "), " + sscWords(ssc), g - 1);
  }

  private static String sscWords(SmallSample ssc) {
    return switch (ssc) {
      case STATA -> "Stata small-sample correction";
      case HC0 -> "no small-sample correction (HC0)";
      case HC1 -> "plm HC1 correction";
    };
  }

  /** HC0 cluster-robust covariance on one grouping, times c. */
  static double[][] oneWay(CovarianceInput in, int[] code, int levels, double c) {
    double[][] s = Sandwich.groupScores(in.x(), in.residuals(), code, levels);
    return Sandwich.of(in.bread(), Sandwich.outerSum(s), c);
  }

  private static double factor(CovarianceInput in, SmallSample ssc, int g) {
    return factor(ssc, g, in.n(), in.k(), in.nHc1());
  }

  private static double factor(SmallSample ssc, int g, int n, int k, int nHc1) {
    return switch (ssc) {
      case HC0 -> 1.0;
      case HC1 -> (double) n / (nHc1 - k);
      case STATA -> (double) g / (g - 1) * (n - 1.0) / (n - k);
    };
  }

  private static int countUsed(int[] code, int levels) {
    boolean[] used = new boolean[levels];
    for (int c : code) {
      if (c < 0 || c >= levels) throw new EstimationException("cluster codes must be 0.." + (levels - 1) + ", got " + c);
      used[c] = true;
    }
    int g = 0;
    for (boolean u : used) if (u) g++;
    return g;
  }

  /** Codes of the observed combinations of a and b into {@code out}; returns their number. */
  private static int intersect(int[] a, int[] b, int lb, int[] out) {
    int n = a.length;
    long[] key = new long[n];
    for (int i = 0; i < n; i++) key[i] = (long) a[i] * lb + b[i];
    long[] distinct = key.clone();
    Arrays.sort(distinct);
    int m = 0;
    for (int i = 0; i < n; i++) if (i == 0 || distinct[i] != distinct[i - 1]) distinct[m++] = distinct[i];
    long[] d = Arrays.copyOf(distinct, m);
    for (int i = 0; i < n; i++) out[i] = Arrays.binarySearch(d, key[i]);
    return m;
  }
}
