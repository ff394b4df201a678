package org.netinnov.estimate.linalg;

import java.util.concurrent.RecursiveTask;

/**
 * {@code C = Z'Z} for column-stored data {@code z[j][i]}, computed in row blocks so that every block of every column
 * is read from memory once (a dot product per pair would stream each column K times), and split over the
 * fork-join pool when the data are large.
 *
 * <p>Within a block, column a is multiplied with four columns b..b+3 at once (one load of {@code z[a][i]} feeds
 * four products, eight independent sums), which roughly halves the loads of pairwise dot products.
 * {@link #accumulate} exposes the block kernel so that a caller producing data block by block (a fixed-effect
 * projection) can form the cross products while the block is still in cache.
 */
public final class CrossProducts {
  private CrossProducts() {}

  /** Rows per block: 9 columns × 512 rows × 8 bytes = 36 KB, within a 48 KB L1 data cache. */
  public static final int BLOCK = 512;
  private static final int PARALLEL_MIN_ROWS = 200_000;

  /** Full symmetric {@code Z'Z}. */
  public static double[][] of(double[][] z) {
    int k = z.length;
    int n = k == 0 ? 0 : z[0].length;
    double[] packed;
    if (n >= PARALLEL_MIN_ROWS && Runtime.getRuntime().availableProcessors() > 1) {
      // invoke() computes in this thread and forks halves to the current fork-join pool (the common pool
      // unless the caller runs inside another pool)
      packed = new Task(z, 0, n).invoke();
    } else {
      packed = range(z, 0, n);
    }
    return unpack(packed, k);
  }

  /** The symmetric matrix of a lower triangle packed row by row ({@code (a, b), b ≤ a} at {@code a(a+1)/2 + b}). */
  public static double[][] unpack(double[] packed, int k) {
    double[][] c = new double[k][k];
    for (int a = 0, p = 0; a < k; a++)
      for (int b = 0; b <= a; b++, p++) {
        c[a][b] = packed[p];
        c[b][a] = packed[p];
      }
    return c;
  }

  /** Lower triangle packed row by row, summed over rows {@code lo..hi-1}. */
  static double[] range(double[][] z, int lo, int hi) {
    int k = z.length;
    double[] acc = new double[k * (k + 1) / 2];
    for (int s = lo; s < hi; s += BLOCK) accumulate(z, s, Math.min(hi, s + BLOCK), acc);
    return acc;
  }

  /**
   * Adds {@code Σ_{i=from}^{to-1} z[a][i] z[b][i]} to {@code packed[a(a+1)/2 + b]} for every {@code b ≤ a}. Meant
   * for blocks that fit in cache (about {@link #BLOCK} rows).
   */
  public static void accumulate(double[][] z, int from, int to, double[] packed) {
    int k = z.length;
    for (int a = 0; a < k; a++) {
      double[] za = z[a];
      int row = a * (a + 1) / 2;
      int b = 0;
      for (; b + 3 <= a; b += 4) {
        double[] z0 = z[b], z1 = z[b + 1], z2 = z[b + 2], z3 = z[b + 3];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
          double u = za[i], v = za[i + 1];
          s0 += u * z0[i];
          s1 += u * z1[i];
          s2 += u * z2[i];
          s3 += u * z3[i];
          t0 += v * z0[i + 1];
          t1 += v * z1[i + 1];
          t2 += v * z2[i + 1];
          t3 += v * z3[i + 1];
        }
        if (i < to) {
          double u = za[i];
          s0 += u * z0[i];
          s1 += u * z1[i];
          s2 += u * z2[i];
          s3 += u * z3[i];
        }
        packed[row + b] += s0 + t0;
        packed[row + b + 1] += s1 + t1;
        packed[row + b + 2] += s2 + t2;
        packed[row + b + 3] += s3 + t3;
      }
      for (; b <= a; b++) packed[row + b] += dot(za, z[b], from, to);
    }
  }

  /**
   * Accumulates {@code Z'Z} over tiles of rows held in buffers indexed from 0: each pair (a, b ≤ a) has a row of
   * {@link #BLOCK} partial sums, {@code lane[t] += z_a[t] z_b[t]}, a loop the JIT compiles to SIMD instructions
   * (a dot product's single sum cannot be vectorised without reordering it, which Java does not do); the lanes are
   * added up once at the end. Not thread safe: one accumulator per thread or chunk.
   */
  public static final class Accumulator {
    private final int k;
    private final double[][] lanes;

    public Accumulator(int k) {
      this.k = k;
      this.lanes = new double[k * (k + 1) / 2][BLOCK];
    }

    /** Adds rows {@code 0..len-1} of the columns {@code z[0..k-1]}. */
    public void add(double[][] z, int len) {
      for (int q = 0; q < len; q += BLOCK) {
        int m = Math.min(BLOCK, len - q);
        for (int a = 0, p = 0; a < k; a++) {
          double[] za = z[a];
          for (int b = 0; b <= a; b++, p++) {
            double[] zb = z[b], lane = lanes[p];
            if (q == 0) for (int t = 0; t < m; t++) lane[t] += za[t] * zb[t];
            else for (int t = 0; t < m; t++) lane[t] += za[q + t] * zb[q + t];
          }
        }
      }
    }

    /** The lower triangle of the sum so far, packed row by row (as {@link #unpack} reads it). */
    public double[] packed() {
      double[] out = new double[lanes.length];
      for (int p = 0; p < lanes.length; p++) {
        double[] lane = lanes[p];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int t = 0; t < BLOCK; t += 4) {
          s0 += lane[t];
          s1 += lane[t + 1];
          s2 += lane[t + 2];
          s3 += lane[t + 3];
        }
        out[p] = (s0 + s1) + (s2 + s3);
      }
      return out;
    }
  }

  /** Dot product over {@code s..e-1} with four independent partial sums (a single chain is add-latency bound). */
  static double dot(double[] u, double[] v, int s, int e) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = s;
    for (; i + 3 < e; i += 4) {
      s0 += u[i] * v[i];
      s1 += u[i + 1] * v[i + 1];
      s2 += u[i + 2] * v[i + 2];
      s3 += u[i + 3] * v[i + 3];
    }
    for (; i < e; i++) s0 += u[i] * v[i];
    return (s0 + s1) + (s2 + s3);
  }

  private static final class Task extends RecursiveTask<double[]> {
    private final double[][] z;
    private final int lo;
    private final int hi;

    Task(double[][] z, int lo, int hi) {
      this.z = z;
      this.lo = lo;
      this.hi = hi;
    }

    @Override protected double[] compute() {
      if (hi - lo <= PARALLEL_MIN_ROWS / 2) return range(z, lo, hi);
      int mid = (lo + hi) >>> 1;
      Task left = new Task(z, lo, mid);
      left.fork();
      double[] right = new Task(z, mid, hi).compute();
      double[] l = left.join();
      for (int i = 0; i < l.length; i++) l[i] += right[i];
      return l;
    }
  }
}
