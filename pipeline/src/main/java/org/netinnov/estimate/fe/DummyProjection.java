package org.netinnov.estimate.fe;

import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.linalg.SequentialCholesky;

/**
 * Exact projection off several sets of fixed effects when all but the largest have few levels (short panels: firm
 * plus year, firm plus industry-year with few industries, ...).
 *
 * <p>By Frisch–Waugh–Lovell, with P the primary factor's dummies, D the dummies of the other factors (L columns),
 * W the weights and M = I − P(P'WP)⁻¹P'W the weighted group demeaning:
 * <pre>
 *   M_{[P D]} x = M x − D̃ γ,   D̃ = M D,   (D̃'W D̃) γ = D̃'W M x = D'W M x,
 *   D̃'W D̃ = D'W D − Σ_g c_g c_g' / W_g,   c_g = weighted counts of each level of D in group g of P.
 * </pre>
 * D̃'WD̃ is only L×L; it is factorised once (order-keeping Cholesky with tolerance), so each column costs two passes
 * over the data plus an L×L solve. The rank of D̃'WD̃ is the number of identified effects beyond the primary ones,
 * exact for any number of factors (up to the tolerance).
 */
final class DummyProjection {
  private final Grouping primary;
  private final int[][] secCodes;
  private final int[] offset;
  private final int l;
  private final double[] w;
  private final SequentialCholesky chol;

  DummyProjection(Grouping primary, List<Factor> secondary, double[] w) {
    this.primary = primary;
    this.w = w;
    int nf = secondary.size();
    secCodes = new int[nf][];
    offset = new int[nf];
    int total = 0;
    for (int f = 0; f < nf; f++) {
      Factor fac = secondary.get(f);
      secCodes[f] = fac.codes();
      offset[f] = total;
      total += fac.levels();
      for (int c : fac.codes())
        if (c < 0 || c >= fac.levels())
          throw new IllegalArgumentException("factor `" + fac.name() + "` has a missing or invalid code");
    }
    l = total;
    chol = SequentialCholesky.of(crossProduct(), SequentialCholesky.DEFAULT_TOL);
  }

  /**
   * The common case (firm blocks, one small factor such as the year, no weights) without the generic inner loops:
   * the same two passes as {@link #project}.
   */
  private void projectOneUnweighted(double[] x) {
    int[] bs = primary.blockStart;
    int[] code = secCodes[0];
    double[] inv = primary.invTotal;
    int[] pc = primary.codes;
    double[] b = new double[l];
    for (int k = 0; k + 1 < bs.length; k++) {
      int s = bs[k], e = bs[k + 1];
      double sum = 0;
      for (int i = s; i < e; i++) sum += x[i];
      double m = sum * inv[pc[s]];
      for (int i = s; i < e; i++) {
        double v = x[i] - m;
        x[i] = v;
        b[code[i]] += v;
      }
    }
    double[] gamma = chol.solve(b);
    for (int k = 0; k + 1 < bs.length; k++) {
      int s = bs[k], e = bs[k + 1];
      double sum = 0;
      for (int i = s; i < e; i++) sum += gamma[code[i]];
      double m = sum * inv[pc[s]];
      for (int i = s; i < e; i++) x[i] -= gamma[code[i]] - m;
    }
  }

  /** Identified effects among the secondary factors, given the primary one. */
  int rank() { return chol.rank(); }

  Grouping primary() { return primary; }

  boolean weighted() { return w != null; }

  /** Codes of each secondary factor. */
  int[][] secondaryCodes() { return secCodes; }

  /** Position of level 0 of each secondary factor among the {@link #secondaryLevels()} dummy columns. */
  int[] secondaryOffsets() { return offset; }

  /** γ = (D̃'WD̃)⁻¹ b (generalised inverse: 0 for redundant levels). */
  double[] solve(double[] b) { return chol.solve(b); }

  int secondaryLevels() { return l; }

  private double[][] crossProduct() {
    if (secCodes.length == 1 && w == null && primary.blockStart != null) return crossProductOneUnweighted();
    int n = primary.codes.length;
    int nf = secCodes.length;
    double[][] c = new double[l][l];
    // D'WD, including the co-occurrence blocks between different secondary factors
    for (int i = 0; i < n; i++) {
      double wi = w == null ? 1.0 : w[i];
      for (int f = 0; f < nf; f++) {
        int p = offset[f] + secCodes[f][i];
        for (int g = 0; g <= f; g++) c[p][offset[g] + secCodes[g][i]] += wi;
      }
    }
    // minus Σ_g c_g c_g' / W_g, accumulating each group's weighted level counts in a dense scratch vector
    int[] order = rowsByGroup();
    int[] start = groupStarts();
    double[] acc = new double[l];
    int[] touched = new int[l];
    for (int g = 0; g + 1 < start.length; g++) {
      int nt = 0;
      int s = start[g], e = start[g + 1];
      if (s == e) continue;
      double inv = primary.invTotal[primary.codes[order == null ? s : order[s]]];
      for (int r = s; r < e; r++) {
        int i = order == null ? r : order[r];
        double wi = w == null ? 1.0 : w[i];
        for (int f = 0; f < nf; f++) {
          int p = offset[f] + secCodes[f][i];
          if (acc[p] == 0.0) touched[nt++] = p;
          acc[p] += wi;
        }
      }
      for (int a = 0; a < nt; a++) {
        int p = touched[a];
        double cp = acc[p] * inv;
        for (int b = 0; b < nt; b++) {
          int q = touched[b];
          if (q <= p) c[p][q] -= cp * acc[q];
        }
      }
      for (int a = 0; a < nt; a++) acc[touched[a]] = 0.0;
    }
    for (int p = 0; p < l; p++)
      for (int q = 0; q < p; q++) c[q][p] = c[p][q];
    return c;
  }

  /** Widest secondary factor whose level sets are tallied by bit mask (2^16 doubles of scratch). */
  private static final int MASK_LEVELS = 16;

  /**
   * D'D − Σ_g c_g c_g'/T_g for one secondary factor, firm blocks and no weights, into a flat lower triangle. In a
   * panel each level (year) occurs at most once per firm, so c_g is the 0/1 indicator of the firm's set of years:
   * with few levels the sets are tallied by bit mask ({@code Σ 1/T_g} per distinct set, at most 2^L of them) and
   * each distinct set is expanded once, instead of every firm's pairs of rows. Blocks that repeat a level, and
   * factors with more levels, take the pairwise sum.
   */
  private double[][] crossProductOneUnweighted() {
    int[] code = secCodes[0];
    int[] bs = primary.blockStart;
    double[] flat = new double[l * l];
    for (int c : code) flat[c * l + c] += 1.0;
    double[] byMask = l <= MASK_LEVELS ? new double[1 << l] : null;
    for (int k = 0; k + 1 < bs.length; k++) {
      int s = bs[k], e = bs[k + 1];
      double inv = 1.0 / (e - s);
      if (byMask != null) {
        int mask = 0;
        boolean distinct = true;
        for (int i = s; i < e; i++) {
          int bit = 1 << code[i];
          distinct &= (mask & bit) == 0;
          mask |= bit;
        }
        if (distinct) {
          byMask[mask] += inv;
          continue;
        }
      }
      for (int i = s; i < e; i++) {
        int row = code[i] * l;
        for (int j = s; j < e; j++) if (code[j] <= code[i]) flat[row + code[j]] -= inv;
      }
    }
    if (byMask != null) {
      int[] levels = new int[l];
      for (int mask = 1; mask < byMask.length; mask++) {
        double wsum = byMask[mask];
        if (wsum == 0) continue;
        int m = 0;
        for (int p = 0; p < l; p++) if ((mask & (1 << p)) != 0) levels[m++] = p;
        for (int a = 0; a < m; a++)
          for (int b = 0; b <= a; b++) flat[levels[a] * l + levels[b]] -= wsum;
      }
    }
    double[][] c = new double[l][l];
    for (int p = 0; p < l; p++)
      for (int q = 0; q <= p; q++) {
        c[p][q] = flat[p * l + q];
        c[q][p] = flat[p * l + q];
      }
    return c;
  }

  /** Rows ordered by primary level (null when they already are, i.e. contiguous blocks). */
  private int[] rowsByGroup() {
    if (primary.blockStart != null) return null;
    int n = primary.codes.length;
    int[] pos = new int[primary.levels + 1];
    for (int c : primary.codes) pos[c + 1]++;
    for (int g = 0; g < primary.levels; g++) pos[g + 1] += pos[g];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[pos[primary.codes[i]]++] = i;
    return order;
  }

  private int[] groupStarts() {
    if (primary.blockStart != null) return primary.blockStart;
    int[] start = new int[primary.levels + 1];
    for (int c : primary.codes) start[c + 1]++;
    for (int g = 0; g < primary.levels; g++) start[g + 1] += start[g];
    return start;
  }

  /** {@code x ← M_{[P D]} x} in place. */
  void project(double[] x) {
    if (secCodes.length == 1 && w == null && primary.blockStart != null) {
      projectOneUnweighted(x);
      return;
    }
    int n = x.length;
    int nf = secCodes.length;
    double[] b = new double[l];
    int[] bs = primary.blockStart;
    if (bs != null) {
      // pass 1: demean each block and accumulate D'W(Mx) while the block is in cache
      for (int k = 0; k + 1 < bs.length; k++) {
        int s = bs[k], e = bs[k + 1];
        double sum = 0;
        if (w == null) for (int i = s; i < e; i++) sum += x[i];
        else for (int i = s; i < e; i++) sum += w[i] * x[i];
        double m = sum * primary.invTotal[primary.codes[s]];
        for (int i = s; i < e; i++) {
          double v = x[i] - m;
          x[i] = v;
          double wv = w == null ? v : w[i] * v;
          for (int f = 0; f < nf; f++) b[offset[f] + secCodes[f][i]] += wv;
        }
      }
    } else {
      primary.demean(x);
      for (int i = 0; i < n; i++) {
        double wv = w == null ? x[i] : w[i] * x[i];
        for (int f = 0; f < nf; f++) b[offset[f] + secCodes[f][i]] += wv;
      }
    }
    double[] gamma = chol.solve(b);
    // pass 2: x ← x − (Dγ − group mean of Dγ)
    if (bs != null) {
      for (int k = 0; k + 1 < bs.length; k++) {
        int s = bs[k], e = bs[k + 1];
        double sum = 0;
        for (int i = s; i < e; i++) {
          double v = 0;
          for (int f = 0; f < nf; f++) v += gamma[offset[f] + secCodes[f][i]];
          sum += w == null ? v : w[i] * v;
        }
        double m = sum * primary.invTotal[primary.codes[s]];
        for (int i = s; i < e; i++) {
          double v = 0;
          for (int f = 0; f < nf; f++) v += gamma[offset[f] + secCodes[f][i]];
          x[i] -= v - m;
        }
      }
    } else {
      double[] dg = new double[n];
      for (int i = 0; i < n; i++) {
        double v = 0;
        for (int f = 0; f < nf; f++) v += gamma[offset[f] + secCodes[f][i]];
        dg[i] = v;
      }
      double[] m = primary.means(dg);
      for (int i = 0; i < n; i++) x[i] -= dg[i] - m[primary.codes[i]];
    }
  }
}
