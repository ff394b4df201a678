package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.ModelFrame;

/**
 * The per-firm cross-product path must give exactly what re-estimating every path on the rows of the firm copies
 * gives (each copy its own firm effect), for any fixed-effect layout.
 */
class FastPathTest {

  static Panel panel() {
    Panel p = MediationPanels.generate(21, 60, 7, new double[] {0.5, 0.3}, new double[] {0.4, -0.2}, 0.1, 1, 0.15);
    SplittableRandom rnd = new SplittableRandom(5);
    double[] ind = new double[p.rows()], q = new double[p.rows()], lev = new double[p.rows()];
    for (int f = 0; f < p.firms(); f++) {
      int industry = rnd.nextInt(4);
      for (int i = p.firmStart(f); i < (f + 1 < p.firms() ? p.firmStart(f + 1) : p.rows()); i++) ind[i] = industry;
    }
    for (int i = 0; i < p.rows(); i++) {
      q[i] = rnd.nextInt(3);
      lev[i] = 1000 + rnd.nextGaussian(); // a large mean: the centred sums of squares must not cancel
    }
    return p.withNumeric("ind", ind).withNumeric("q", q).withNumeric("lev", lev);
  }

  @Test
  void crossProductsEqualRowLevelReEstimationOnFirmCopies() {
    Panel p = panel();
    for (String fe : new String[] {"firm + year", "firm", "year", "", "firm + ind^year", "firm + year + q",
        "year + q"}) {
      for (int lag : new int[] {0, 1}) {
        MediationSpec spec = new MediationSpec("x", List.of("m1", "m2"), "y", List.of("w", "lev"), fe, lag,
            "linear", "classical", null);
        MediationPaths paths = MediationPaths.of(spec);
        ModelFrame.Frame frame = ModelFrame.build(p, paths.common, paths.fixedEffects, List.of(), null, List.of(),
            null);
        Design common = frame.design();
        BootstrapSetup setup = new BootstrapSetup(common, frame.fixedEffects(), "firm", paths);
        ClusterBootstrap.Replicate fast = setup.fast().get();
        ClusterBootstrap.Replicate rows = setup.generalOnly(false).get();
        int e = ReplicateEstimators.effectCount(2);
        int[] counts = new int[common.nFirms()];
        for (int r = 0; r < 5; r++) {
          ClusterBootstrap.draw(1234, r, common.nFirms(), counts);
          double[] x = new double[e], y = new double[e];
          fast.estimate(counts, x);
          rows.estimate(counts, y);
          for (int k = 0; k < e; k++)
            assertThat(x[k]).as("fe `%s`, lag %d, replicate %d, effect %s", fe, lag, r,
                ReplicateEstimators.names(paths.mediators).get(k))
                .isCloseTo(y[k], org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(y[k]))));
        }
      }
    }
  }

  @Test
  void conditionalPoissonEqualsPoissonOnFirmCopies() {
    Panel p = MediationPanels.generatePoisson(8, 80, 6, new double[] {0.5, 0.4}, new double[] {0.3, -0.2}, 0.2);
    SplittableRandom rnd = new SplittableRandom(2);
    double[] q = new double[p.rows()];
    for (int i = 0; i < q.length; i++) q[i] = rnd.nextInt(3);
    p = p.withNumeric("q", q);
    double worst = 0;
    for (String fe : new String[] {"firm + year", "firm", "firm + year + q"}) {
      MediationSpec spec = new MediationSpec("x", List.of("m1", "m2"), "y", List.of(), fe, 0, "poisson", "classical",
          null);
      MediationPaths paths = MediationPaths.of(spec);
      ModelFrame.Frame frame = ModelFrame.build(p, paths.common, paths.fixedEffects, List.of(), null, List.of(), null);
      BootstrapSetup setup = new BootstrapSetup(frame.design(), frame.fixedEffects(), "firm", paths);
      ClusterBootstrap.Replicate fast = setup.poissonFast().get();
      ClusterBootstrap.Replicate rows = setup.generalOnly(true).get();
      int e = ReplicateEstimators.effectCount(2);
      int[] counts = new int[frame.design().nFirms()];
      for (int r = 0; r < 4; r++) {
        ClusterBootstrap.draw(99, r, counts.length, counts);
        double[] x = new double[e], y = new double[e];
        fast.estimate(counts, x);
        rows.estimate(counts, y);
        for (int k = 0; k < e; k++) {
          double d = Math.abs(x[k] - y[k]) / Math.max(1, Math.abs(y[k]));
          worst = Math.max(worst, d);
          // the IRLS of CountModels stops on a 1e-10 relative deviance change; observed agreement ~1e-11
          assertThat(d).as("fe `%s`, replicate %d, effect %s: %s vs %s", fe, r,
              ReplicateEstimators.names(paths.mediators).get(k), x[k], y[k]).isLessThan(1e-8);
        }
      }
    }
    System.out.println("conditional Poisson vs CountModels on firm copies: largest relative difference " + worst);
  }

  @Test
  void drawsAreMultinomialWithGDraws() {
    int[] counts = new int[50];
    long total = 0;
    for (int r = 0; r < 200; r++) {
      ClusterBootstrap.draw(7, r, 50, counts);
      int s = 0;
      for (int c : counts) s += c;
      assertThat(s).isEqualTo(50);
      total += counts[0];
    }
    // E[count of one firm] = 1 per replicate
    assertThat(total / 200.0).isBetween(0.8, 1.2);
  }

  @Test
  void splitMixMatchesTheReferenceSequence() {
    // SplitMix64 reference outputs for seed 0 (Vigna's splitmix64.c; also java.util.SplittableRandom's mix64)
    SplitMix64 g = new SplitMix64(0);
    assertThat(g.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(g.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(g.nextLong()).isEqualTo(0x06C45D188009454FL);
    SplitMix64 h = new SplitMix64(99);
    for (int i = 0; i < 10_000; i++) assertThat(h.nextInt(7)).isBetween(0, 6);
  }
}
