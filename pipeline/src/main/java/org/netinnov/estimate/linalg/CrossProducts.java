package org.netinnov.estimate.linalg;

import java.util.concurrent.RecursiveTask;

/**
 * {@code C = Z'Z} for column-stored data {@code z[j][i]}, computed in row blocks so that every block of every column
 * is read from memory once (a dot product per pair would stream each column K times), and split over the
 * fork-join pool when the data are large.
 */
public final class CrossProducts {
  private CrossProducts() {}

  private static final int BLOCK = 512;
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
    for (int s = lo; s < hi; s += BLOCK) {
      int e = Math.min(hi, s + BLOCK);
      for (int a = 0, p = 0; a < k; a++) {
        double[] za = z[a];
        for (int b = 0; b <= a; b++, p++) acc[p] += dot(za, z[b], s, e);
      }
    }
    return acc;
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
