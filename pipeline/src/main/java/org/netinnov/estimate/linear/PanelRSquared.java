package org.netinnov.estimate.linear;

/**
 * Stata {@code xtreg} R² figures of a panel fit with slope vector b (intercept excluded), on the estimation rows
 * (unweighted):
 * <pre>
 *   within  = corr²(y_it − ȳ_i, (x_it − x̄_i)'b)
 *   between = corr²(ȳ_i, x̄_i'b)      (one value per firm)
 *   overall = corr²(y_it, x_it'b)
 * </pre>
 * The firm is always the panel unit, whatever effects were absorbed. {@link #ofLinear} forms x'b firm by firm
 * while the firm's rows are in cache and takes one pass (overall moments about the first row, then centred);
 * {@link #fromGroupMoments} needs no pass when the within transformation already has the firm moments.
 */
final class PanelRSquared {
  private PanelRSquared() {}

  /**
   * The three figures with {@code xb = Σ_j b_j x_j} formed on the fly (columns with {@code b_j = 0} skipped, as
   * the caller's dropped terms), firm by firm; {@code start} holds the firm run starts (length firms + 1).
   */
  static double[] ofLinear(double[] y, double[][] x, double[] b, int[] start) {
    Accumulator a = new Accumulator(y, x, b, start);
    int firms = start.length - 1, n = y.length;
    // fixed ranges of firms (their number a function of N), summed in order: the same result on any thread count
    int chunks = (int) Math.max(1, Math.min(16, Math.min(firms, n / 16_384)));
    int[] from = new int[chunks + 1];
    for (int c = 1, g = 0; c < chunks; c++) {
      long target = (long) n * c / chunks;
      while (g < firms && start[g] < target) g++;
      from[c] = g;
    }
    from[chunks] = firms;
    Accumulator[] parts = new Accumulator[chunks];
    for (int c = 0; c < chunks; c++) parts[c] = a.sibling();
    java.util.stream.IntStream cs = java.util.stream.IntStream.range(0, chunks);
    if ((long) n * (x.length + 1) >= 200_000 && chunks > 1) cs = cs.parallel();
    cs.forEach(c -> parts[c].addFirms(from[c], from[c + 1]));
    for (Accumulator p : parts) a.add(p);
    return a.result();
  }

  /**
   * The sums behind {@link #ofLinear} over a range of firms, so that ranges can be summed on different threads and
   * combined in order ({@link #add}); the firm means go to arrays shared by all accumulators of one fit.
   */
  static final class Accumulator {
    private final double[] y, b;
    private final double[][] x;
    private final int[] start;
    private final double[] ym, xm;
    private final double y0, xb0;
    private double[] xb = new double[16];
    private double wyy, wxx, wxy, sy, sx, syy, sxx, sxy;

    Accumulator(double[] y, double[][] x, double[] b, int[] start) {
      this(y, x, b, start, new double[start.length - 1], new double[start.length - 1]);
    }

    private Accumulator(double[] y, double[][] x, double[] b, int[] start, double[] ym, double[] xm) {
      this.y = y;
      this.x = x;
      this.b = b;
      this.start = start;
      this.ym = ym;
      this.xm = xm;
      // overall moments are accumulated about the first row (then centred), which avoids a second pass
      double x0 = 0;
      if (y.length > 0) for (int j = 0; j < x.length; j++) if (b[j] != 0) x0 += b[j] * x[j][0];
      this.y0 = y.length > 0 ? y[0] : 0;
      this.xb0 = x0;
    }

    /** A fresh accumulator for another range of firms of the same fit (shares the firm-mean arrays). */
    Accumulator sibling() { return new Accumulator(y, x, b, start, ym, xm); }

    /** Adds firms {@code g0..g1-1}. */
    void addFirms(int g0, int g1) {
      for (int g = g0; g < g1; g++) {
        int s = start[g], e = start[g + 1], m = e - s;
        if (xb.length < m) xb = new double[Math.max(m, 2 * xb.length)];
        java.util.Arrays.fill(xb, 0, m, 0.0);
        for (int j = 0; j < x.length; j++) {
          double bj = b[j];
          if (bj == 0) continue;
          double[] xj = x[j];
          for (int i = s; i < e; i++) xb[i - s] += bj * xj[i];
        }
        double a = 0, c = 0;
        for (int i = s; i < e; i++) {
          a += y[i];
          c += xb[i - s];
        }
        double ay = a / m, ax = c / m;
        ym[g] = ay;
        xm[g] = ax;
        for (int i = s; i < e; i++) {
          double v = xb[i - s];
          double dy = y[i] - ay, dx = v - ax;
          wyy += dy * dy;
          wxx += dx * dx;
          wxy += dy * dx;
          double ey = y[i] - y0, ex = v - xb0;
          sy += ey;
          sx += ex;
          syy += ey * ey;
          sxx += ex * ex;
          sxy += ey * ex;
        }
      }
    }

    /** Adds the sums of another range (call in firm order for results independent of the threads). */
    void add(Accumulator o) {
      wyy += o.wyy;
      wxx += o.wxx;
      wxy += o.wxy;
      sy += o.sy;
      sx += o.sx;
      syy += o.syy;
      sxx += o.sxx;
      sxy += o.sxy;
    }

    /** {@code {within, between, overall}} once every firm has been added. */
    double[] result() {
      int n = y.length;
      if (n == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
      double oyy = syy - sy * sy / n, oxx = sxx - sx * sx / n, oxy = sxy - sy * sx / n;
      return new double[] {ratio(wxy, wyy, wxx), corr2(ym, xm, null), ratio(oxy, Math.max(oyy, 0), Math.max(oxx, 0))};
    }
  }

  /**
   * The same figures from moments the within transformation already has, without a pass over the rows: the cross
   * products {@code V'V} of the columns {@code [y, x_1..x_k]} demeaned by firm, and each firm's means. With
   * {@code xb = Σ b_j x_j}: within sums are quadratic forms in V'V ({@code Σ(ẋb)² = b'V'Vb}, ...); the overall
   * centred sums are within plus between ({@code Σ_i (y_i − ȳ)² = Σ ẏ² + Σ_g T_g (ȳ_g − ȳ)²}, ...); between is
   * the correlation of the firm means. Every part is a sum of squares, so nothing cancels.
   *
   * @param vv    V'V, {@code (k+1)×(k+1)}, outcome first
   * @param means firm means {@code [column][firm]}, outcome first, firms in run order
   * @param start firm run starts (length firms + 1)
   * @param b     coefficient of each regressor column (0 for dropped ones)
   */
  static double[] fromGroupMoments(double[][] vv, double[][] means, int[] start, double[] b) {
    int k = b.length, firms = start.length - 1, n = start[firms];
    if (n == 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
    double wyy = vv[0][0], wxx = 0, wxy = 0;
    for (int j = 0; j < k; j++) {
      if (b[j] == 0) continue;
      wxy += b[j] * vv[0][j + 1];
      double r = 0;
      for (int m = 0; m < k; m++) if (b[m] != 0) r += vv[j + 1][m + 1] * b[m];
      wxx += b[j] * r;
    }
    double[] ym = means[0], xm = new double[firms];
    double sy = 0, sx = 0;
    for (int g = 0; g < firms; g++) {
      double v = 0;
      for (int j = 0; j < k; j++) if (b[j] != 0) v += b[j] * means[j + 1][g];
      xm[g] = v;
      int t = start[g + 1] - start[g];
      sy += t * ym[g];
      sx += t * v;
    }
    double my = sy / n, mx = sx / n, byy = 0, bxx = 0, bxy = 0;
    for (int g = 0; g < firms; g++) {
      int t = start[g + 1] - start[g];
      double dy = ym[g] - my, dx = xm[g] - mx;
      byy += t * dy * dy;
      bxx += t * dx * dx;
      bxy += t * dy * dx;
    }
    return new double[] {ratio(wxy, wyy, Math.max(wxx, 0)), corr2(ym, xm, null),
        ratio(wxy + bxy, wyy + byy, Math.max(wxx, 0) + bxx)};
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
