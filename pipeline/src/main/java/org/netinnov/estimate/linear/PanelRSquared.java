package org.netinnov.estimate.linear;

/**
 * Stata {@code xtreg} R² figures of a panel fit with slope vector b (intercept excluded), on the estimation rows
 * (unweighted):
 * <pre>
 *   within  = corr²(y_it − ȳ_i, (x_it − x̄_i)'b)
 *   between = corr²(ȳ_i, x̄_i'b)      (one value per firm)
 *   overall = corr²(y_it, x_it'b)
 * </pre>
 * The firm is always the panel unit, whatever effects were absorbed.
 */
final class PanelRSquared {
  private PanelRSquared() {}

  /** {@code {within, between, overall}}. */
  static double[] of(double[] y, double[] xb, int[] firm) {
    int n = y.length;
    int nf = 0;
    for (int i = 0; i < n; i++) if (i == 0 || firm[i] != firm[i - 1]) nf++;
    double[] ym = new double[nf], xm = new double[nf];
    int[] cnt = new int[nf];
    int[] g = new int[n];
    for (int i = 0, c = -1; i < n; i++) {
      if (i == 0 || firm[i] != firm[i - 1]) c++;
      g[i] = c;
      ym[c] += y[i];
      xm[c] += xb[i];
      cnt[c]++;
    }
    for (int c = 0; c < nf; c++) {
      ym[c] /= cnt[c];
      xm[c] /= cnt[c];
    }
    double[] yw = new double[n], xw = new double[n];
    for (int i = 0; i < n; i++) {
      yw[i] = y[i] - ym[g[i]];
      xw[i] = xb[i] - xm[g[i]];
    }
    return new double[] {corr2(yw, xw, null), corr2(ym, xm, null), corr2(y, xb, null)};
  }

  /** Squared (weighted) Pearson correlation; NaN when either series is constant. */
  static double corr2(double[] a, double[] b, double[] w) {
    double sw = 0, ma = 0, mb = 0;
    for (int i = 0; i < a.length; i++) {
      double wi = w == null ? 1 : w[i];
      sw += wi;
      ma += wi * a[i];
      mb += wi * b[i];
    }
    ma /= sw;
    mb /= sw;
    double saa = 0, sbb = 0, sab = 0;
    for (int i = 0; i < a.length; i++) {
      double wi = w == null ? 1 : w[i];
      double da = a[i] - ma, db = b[i] - mb;
      saa += wi * da * da;
      sbb += wi * db * db;
      sab += wi * da * db;
    }
    if (saa == 0 || sbb == 0) return Double.NaN;
    return sab * sab / (saa * sbb);
  }
}
