package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.linear.LinearPanelModels;
import org.netinnov.estimate.linear.LinearSpec;

/**
 * Re-estimation of every path on a bootstrap sample, coefficients only, and the effects that follow.
 *
 * <p>Effect layout of a replicate ({@link #names}): indirect(M_1..M_J), total_indirect, direct, total, a(M_1..M_J),
 * b(M_1..M_J).
 */
final class ReplicateEstimators {
  private ReplicateEstimators() {}

  /** Columns of the common design that each path uses; {@code y} is the outcome's column. */
  record Columns(int[] mediators, int[] aRegressors, int[] outcomeRegressors, int[] totalRegressors, int y) {
    int j() { return mediators.length; }
  }

  static List<String> names(List<String> mediators) {
    List<String> n = new ArrayList<>();
    for (String m : mediators) n.add("indirect(" + m + ")");
    n.add("total_indirect");
    n.add("direct");
    n.add("total");
    for (String m : mediators) n.add("a(" + m + ")");
    for (String m : mediators) n.add("b(" + m + ")");
    return List.copyOf(n);
  }

  static int effectCount(int mediators) { return 3 * mediators + 3; }

  /** Writes the effects from the path coefficients. */
  static void effects(double[] a, double[] b, double direct, double total, double[] out) {
    int j = a.length;
    double ti = 0;
    for (int m = 0; m < j; m++) {
      out[m] = a[m] * b[m];
      ti += out[m];
      out[j + 3 + m] = a[m];
      out[2 * j + 3 + m] = b[m];
    }
    out[j] = ti;
    out[j + 1] = direct;
    out[j + 2] = total;
  }

  /** Every path linear, by the per-firm cross products (the fast path). */
  static Supplier<ClusterBootstrap.Replicate> linearFast(FirmCrossProducts cp, Columns c) {
    return () -> {
      FirmCrossProducts.Workspace ws = new FirmCrossProducts.Workspace(cp);
      double[] ca = new double[c.aRegressors().length];
      double[] co = new double[c.outcomeRegressors().length];
      double[] ct = new double[c.totalRegressors().length];
      double[] a = new double[c.j()], b = new double[c.j()];
      return (counts, out) -> {
        cp.sweep(counts, ws);
        for (int m = 0; m < c.j(); m++) {
          FirmCrossProducts.coefficients(ws, c.aRegressors(), c.mediators()[m], ca);
          a[m] = ca[0];
        }
        FirmCrossProducts.coefficients(ws, c.outcomeRegressors(), c.y(), co);
        System.arraycopy(co, 0, b, 0, c.j());
        FirmCrossProducts.coefficients(ws, c.totalRegressors(), c.y(), ct);
        effects(a, b, co[c.j()], ct[0], out);
      };
    };
  }

  /** a paths from the cross products, outcome equations by the conditional Poisson likelihood (the fast path). */
  static Supplier<ClusterBootstrap.Replicate> poissonFast(FirmCrossProducts cp, Columns c, ConditionalPoisson out,
      ConditionalPoisson tot) {
    return () -> {
      FirmCrossProducts.Workspace ws = new FirmCrossProducts.Workspace(cp);
      ConditionalPoisson.Workspace wo = new ConditionalPoisson.Workspace(out);
      ConditionalPoisson.Workspace wt = new ConditionalPoisson.Workspace(tot);
      double[] ca = new double[c.aRegressors().length];
      double[] a = new double[c.j()], b = new double[c.j()];
      return (counts, res) -> {
        cp.sweep(counts, ws);
        for (int m = 0; m < c.j(); m++) {
          FirmCrossProducts.coefficients(ws, c.aRegressors(), c.mediators()[m], ca);
          a[m] = ca[0];
        }
        boolean ok = out.fit(counts, wo);
        for (int m = 0; m < c.j(); m++) b[m] = ok ? wo.theta[m] : Double.NaN;
        double direct = ok ? wo.theta[c.j()] : Double.NaN;
        double total = tot.fit(counts, wt) ? wt.theta[0] : Double.NaN;
        effects(a, b, direct, total, res);
      };
    };
  }

  /**
   * Paths re-estimated from row-level designs of the firm copies: linear paths by the within (or pooled) estimator,
   * the outcome equations by Poisson when {@code poisson}; the a paths by {@code fastA} when given.
   *
   * @param c    columns in the common design's numbering, with {@code y = -1} (its outcome)
   * @param fastA per-firm cross products for the a paths, or null to re-estimate them from rows too
   * @param cFast the columns in {@code fastA}'s numbering (outcome last), or null
   */
  static Supplier<ClusterBootstrap.Replicate> general(ResampledDesigns rd, Columns c, boolean poisson,
      FirmCrossProducts fastA, Columns cFast) {
    return () -> {
      FirmCrossProducts.Workspace ws = fastA == null ? null : new FirmCrossProducts.Workspace(fastA);
      double[] ca = new double[c.aRegressors().length];
      return (counts, out) -> {
        double[] a = new double[c.j()], b = new double[c.j()];
        ResampledDesigns.Sample s = rd.sample(counts);
        if (fastA != null) {
          fastA.sweep(counts, ws);
          for (int m = 0; m < c.j(); m++) {
            FirmCrossProducts.coefficients(ws, cFast.aRegressors(), cFast.mediators()[m], ca);
            a[m] = ca[0];
          }
        } else {
          for (int m = 0; m < c.j(); m++) {
            Design ad = rd.design(s, c.mediators()[m], c.aRegressors());
            a[m] = byName(linear(ad), ad.terms().get(0));
          }
        }
        Design od = rd.design(s, -1, c.outcomeRegressors());
        Fit of = poisson ? PoissonOutcome.fit(od, CovarianceSpec.CLASSICAL) : linear(od);
        for (int m = 0; m < c.j(); m++) b[m] = byName(of, od.terms().get(m));
        double direct = byName(of, od.terms().get(c.j()));
        Design td = rd.design(s, -1, c.totalRegressors());
        Fit tf = poisson ? PoissonOutcome.fit(td, CovarianceSpec.CLASSICAL) : linear(td);
        effects(a, b, direct, byName(tf, td.terms().get(0)), out);
      };
    };
  }

  private static Fit linear(Design d) {
    LinearSpec.Estimator e = d.absorb().isEmpty() ? LinearSpec.Estimator.POOLED : LinearSpec.Estimator.WITHIN;
    return LinearPanelModels.fit(d, LinearSpec.of(e));
  }

  static double byName(Fit f, String term) {
    if (term == null) return Double.NaN;
    int i = f.indexOf(term);
    return i < 0 ? Double.NaN : f.coef()[i];
  }
}
