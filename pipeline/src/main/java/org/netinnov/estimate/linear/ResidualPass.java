package org.netinnov.estimate.linear;

import java.util.stream.IntStream;

/**
 * One pass over the transformed regression at the estimates: fitted values {@code Xb}, residuals, RSS, the sums
 * about the first row behind the centred moments of y and the fitted values (R²), and, for one-way clustering, the
 * cluster scores {@code s[j][g] = Σ_{i: code_i = g} x_ji e_i} while the rows are in cache.
 *
 * <p>Fixed chunks of rows (their number a function of N alone) run in parallel and are added in chunk order. When
 * the cluster codes never decrease (clusters are runs of rows, e.g. firms of a panel sorted by firm) the chunks
 * start where a cluster starts, so each cluster is summed by one chunk in row order; otherwise the scores are
 * summed after the chunks, serially in row order. Either way every cluster's score is the row-order sum.
 */
final class ResidualPass {
  private static final int CHUNK_ROWS = 16_384;
  private static final int MAX_CHUNKS = 16;
  private static final int BLOCK = 1024;

  final double[] fitted, resid;
  double rss, sy, sf, syy, sff, syf;
  /** Cluster scores [k][levels], or null. */
  final double[][] scores;

  private ResidualPass(int n, int k, int levels, boolean cluster) {
    fitted = new double[n];
    resid = new double[n];
    scores = cluster ? new double[k][levels] : null;
  }

  /**
   * @param clusterCode codes of the one cluster variable (0..levels-1, length n), or null for no scores
   * @param moments     whether to accumulate the R² sums (about y[0] and the first fitted value)
   */
  static ResidualPass run(double[] y, double[][] x, double[] beta, int[] clusterCode, int levels, boolean moments) {
    int n = y.length, k = x.length;
    ResidualPass p = new ResidualPass(n, k, levels, clusterCode != null);
    if (n == 0) return p;
    double yShift = y[0], fShift = 0;
    for (int r = 0; r < k; r++) fShift += beta[r] * x[r][0];
    boolean runs = clusterCode != null && nonDecreasing(clusterCode);
    int chunks = (int) Math.max(1, Math.min(MAX_CHUNKS, n / CHUNK_ROWS));
    int[] bound = new int[chunks + 1];
    for (int c = 1; c < chunks; c++) {
      int b = Math.max(bound[c - 1], (int) ((long) n * c / chunks));
      if (runs) while (b < n && b > 0 && clusterCode[b] == clusterCode[b - 1]) b++;
      bound[c] = b;
    }
    bound[chunks] = n;
    double[][] sums = new double[chunks][6];
    double fs = fShift;
    IntStream cs = IntStream.range(0, chunks);
    if ((long) n * k >= 200_000 && chunks > 1) cs = cs.parallel();
    cs.forEach(c -> p.chunk(y, x, beta, bound[c], bound[c + 1], runs ? clusterCode : null, moments, yShift, fs,
        sums[c]));
    for (double[] s : sums) {
      p.rss += s[0];
      p.sy += s[1];
      p.sf += s[2];
      p.syy += s[3];
      p.sff += s[4];
      p.syf += s[5];
    }
    if (clusterCode != null && !runs)
      for (int s = 0; s < n; s += BLOCK) {
        int e = Math.min(n, s + BLOCK);
        for (int r = 0; r < k; r++) {
          double[] xr = x[r], sr = p.scores[r];
          for (int q = s; q < e; q++) sr[clusterCode[q]] += xr[q] * p.resid[q];
        }
      }
    return p;
  }

  private void chunk(double[] y, double[][] x, double[] beta, int from, int to, int[] code, boolean moments,
      double yShift, double fShift, double[] out) {
    int k = x.length;
    double rs = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0;
    for (int s = from; s < to; s += BLOCK) {
      int e = Math.min(to, s + BLOCK);
      for (int r = 0; r < k; r++) {
        double b = beta[r];
        double[] xr = x[r];
        for (int i = s; i < e; i++) fitted[i] += b * xr[i];
      }
      double r0 = 0, r1 = 0;
      int i = s;
      for (; i + 1 < e; i += 2) {
        double u0 = y[i] - fitted[i], u1 = y[i + 1] - fitted[i + 1];
        resid[i] = u0;
        resid[i + 1] = u1;
        r0 += u0 * u0;
        r1 += u1 * u1;
      }
      if (i < e) {
        double u0 = y[i] - fitted[i];
        resid[i] = u0;
        r0 += u0 * u0;
      }
      rs += r0 + r1;
      if (code != null)
        for (int r = 0; r < k; r++) {
          double[] xr = x[r], sr = scores[r];
          for (int q = s; q < e; q++) sr[code[q]] += xr[q] * resid[q];
        }
      if (moments)
        for (int q = s; q < e; q++) {
          double a = y[q] - yShift, f = fitted[q] - fShift;
          a1 += a;
          a2 += f;
          a3 += a * a;
          a4 += f * f;
          a5 += a * f;
        }
    }
    out[0] = rs;
    out[1] = a1;
    out[2] = a2;
    out[3] = a3;
    out[4] = a4;
    out[5] = a5;
  }

  private static boolean nonDecreasing(int[] code) {
    for (int i = 1; i < code.length; i++) if (code[i] < code[i - 1]) return false;
    return true;
  }
}
