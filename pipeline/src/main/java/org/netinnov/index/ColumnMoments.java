package org.netinnov.index;

/**
 * Range, mean and sample standard deviation of one indicator over a subset of rows, skipping missing values
 * (NaN). Two passes for the variance (mean first), which keeps full precision for indicators far from zero.
 */
final class ColumnMoments {
  final int count;
  final double min;
  final double max;
  final double mean;
  /** Sample standard deviation (divisor n − 1); NaN when fewer than 2 values. */
  final double sd;

  private ColumnMoments(int count, double min, double max, double mean, double sd) {
    this.count = count;
    this.min = min;
    this.max = max;
    this.mean = mean;
    this.sd = sd;
  }

  static ColumnMoments of(double[] x, int[] rows) {
    int n = 0;
    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
    for (int i : rows) {
      double v = x[i];
      if (Double.isNaN(v)) continue;
      n++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (n == 0) return new ColumnMoments(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double mean = sum / n;
    double ss = 0;
    for (int i : rows) {
      double v = x[i];
      if (Double.isNaN(v)) continue;
      double d = v - mean;
      ss += d * d;
    }
    return new ColumnMoments(n, min, max, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN);
  }

  double range() { return max - min; }
}
