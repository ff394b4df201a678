package org.netinnov.diagnose;

import java.util.Arrays;
import java.util.List;

/**
 * Pairwise correlations of the model variables on one sample (pairwise-complete observations).
 *
 * <p>Pearson r with the t test t = r √((n − 2)/(1 − r²)) on n − 2 degrees of freedom (two-sided). Spearman ρ is
 * the Pearson correlation of the ranks (ties get their average rank); its p-value uses the same t approximation,
 * which is what R's {@code cor.test(method = "spearman", exact = FALSE)} and most papers report.
 *
 * @param variables names, in table order
 * @param n         observations behind each pair
 * @param pearson   Pearson r (diagonal 1)
 * @param pearsonP  two-sided p-values of r (diagonal NaN)
 * @param spearman  Spearman ρ, or null when not asked for
 * @param spearmanP p-values of ρ (t approximation), or null
 * @param sample    the sample in words
 */
public record CorrelationMatrix(List<String> variables, int[][] n, double[][] pearson, double[][] pearsonP,
    double[][] spearman, double[][] spearmanP, String sample) {

  public CorrelationMatrix {
    variables = List.copyOf(variables);
  }

  public boolean hasSpearman() { return spearman != null; }

  /** Correlations of the columns {@code x[j]} (NaN = missing). */
  public static CorrelationMatrix of(List<String> names, double[][] x, boolean spearman, String sample) {
    int k = x.length;
    int[][] n = new int[k][k];
    double[][] r = new double[k][k], p = new double[k][k];
    double[][] rs = spearman ? new double[k][k] : null, ps = spearman ? new double[k][k] : null;
    double[][] fullRanks = new double[k][];
    for (int j = 0; j < k; j++) if (spearman && complete(x[j])) fullRanks[j] = ranks(x[j]);
    for (int a = 0; a < k; a++) {
      for (int b = 0; b <= a; b++) {
        int m = 0;
        for (int i = 0; i < x[a].length; i++) if (!Double.isNaN(x[a][i]) && !Double.isNaN(x[b][i])) m++;
        n[a][b] = n[b][a] = m;
        if (a == b) {
          r[a][a] = m > 1 ? 1.0 : Double.NaN;
          p[a][a] = Double.NaN;
          if (spearman) { rs[a][a] = r[a][a]; ps[a][a] = Double.NaN; }
          continue;
        }
        r[a][b] = r[b][a] = pearson(x[a], x[b]);
        p[a][b] = p[b][a] = pValue(r[a][b], m);
        if (spearman) {
          double[] ra, rb;
          if (fullRanks[a] != null && fullRanks[b] != null) { ra = fullRanks[a]; rb = fullRanks[b]; }
          else {
            double[][] pc = pairComplete(x[a], x[b], m);
            ra = ranks(pc[0]);
            rb = ranks(pc[1]);
          }
          rs[a][b] = rs[b][a] = pearson(ra, rb);
          ps[a][b] = ps[b][a] = pValue(rs[a][b], m);
        }
      }
    }
    return new CorrelationMatrix(names, n, r, p, rs, ps, sample);
  }

  /** Two-sided p-value of a correlation r from m pairs: t = r √((m − 2)/(1 − r²)) ~ t(m − 2). */
  public static double pValue(double r, int m) {
    if (Double.isNaN(r) || m < 3) return Double.NaN;
    if (Math.abs(r) >= 1) return 0.0;
    double t = r * Math.sqrt((m - 2) / (1 - r * r));
    return Distributions.tTwoSided(t, m - 2);
  }

  /** Pearson correlation over the rows where both are present (two passes: means, then centred sums). */
  static double pearson(double[] a, double[] b) {
    double sa = 0, sb = 0;
    int m = 0;
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i]) || Double.isNaN(b[i])) continue;
      sa += a[i];
      sb += b[i];
      m++;
    }
    if (m < 2) return Double.NaN;
    double ma = sa / m, mb = sb / m, sab = 0, saa = 0, sbb = 0;
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i]) || Double.isNaN(b[i])) continue;
      double da = a[i] - ma, db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    if (!(saa > 0) || !(sbb > 0)) return Double.NaN;
    return sab / Math.sqrt(saa * sbb);
  }

  /**
   * Ranks 1..n with ties averaged (R's {@code rank(ties.method = "average")}). The order comes from an LSD radix
   * sort of the values' bit patterns made order-preserving, carrying the row index (linear time, no boxing).
   */
  static double[] ranks(double[] v) {
    int n = v.length;
    long[][] sortedKey = new long[1][];
    int[] idx = order(v, sortedKey);
    long[] key = sortedKey[0];
    double[] out = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && key[j + 1] == key[i]) j++;
      double avg = (i + j) / 2.0 + 1.0;
      for (int t = i; t <= j; t++) out[idx[t]] = avg;
      i = j + 1;
    }
    return out;
  }

  /**
   * Row indices in increasing order of {@code v} (no NaN); {@code sortedKeyOut[0]} receives the sorted keys (equal
   * keys ⇔ equal values: −0.0 is keyed as 0.0).
   */
  static int[] order(double[] v, long[][] sortedKeyOut) {
    int n = v.length;
    long[] key = new long[n], key2 = new long[n];
    int[] idx = new int[n], idx2 = new int[n];
    for (int i = 0; i < n; i++) {
      long b = Double.doubleToRawLongBits(v[i] == 0 ? 0.0 : v[i]);
      key[i] = b ^ ((b >> 63) | Long.MIN_VALUE); // unsigned order of key = numeric order of v
      idx[i] = i;
    }
    int[] count = new int[257];
    for (int shift = 0; shift < 64; shift += 8) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) count[(int) ((key[i] >>> shift) & 0xFF) + 1]++;
      if (count[(int) ((key[0] >>> shift) & 0xFF) + 1] == n) continue; // every key shares this digit
      for (int d = 0; d < 256; d++) count[d + 1] += count[d];
      for (int i = 0; i < n; i++) {
        int pos = count[(int) ((key[i] >>> shift) & 0xFF)]++;
        key2[pos] = key[i];
        idx2[pos] = idx[i];
      }
      long[] tk = key; key = key2; key2 = tk;
      int[] ti = idx; idx = idx2; idx2 = ti;
    }
    sortedKeyOut[0] = key;
    return idx;
  }

  private static boolean complete(double[] v) {
    for (double d : v) if (Double.isNaN(d)) return false;
    return true;
  }

  private static double[][] pairComplete(double[] a, double[] b, int m) {
    double[] ca = new double[m], cb = new double[m];
    for (int i = 0, j = 0; i < a.length; i++)
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) { ca[j] = a[i]; cb[j++] = b[i]; }
    return new double[][] {ca, cb};
  }

  @Override public String toString() {
    return "CorrelationMatrix" + variables + " " + Arrays.deepToString(pearson);
  }
}
