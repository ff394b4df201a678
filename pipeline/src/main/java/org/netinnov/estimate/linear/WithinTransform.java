package org.netinnov.estimate.linear;

import java.util.stream.IntStream;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.fe.FixedEffectsProjector;
import org.netinnov.estimate.fe.ProjectedColumns;
import org.netinnov.estimate.linalg.CrossProducts;

/**
 * Within (fixed-effects) transformation: outcome and regressors with every factor of {@code Design.absorb()}
 * swept out (weighted when the design has weights), see {@link FixedEffectsProjector}. No intercept: it is
 * absorbed.
 *
 * <p>Unweighted designs are projected all columns at once, tile by tile ({@link ProjectedColumns}); the cross
 * products of the regression are formed from each projected tile while it is in cache, and the sums of squares
 * before projection come from the group demeaning.
 */
final class WithinTransform {
  private WithinTransform() {}

  /** The within regression with the transformed columns stored (and the cross products already formed). */
  static TransformedRegression of(Design d, FixedEffectsProjector.Method method) {
    FixedEffectsProjector fe = projector(d, method);
    int n = d.n(), k = d.k();
    var t = new TransformedRegression();
    double[][] cols = new double[k][];
    if (d.weights() == null) {
      double[][] dst = new double[k + 1][n];
      ProjectedColumns pc = fe.prepare(sourceColumns(d), dst);
      t.crossProducts = crossProducts(pc, k + 1);
      if (fe.groupStartsOf(d.firm()) != null) {
        // demeaned by firm: the moments behind Stata's within/between/overall R², in [y, x] order
        double[][] byColumn = new double[k + 1][k + 1];
        for (int a = 0; a <= k; a++)
          for (int b = 0; b <= k; b++) byColumn[a][b] = t.crossProducts[(a + k) % (k + 1)][(b + k) % (k + 1)];
        t.firmDemeanedCross = pc.groupDemeanedCrossProducts(byColumn);
        t.firmMeans = pc.groupMeans();
      }
      t.y = dst[0];
      System.arraycopy(dst, 1, cols, 0, k);
      t.ssBefore = java.util.Arrays.copyOfRange(pc.centredSS(), 1, k + 1);
    } else {
      double[][] all = new double[k + 1][];
      double[] ss = new double[k + 1];
      IntStream columns = IntStream.rangeClosed(0, k);
      if ((long) n * (k + 1) >= 200_000) columns = columns.parallel();
      columns.forEach(j -> {
        double[] src = j == 0 ? d.y() : d.x()[j - 1];
        double[] dst = new double[n];
        ss[j] = Transforms.copyAndCenteredSS(src, dst, d.weights());
        fe.project(dst);
        all[j] = dst;
      });
      t.y = all[0];
      System.arraycopy(all, 1, cols, 0, k);
      t.ssBefore = new double[k];
      System.arraycopy(ss, 1, t.ssBefore, 0, k);
    }
    Transforms.setColumns(t, d, false, cols);
    Transforms.applyWeights(t, d.weights());
    describe(t, d, fe);
    t.sampleRow = Transforms.identity(n);
    return t;
  }

  private static FixedEffectsProjector projector(Design d, FixedEffectsProjector.Method method) {
    if (d.absorb().isEmpty())
      throw new EstimationException("the within estimator needs at least one fixed effect to absorb "
          + "(e.g. `| firm` in the formula or effect: individual)");
    try {
      return FixedEffectsProjector.of(d.absorb(), d.weights(), method);
    } catch (IllegalArgumentException e) {
      throw new EstimationException(e.getMessage());
    }
  }

  private static double[][] sourceColumns(Design d) {
    double[][] src = new double[d.k() + 1][];
    src[0] = d.y();
    System.arraycopy(d.x(), 0, src, 1, d.k());
    return src;
  }

  /** {@code [x, y]'[x, y]} from the projected tiles of {@code [y, x]}. */
  private static double[][] crossProducts(ProjectedColumns pc, int columns) {
    var sinks = pc.tiles(() -> new CrossProductSink(columns));
    double[] packed = new double[columns * (columns + 1) / 2];
    for (CrossProductSink m : sinks) {
      double[] part = m.cross.packed();
      for (int p = 0; p < packed.length; p++) packed[p] += part[p];
    }
    return CrossProducts.unpack(packed, columns);
  }

  /** Everything but the columns: panel dimensions, clusters, absorbed effects, notes. */
  private static void describe(TransformedRegression t, Design d, FixedEffectsProjector fe) {
    int n = d.n();
    t.estimator = "within";
    t.firm = d.firm();
    t.year = d.year();
    Transforms.attachClusters(t, d, null);
    t.nHc1 = n;
    int[] known = fe.groupStartsOf(d.firm());
    t.firmStart = known != null ? known : Transforms.runStarts(d.firm());
    t.maxTi = Transforms.longestRun(t.firmStart);
    t.nFirms = t.firmStart.length - 1;
    t.nYears = Transforms.distinctCount(d.year());
    t.rows = d.rows();
    t.absorbed = fe.absorbedEffects();
    t.stats.put("n_absorbed", (double) fe.absorbedEffects());
    if (d.absorb().size() > 1) t.stats.put("fe_iterations", (double) fe.iterations());
    t.notes.add("fixed effects " + String.join(" + ", d.absorb().stream().map(f -> f.name()).toList())
        + " absorbed by " + fe.description());
    if (!fe.converged())
      t.notes.add("WARNING: alternating projections did not reach the tolerance " + FixedEffectsProjector.TOLERANCE
          + " within " + FixedEffectsProjector.MAX_SWEEPS + " sweeps; estimates may be inaccurate");
  }

  /** Per chunk of rows: the cross products of the projected columns in the order of the regression, [x_1..x_k, y]. */
  private static final class CrossProductSink implements FixedEffectsProjector.TileSink {
    final CrossProducts.Accumulator cross;
    private double[][] order;

    CrossProductSink(int columns) {
      cross = new CrossProducts.Accumulator(columns);
    }

    @Override public void projected(double[][] tile, int len, int from) {
      if (order == null) {
        int c = tile.length;
        order = new double[c][];
        System.arraycopy(tile, 1, order, 0, c - 1);
        order[c - 1] = tile[0];
      }
      cross.add(order, len);
    }
  }
}
