package org.netinnov.clean;

/**
 * Percentiles by Stata's {@code _pctile} definition (the one {@code winsor2} uses; R {@code quantile(type = 2)}).
 *
 * <p>With the n values sorted x(1) ≤ … ≤ x(n) and P = n·p (p a fraction): when P is a whole number the percentile
 * is (x(P) + x(P+1))/2, otherwise x(⌊P⌋ + 1). At the ends, x(0) and x(n+1) are read as x(1) and x(n).
 * Source: Stata manual [D] pctile, "Methods and formulas" (default definition, no altdef).
 *
 * <p>P is computed as n·(100p)/100 with 100p rounded to 9 decimals, the way Stata takes p in percent, so that
 * n = 300 and p = 0.01 give exactly P = 3 (the plain double product 300·0.01 is 3.0000000000000004); a P
 * within 1e-9 of a whole number counts as whole.
 */
final class Percentiles {
  private Percentiles() {}

  /** The {@code p}-th percentile (0 ≤ p ≤ 1) of the first {@code n} values of {@code sorted} (ascending, no NaN). */
  static double stata(double[] sorted, int n, double p) {
    if (n == 0) return Double.NaN;
    double pct = Math.rint(p * 100 * 1e9) / 1e9;
    double big = n * pct / 100;
    double whole = Math.rint(big);
    if (Math.abs(big - whole) < 1e-9) {
      int i = (int) whole;
      return (at(sorted, n, i) + at(sorted, n, i + 1)) / 2;
    }
    return at(sorted, n, (int) Math.floor(big) + 1);
  }

  /**
   * The same percentile of the first {@code n} values of {@code values} in any order (no NaN), found by selection
   * in O(n) instead of sorting; {@code values} is reordered.
   */
  static double stataUnsorted(double[] values, int n, double p) {
    if (n == 0) return Double.NaN;
    double pct = Math.rint(p * 100 * 1e9) / 1e9;
    double big = n * pct / 100;
    double whole = Math.rint(big);
    if (Math.abs(big - whole) < 1e-9) {
      int i = clamp((int) whole, n), j = clamp((int) whole + 1, n);
      double xi = select(values, n, i - 1);
      double xj = j == i ? xi : minFrom(values, i, n); // after selection, every value right of i-1 is >= x(i)
      return (xi + xj) / 2;
    }
    return select(values, n, clamp((int) Math.floor(big) + 1, n) - 1);
  }

  private static int clamp(int i, int n) { return Math.max(1, Math.min(n, i)); }

  private static double minFrom(double[] a, int from, int n) {
    double m = a[from];
    for (int i = from + 1; i < n; i++) if (a[i] < m) m = a[i];
    return m;
  }

  /**
   * The k-th smallest (0-based) of a[0..n): quickselect with a median-of-three pivot and a three-way partition (so
   * that columns with many ties, such as counts, stay linear). On return a[0..k) ≤ a[k] ≤ a(k..n).
   */
  static double select(double[] a, int n, int k) {
    int lo = 0, hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      double x = a[lo], y = a[mid], z = a[hi];
      double pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
      int lt = lo, gt = hi, i = lo;
      while (i <= gt) {
        double v = a[i];
        if (v < pivot) { a[i++] = a[lt]; a[lt++] = v; }
        else if (v > pivot) { a[i] = a[gt]; a[gt--] = v; }
        else i++;
      }
      if (k < lt) hi = lt - 1;
      else if (k > gt) lo = gt + 1;
      else return pivot;
    }
    return a[k];
  }

  /** x(i), 1-based, clamped to x(1)..x(n). */
  private static double at(double[] sorted, int n, int i) {
    return sorted[Math.max(0, Math.min(n - 1, i - 1))];
  }
}
