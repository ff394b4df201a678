package org.netinnov.mechanism;

import java.util.Arrays;
import org.netinnov.estimate.linalg.SequentialCholesky;

/**
 * Per-firm cross products from which the within regressions of any bootstrap sample of whole firms follow exactly,
 * without touching row-level data twice: the fast path of the cluster bootstrap.
 *
 * <p>Columns Z (every outcome and regressor of the path equations) are demeaned within firm once (Z̃). The other
 * fixed effects are removed by Frisch–Waugh–Lovell with their dummies D (the first level of each factor left out;
 * an intercept column instead of the firm effect when no firm effect is absorbed). For a sample in which firm g
 * appears w_g times, each copy with its own firm effect,
 *
 * <pre>
 *   A = Σ_g w_g Z̃_g'Z̃_g,   B = Σ_g w_g D_g'Z̃_g,   C = Σ_g w_g (D_g'D_g − s_g s_g'/n_g)   (s_g = D_g'1; the last
 *   term only when the firm effect is absorbed),   Z'M Z = A − B'C⁺B,
 * </pre>
 *
 * the Gram matrix of Z after sweeping out every fixed effect (M: the annihilator of the firm-copy and other
 * dummies). A copy's demeaned rows equal the original firm's, so A is a weighted sum of per-firm matrices computed
 * once and B, C need one pass over the drawn firms' rows; the equation of each path is then a small K×K solve on a
 * sub-matrix of Z'MZ ({@link #coefficients}). Collinearity follows {@code FitAssembler} of the linear estimators: a
 * regressor whose swept sum of squares is at most 1e-10 of its centred sum of squares is absorbed, then an
 * order-keeping Cholesky with the same tolerance drops regressors collinear with earlier ones.
 *
 * <p>Immutable after construction and shared by all threads; each thread owns a {@link Workspace}.
 */
final class FirmCrossProducts {
  /** Collinearity tolerance on squared norms: the linear fits' own. */
  static final double TOL = SequentialCholesky.DEFAULT_TOL;
  /** Largest number of dummy columns for the non-firm fixed effects on this path (a dense q×q solve per sample). */
  static final int MAX_DUMMIES = 400;

  final int p;
  final int nFirms;
  final int q;
  private final int[] start;
  private final boolean firmDemeaned;
  /** Row-major n×p: demeaned within firm (or raw, centred at the sample mean, without firm effects). */
  private final double[] z;
  /** Per firm the packed lower triangle of Z̃_g'Z̃_g. */
  private final double[] gram;
  /** Per firm Σ z and Σ z² of the raw columns centred at their full-sample mean (for the centred sums of squares). */
  private final double[] sum;
  private final double[] sumSq;
  /** dummy[f][i]: dummy column of row i for factor f, or −1 (reference level). */
  private final int[][] dummy;
  private final int tri;

  /**
   * @param columns   the p columns, each of length n, rows sorted by firm
   * @param firm      firm code of each row, non-decreasing, 0..nFirms−1
   * @param demeanByFirm whether the firm effect is absorbed
   * @param factors   codes of the other absorbed factors (0..levels−1 per row)
   * @param levels    their numbers of levels
   */
  FirmCrossProducts(double[][] columns, int[] firm, int nFirms, boolean demeanByFirm, int[][] factors, int[] levels) {
    this.p = columns.length;
    this.nFirms = nFirms;
    this.firmDemeaned = demeanByFirm;
    int n = firm.length;
    this.tri = p * (p + 1) / 2;
    this.start = new int[nFirms + 1];
    for (int i = 0; i < n; i++) start[firm[i] + 1]++;
    for (int g = 0; g < nFirms; g++) start[g + 1] += start[g];
    for (int i = 1; i < n; i++)
      if (firm[i] < firm[i - 1]) throw new IllegalArgumentException("rows must be sorted by firm");

    // dummy columns: intercept (no firm effect) then levels 1.. of each factor
    int nf = factors.length + (demeanByFirm ? 0 : 1);
    dummy = new int[nf][];
    int col = 0, f0 = 0;
    if (!demeanByFirm) {
      dummy[0] = new int[n];
      col = 1;
      f0 = 1;
    }
    for (int f = 0; f < factors.length; f++) {
      int[] d = new int[n];
      for (int i = 0; i < n; i++) d[i] = factors[f][i] == 0 ? -1 : col + factors[f][i] - 1;
      dummy[f0 + f] = d;
      col += levels[f] - 1;
    }
    this.q = col;
    if (q > MAX_DUMMIES)
      throw new IllegalArgumentException("the fast bootstrap path handles at most " + MAX_DUMMIES
          + " dummy columns for fixed effects other than the firm; these have " + q);

    z = new double[n * p];
    sum = new double[nFirms * p];
    sumSq = new double[nFirms * p];
    gram = new double[nFirms * tri];
    double[] mean = new double[p];
    for (int k = 0; k < p; k++) {
      double s = 0;
      for (double v : columns[k]) s += v;
      mean[k] = n == 0 ? 0 : s / n;
    }
    double[] fm = new double[p];
    for (int g = 0; g < nFirms; g++) {
      int a = start[g], b = start[g + 1], ng = b - a;
      for (int k = 0; k < p; k++) {
        double[] c = columns[k];
        double s = 0, s2 = 0;
        for (int i = a; i < b; i++) {
          double v = c[i] - mean[k];
          s += v;
          s2 += v * v;
        }
        sum[g * p + k] = s;
        sumSq[g * p + k] = s2;
        fm[k] = demeanByFirm ? s / ng : 0.0;
        for (int i = a; i < b; i++) z[i * p + k] = c[i] - mean[k] - fm[k];
      }
      int off = g * tri;
      for (int i = a; i < b; i++) {
        int r = i * p, t = off;
        for (int k = 0; k < p; k++) {
          double zk = z[r + k];
          for (int l = 0; l <= k; l++) gram[t++] += zk * z[r + l];
        }
      }
    }
  }

  int rows(int g) { return start[g + 1] - start[g]; }

  /** Buffers of one thread. */
  static final class Workspace {
    final double[] a;
    final double[][] b;
    final double[][] c;
    final double[][] l;
    final double[] scale;
    final boolean[] kept;
    final double[] s;
    final int[] touched;
    final double[][] m;
    final double[] css;
    final double[] colSum;
    final double[] colSq;
    // equation solve
    final double[][] e;
    final double[] eScale;
    final boolean[] eKept;
    final double[] rhs;

    Workspace(FirmCrossProducts x) {
      int p = x.p, q = x.q;
      a = new double[x.tri];
      b = new double[q][p];
      c = new double[q][q];
      l = new double[q][q];
      scale = new double[q];
      kept = new boolean[q];
      s = new double[q];
      touched = new int[q];
      m = new double[p][p];
      css = new double[p];
      colSum = new double[p];
      colSq = new double[p];
      e = new double[p][p];
      eScale = new double[p];
      eKept = new boolean[p];
      rhs = new double[p];
    }
  }

  /**
   * Fills {@code ws.m} with Z'MZ and {@code ws.css} with the centred sums of squares of the columns for the sample
   * in which firm g appears {@code w[g]} times.
   */
  void sweep(int[] w, Workspace ws) {
    double[] a = ws.a;
    Arrays.fill(a, 0.0);
    Arrays.fill(ws.colSum, 0.0);
    Arrays.fill(ws.colSq, 0.0);
    for (double[] row : ws.b) Arrays.fill(row, 0.0);
    for (double[] row : ws.c) Arrays.fill(row, 0.0);
    double wn = 0;
    for (int g = 0; g < nFirms; g++) {
      int wg = w[g];
      if (wg == 0) continue;
      int off = g * tri;
      for (int t = 0; t < tri; t++) a[t] += wg * gram[off + t];
      for (int k = 0; k < p; k++) {
        ws.colSum[k] += wg * sum[g * p + k];
        ws.colSq[k] += wg * sumSq[g * p + k];
      }
      int from = start[g], to = start[g + 1];
      wn += (double) wg * (to - from);
      if (q > 0) accumulateDummies(wg, from, to, ws);
    }
    double[][] m = ws.m;
    for (int k = 0, t = 0; k < p; k++)
      for (int l = 0; l <= k; l++, t++) {
        m[k][l] = a[t];
        m[l][k] = a[t];
      }
    for (int k = 0; k < p; k++) ws.css[k] = wn > 0 ? ws.colSq[k] - ws.colSum[k] * ws.colSum[k] / wn : 0.0;
    if (q > 0) subtractDummyPart(ws);
  }

  private void accumulateDummies(int wg, int from, int to, Workspace ws) {
    double[][] b = ws.b, c = ws.c;
    double[] s = ws.s;
    int[] touched = ws.touched;
    int nt = 0;
    int nf = dummy.length;
    for (int i = from; i < to; i++) {
      int r = i * p;
      for (int f = 0; f < nf; f++) {
        int col = dummy[f][i];
        if (col < 0) continue;
        if (s[col] == 0) touched[nt++] = col;
        s[col] += 1;
        double[] brow = b[col];
        for (int k = 0; k < p; k++) brow[k] += wg * z[r + k];
        c[col][col] += wg;
        for (int f2 = 0; f2 < f; f2++) {
          int col2 = dummy[f2][i];
          if (col2 < 0) continue;
          if (col > col2) c[col][col2] += wg;
          else c[col2][col] += wg;
        }
      }
    }
    if (firmDemeaned) {
      double k = (double) wg / (to - from);
      for (int x = 0; x < nt; x++) {
        int ca = touched[x];
        for (int y = 0; y < nt; y++) {
          int cb = touched[y];
          if (ca >= cb) c[ca][cb] -= k * s[ca] * s[cb];
        }
      }
    }
    for (int x = 0; x < nt; x++) s[touched[x]] = 0;
  }

  /** m ← m − B'C⁺B by an order-keeping Cholesky of the equilibrated C (redundant dummies skipped). */
  private void subtractDummyPart(Workspace ws) {
    double[][] c = ws.c, l = ws.l, b = ws.b, m = ws.m;
    double[] scale = ws.scale;
    boolean[] kept = ws.kept;
    SequentialCholesky.factorInto(c, q, TOL, l, scale, kept);
    // W = L⁻¹ S B, overwriting B row by row (kept rows only)
    for (int j = 0; j < q; j++) {
      if (!kept[j]) continue;
      double[] bj = b[j], lj = l[j];
      for (int k = 0; k < p; k++) bj[k] *= scale[j];
      for (int t = 0; t < j; t++) {
        if (!kept[t]) continue;
        double f = lj[t];
        if (f == 0) continue;
        double[] bt = b[t];
        for (int k = 0; k < p; k++) bj[k] -= f * bt[k];
      }
      double inv = 1.0 / lj[j];
      for (int k = 0; k < p; k++) bj[k] *= inv;
    }
    for (int j = 0; j < q; j++) {
      if (!kept[j]) continue;
      double[] bj = b[j];
      for (int k = 0; k < p; k++) {
        double v = bj[k];
        if (v == 0) continue;
        double[] mk = m[k];
        for (int t = 0; t <= k; t++) mk[t] -= v * bj[t];
      }
    }
    for (int k = 0; k < p; k++) for (int t = 0; t < k; t++) m[t][k] = m[k][t];
  }

  /**
   * OLS coefficients of column {@code dep} on columns {@code regs} from the swept Gram matrix in {@code ws}
   * (after {@link #sweep}); a dropped (absorbed or collinear) regressor gets NaN.
   */
  static void coefficients(Workspace ws, int[] regs, int dep, double[] out) {
    int k = regs.length;
    double[][] m = ws.m, e = ws.e;
    double[] sc = ws.eScale, rhs = ws.rhs;
    boolean[] kept = ws.eKept;
    for (int x = 0; x < k; x++) {
      int r = regs[x];
      double d = m[r][r];
      boolean absorbed = !(d > 0) || d <= TOL * ws.css[r];
      sc[x] = absorbed ? 0.0 : 1.0 / Math.sqrt(d);
      kept[x] = false;
    }
    for (int j = 0; j < k; j++) {
      if (sc[j] == 0) continue;
      double[] ej = e[j];
      double d = 1.0;
      for (int t = 0; t < j; t++) if (kept[t]) d -= ej[t] * ej[t];
      if (!(d > TOL)) continue;
      double djj = Math.sqrt(d);
      ej[j] = djj;
      kept[j] = true;
      for (int i = j + 1; i < k; i++) {
        if (sc[i] == 0) continue;
        double[] ei = e[i];
        double v = m[regs[i]][regs[j]] * sc[i] * sc[j];
        for (int t = 0; t < j; t++) if (kept[t]) v -= ei[t] * ej[t];
        ei[j] = v / djj;
      }
    }
    // forward then backward substitution on the kept columns, in equilibrated units
    for (int j = 0; j < k; j++) {
      if (!kept[j]) continue;
      double v = m[regs[j]][dep] * sc[j];
      for (int t = 0; t < j; t++) if (kept[t]) v -= e[j][t] * rhs[t];
      rhs[j] = v / e[j][j];
    }
    for (int j = k - 1; j >= 0; j--) {
      if (!kept[j]) continue;
      double v = rhs[j];
      for (int i = j + 1; i < k; i++) if (kept[i]) v -= e[i][j] * rhs[i];
      rhs[j] = v / e[j][j];
    }
    for (int j = 0; j < k; j++) out[j] = kept[j] ? rhs[j] * sc[j] : Double.NaN;
  }
}
