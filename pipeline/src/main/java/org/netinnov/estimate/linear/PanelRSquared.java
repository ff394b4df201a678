package org.netinnov.estimate.linear;

/**
 * Stata {@code xtreg} R² figures of a panel fit with slope vector b (intercept excluded), on the estimation rows
 * (unweighted):
 * <pre>
 *   within  = corr²(y_it − ȳ_i, (x_it − x̄_i)'b)
 *   between = corr²(ȳ_i, x̄_i'b)      (one value per firm)
 *   overall = corr²(y_it, x_it'b)
 * </pre>
 * The firm is always the panel unit, whatever effects were absorbed. Two passes over firm blocks.
 */
final class PanelRSquared {
  private PanelRSquared() {}

  /** {@code {within, between, overall}}; rows sorted by firm. */
  static double[] of(double[] y, double[] xb, int[] firm) {
    int n = y.length;
    int nf = Transforms.runCount(firm);
    int[] start = new int[nf + 1];
    for (int i = 0, b = 0; i < n; i++) if (i == 0 || firm[i] != firm[i - 1]) start[b++] = i;
    start[nf] = n;
    double[] ym = new double[nf], xm = new double[nf];
    double sy = 0, sx = 0;
    for (int g = 0; g < nf; g++) {
      double a = 0, c = 0;
      for (int i = start[g]; i < start[g + 1]; i++) {
        a += y[i];
        c += xb[i];
      }
      sy += a;
      sx += c;
      int m = start[g + 1] - start[g];
      ym[g] = a / m;
      xm[g] = c / m;
    }
    double my = sy / n, mx = sx / n;
    double wyy = 0, wxx = 0, wxy = 0, oyy = 0, oxx = 0, oxy = 0;
    for (int g = 0; g < nf; g++) {
      double a = ym[g], c = xm[g];
      for (int i = start[g]; i < start[g + 1]; i++) {
        double dy = y[i] - a, dx = xb[i] - c;
        wyy += dy * dy;
        wxx += dx * dx;
        wxy += dy * dx;
        double ey = y[i] - my, ex = xb[i] - mx;
        oyy += ey * ey;
        oxx += ex * ex;
        oxy += ey * ex;
      }
    }
    return new double[] {ratio(wxy, wyy, wxx), corr2(ym, xm, null), ratio(oxy, oyy, oxx)};
  }

  private static double ratio(double sab, double saa, double sbb) {
    return saa == 0 || sbb == 0 ? Double.NaN : sab * sab / (saa * sbb);
  }

  /** Squared (weighted) Pearson correlation; NaN when either series is constant. */
  static double corr2(double[] a, double[] b, double[] w) {
    double[] m = centredMoments(a, b, w);
    return ratio(m[2], m[0], m[1]);
  }

  /** {@code {Σw(a−ā)², Σw(b−b̄)², Σw(a−ā)(b−b̄)}} with weighted means (w null: unweighted). */
  static double[] centredMoments(double[] a, double[] b, double[] w) {
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
    return new double[] {saa, sbb, sab};
  }
}
