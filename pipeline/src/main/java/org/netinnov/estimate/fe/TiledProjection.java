package org.netinnov.estimate.fe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The unweighted projections of {@link FixedEffectsProjector} (group demeaning by a factor whose levels occupy
 * contiguous row blocks, optionally followed by the exact projection on small secondary factors of
 * {@link DummyProjection}) applied to all columns at once, tile by tile: a tile is a run of whole groups of about
 * {@link #TILE} rows, so all its columns sit in the L1/L2 cache while they are demeaned and handed to a
 * {@link FixedEffectsProjector.TileSink} (which forms cross products, say), and each column is read from memory
 * once per pass instead of once per operation.
 *
 * <p>Loops run group by group and, inside a group, column by column: every column of a group has the same number
 * of rows, so the branch predictor learns the group's loop length after its first column (column-outer loops
 * mispredict the exit of almost every short group).
 *
 * <p>Same arithmetic as the column-by-column projection, row by row: {@code v = x − m_g},
 * {@code x̃ = v − (Dγ − mean_g(Dγ))}; only the secondary right-hand sides {@code b = D'v} are summed chunk by chunk
 * (fixed chunks of whole groups, their number a function of N alone, added in chunk order), so the result is the
 * same with or without threads and differs from the sequential sum in the last bits only.
 */
final class TiledProjection {
  /** Target rows per tile. */
  static final int TILE = 512;
  /** Longest group the tiles accept (the tile buffers hold one group at least). */
  static final int MAX_GROUP = 4096;
  private static final int CHUNK_ROWS = 16_384;
  private static final int MAX_CHUNKS = 16;

  private final Grouping primary;
  private final DummyProjection exact;
  /** First block of each chunk, and the block count at the end. */
  private final int[] chunkBlock;
  private final int capacity;

  TiledProjection(Grouping primary, DummyProjection exactOrNull) {
    this.primary = primary;
    this.exact = exactOrNull;
    int[] bs = primary.blockStart;
    int blocks = bs.length - 1;
    int n = bs[blocks];
    int longest = 0;
    for (int b = 0; b < blocks; b++) longest = Math.max(longest, bs[b + 1] - bs[b]);
    capacity = Math.max(TILE, longest);
    int nChunks = (int) Math.max(1, Math.min(MAX_CHUNKS, Math.min(blocks, n / CHUNK_ROWS)));
    chunkBlock = new int[nChunks + 1];
    for (int c = 1, b = 0; c < nChunks; c++) {
      long target = (long) n * c / nChunks;
      while (b < blocks && bs[b] < target) b++;
      chunkBlock[c] = b;
    }
    chunkBlock[nChunks] = blocks;
  }

  /**
   * True when the projector's structure allows tiles: one unweighted grouping with contiguous blocks of at most
   * {@link #MAX_GROUP} rows.
   */
  static boolean applies(Grouping primary, DummyProjection exactOrNull) {
    if (primary == null || primary.w != null || primary.blockStart == null) return false;
    if (exactOrNull != null && exactOrNull.weighted()) return false;
    int[] bs = primary.blockStart;
    for (int b = 0; b + 1 < bs.length; b++) if (bs[b + 1] - bs[b] > MAX_GROUP) return false;
    return true;
  }

  /**
   * First pass of the exact projection over all columns: the secondary right-hand sides {@code b_j = D'(x_j − m_g)}
   * summed chunk by chunk, and γ_j solved from them.
   *
   * @param centredSS if not null, receives each source column's sum of squares about its mean (see {@link #tiles})
   * @param rhsOut    receives {@code b_j = D'(x_j − m_g)} of each column (the cross products of the demeaned
   *     dummies with the group-demeaned column)
   * @param meansOut  if not null, receives the group means {@code m_g} of each column, {@code [column][block]}
   * @return γ, one vector per column
   */
  double[][] gamma(double[][] src, double[] centredSS, double[][] rhsOut, double[][] meansOut, boolean parallel) {
    int nChunks = chunkBlock.length - 1;
    int cols = src.length;
    double[] shift = shifts(src);
    double[][][] ss = new double[nChunks][3][cols];
    int l = exact.secondaryLevels();
    double[][][] b = new double[nChunks][cols][l];
    chunks(nChunks, parallel).forEach(c -> rightHandSides(c, src, b[c], shift, ss[c], meansOut));
    sumsOfSquares(ss, rows(), centredSS);
    double[][] gamma = new double[cols][];
    for (int j = 0; j < cols; j++) {
      double[] total = new double[l];
      for (int c = 0; c < nChunks; c++) for (int q = 0; q < l; q++) total[q] += b[c][j][q];
      rhsOut[j] = total;
      gamma[j] = exact.solve(total);
    }
    return gamma;
  }

  /**
   * The projected columns tile by tile, to one sink per chunk (returned in row order), also written to
   * {@code dstOrNull} when given.
   *
   * @param gamma     from {@link #gamma} (exact projection), null for one factor
   * @param meansOut  one factor only: if not null, receives the group means of each column, [column][block]
   * @param centredSS one factor only: if not null, receives each source column's sum of squares about its mean,
   *     from the decomposition {@code Σ_g Σ_i (x_i − m_g)² + Σ_g T_g (m_g − x₀)² − (Σ_g T_g (m_g − x₀))² / N}
   *     (within plus between, the latter shifted by the column's first value x₀ against cancellation), which the
   *     group demeaning produces on the way
   */
  <S extends FixedEffectsProjector.TileSink> List<S> tiles(double[][] src, double[][] gamma, double[][] dstOrNull,
      Supplier<S> sinks, double[] centredSS, double[][] meansOut, boolean parallel) {
    int nChunks = chunkBlock.length - 1;
    List<S> out = new ArrayList<>(nChunks);
    for (int c = 0; c < nChunks; c++) out.add(sinks.get());
    if (gamma == null) {
      double[] shift = shifts(src);
      double[][][] ss = new double[nChunks][3][src.length];
      chunks(nChunks, parallel).forEach(c -> demeanChunk(c, src, dstOrNull, out.get(c), shift, ss[c], meansOut));
      sumsOfSquares(ss, rows(), centredSS);
    } else {
      chunks(nChunks, parallel).forEach(c -> projectChunk(c, src, dstOrNull, gamma, out.get(c)));
    }
    return out;
  }

  int blocks() { return primary.blockStart.length - 1; }

  private int rows() { return primary.blockStart[primary.blockStart.length - 1]; }

  private double[] shifts(double[][] src) {
    double[] shift = new double[src.length];
    if (rows() > 0) for (int j = 0; j < src.length; j++) shift[j] = src[j][0];
    return shift;
  }

  /** Combines the chunks' {within, Σ T(m − x₀), Σ T(m − x₀)²} in chunk order. */
  private static void sumsOfSquares(double[][][] ss, int n, double[] out) {
    if (out == null) return;
    for (int j = 0; j < out.length; j++) {
      double within = 0, b1 = 0, b2 = 0;
      for (double[][] c : ss) {
        within += c[0][j];
        b1 += c[1][j];
        b2 += c[2][j];
      }
      out[j] = n == 0 ? 0.0 : Math.max(0.0, within + b2 - b1 * b1 / n);
    }
  }

  /** Adds one group's contribution to {within, between shifted sum, between shifted squares} of column j. */
  private static void addGroup(double[][] ss, int j, double within, double m, double x0, int rows) {
    double d = m - x0;
    ss[0][j] += within;
    ss[1][j] += rows * d;
    ss[2][j] += rows * d * d;
  }

  private static IntStream chunks(int nChunks, boolean parallel) {
    IntStream s = IntStream.range(0, nChunks);
    return parallel && nChunks > 1 ? s.parallel() : s;
  }

  /** One factor: {@code x − group mean} into the tile buffer, tile by tile. */
  private void demeanChunk(int c, double[][] src, double[][] dst, FixedEffectsProjector.TileSink sink,
      double[] shift, double[][] ss, double[][] means) {
    int[] bs = primary.blockStart;
    int[] pc = primary.codes;
    double[] inv = primary.invTotal;
    int cols = src.length;
    double[][] tile = new double[cols][capacity];
    for (int b0 = chunkBlock[c], end = chunkBlock[c + 1]; b0 < end; ) {
      int b1 = tileEnd(b0, end);
      int s = bs[b0], e = bs[b1];
      for (int k = b0; k < b1; k++) {
        int s0 = bs[k], e0 = bs[k + 1];
        double in = inv[pc[s0]];
        for (int j = 0; j < cols; j++) {
          double[] x = src[j], t = tile[j];
          double sum = 0, q = 0;
          for (int i = s0; i < e0; i++) sum += x[i];
          double m = sum * in;
          for (int i = s0; i < e0; i++) {
            double v = x[i] - m;
            t[i - s] = v;
            q += v * v;
          }
          addGroup(ss, j, q, m, shift[j], e0 - s0);
          if (means != null) means[j][k] = m;
        }
      }
      emit(tile, e - s, s, dst, sink);
      b0 = b1;
    }
  }

  /** First pass of the exact projection: {@code b_j += D'(x_j − group mean)} over the chunk's rows. */
  private void rightHandSides(int c, double[][] src, double[][] b, double[] shift, double[][] ss, double[][] means) {
    int[] bs = primary.blockStart;
    int[] pc = primary.codes;
    double[] inv = primary.invTotal;
    int[][] sec = exact.secondaryCodes();
    int[] off = exact.secondaryOffsets();
    int nf = sec.length;
    int[] code = sec[0];
    int cols = src.length;
    for (int b0 = chunkBlock[c], end = chunkBlock[c + 1]; b0 < end; ) {
      int b1 = tileEnd(b0, end);
      for (int k = b0; k < b1; k++) {
        int s0 = bs[k], e0 = bs[k + 1];
        double in = inv[pc[s0]];
        for (int j = 0; j < cols; j++) {
          double[] x = src[j], bj = b[j];
          double sum = 0, q = 0;
          for (int i = s0; i < e0; i++) sum += x[i];
          double m = sum * in;
          if (nf == 1) {
            for (int i = s0; i < e0; i++) {
              double v = x[i] - m;
              bj[code[i]] += v;
              q += v * v;
            }
          } else {
            for (int i = s0; i < e0; i++) {
              double v = x[i] - m;
              for (int f = 0; f < nf; f++) bj[off[f] + sec[f][i]] += v;
              q += v * v;
            }
          }
          addGroup(ss, j, q, m, shift[j], e0 - s0);
          if (means != null) means[j][k] = m;
        }
      }
      b0 = b1;
    }
  }

  /** Second pass: {@code (x − m_g) − (Dγ − mean_g(Dγ))} into the tile buffer, then the tile goes out. */
  private void projectChunk(int c, double[][] src, double[][] dst, double[][] gamma,
      FixedEffectsProjector.TileSink sink) {
    int[] bs = primary.blockStart;
    int[] pc = primary.codes;
    double[] inv = primary.invTotal;
    int[][] sec = exact.secondaryCodes();
    int[] off = exact.secondaryOffsets();
    int nf = sec.length;
    int[] code = sec[0];
    int cols = src.length;
    double[][] tile = new double[cols][capacity];
    for (int b0 = chunkBlock[c], end = chunkBlock[c + 1]; b0 < end; ) {
      int b1 = tileEnd(b0, end);
      int s = bs[b0], e = bs[b1];
      for (int k = b0; k < b1; k++) {
        int s0 = bs[k], e0 = bs[k + 1];
        double in = inv[pc[s0]];
        for (int j = 0; j < cols; j++) {
          double[] x = src[j], t = tile[j], g = gamma[j];
          double sum = 0, gs = 0;
          if (nf == 1) {
            for (int i = s0; i < e0; i++) {
              sum += x[i];
              gs += g[code[i]];
            }
            double m = sum * in, m2 = gs * in;
            for (int i = s0; i < e0; i++) t[i - s] = (x[i] - m) - (g[code[i]] - m2);
          } else {
            for (int i = s0; i < e0; i++) {
              sum += x[i];
              double v = 0;
              for (int f = 0; f < nf; f++) v += g[off[f] + sec[f][i]];
              gs += v;
            }
            double m = sum * in, m2 = gs * in;
            for (int i = s0; i < e0; i++) {
              double v = 0;
              for (int f = 0; f < nf; f++) v += g[off[f] + sec[f][i]];
              t[i - s] = (x[i] - m) - (v - m2);
            }
          }
        }
      }
      emit(tile, e - s, s, dst, sink);
      b0 = b1;
    }
  }

  private static void emit(double[][] tile, int len, int from, double[][] dst, FixedEffectsProjector.TileSink sink) {
    sink.projected(tile, len, from);
    if (dst != null) for (int j = 0; j < tile.length; j++) System.arraycopy(tile[j], 0, dst[j], from, len);
  }

  /** End (exclusive) of the tile of whole blocks starting at block b0: at least one block, else at most TILE rows. */
  private int tileEnd(int b0, int end) {
    int[] bs = primary.blockStart;
    int b1 = b0 + 1;
    while (b1 < end && bs[b1 + 1] - bs[b0] <= TILE) b1++;
    return b1;
  }
}
