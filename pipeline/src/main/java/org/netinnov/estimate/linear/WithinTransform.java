package org.netinnov.estimate.linear;

import java.util.stream.IntStream;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.fe.FixedEffectsProjector;

/**
 * Within (fixed-effects) transformation: outcome and regressors with every factor of {@code Design.absorb()}
 * swept out (weighted when the design has weights), see {@link FixedEffectsProjector}. No intercept: it is
 * absorbed.
 */
final class WithinTransform {
  private WithinTransform() {}

  static TransformedRegression of(Design d, FixedEffectsProjector.Method method) {
    if (d.absorb().isEmpty())
      throw new EstimationException("the within estimator needs at least one fixed effect to absorb "
          + "(e.g. `| firm` in the formula or effect: individual)");
    int n = d.n(), k = d.k();
    FixedEffectsProjector fe;
    try {
      fe = FixedEffectsProjector.of(d.absorb(), d.weights(), method);
    } catch (IllegalArgumentException e) {
      throw new EstimationException(e.getMessage());
    }
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
    var t = new TransformedRegression();
    t.estimator = "within";
    t.y = all[0];
    double[][] cols = new double[k][];
    System.arraycopy(all, 1, cols, 0, k);
    Transforms.setColumns(t, d, false, cols);
    t.ssBefore = new double[k];
    System.arraycopy(ss, 1, t.ssBefore, 0, k);
    Transforms.applyWeights(t, d.weights());
    t.firm = d.firm();
    t.year = d.year();
    t.sampleRow = Transforms.identity(n);
    Transforms.attachClusters(t, d, null);
    t.nHc1 = n;
    t.maxTi = Transforms.maxRunLength(d.firm());
    t.nFirms = Transforms.runCount(d.firm());
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
    return t;
  }
}
