package org.netinnov.estimate.linear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.fe.FixedEffectsProjector;
import org.netinnov.estimate.linear.LinearSpec.Effect;
import org.netinnov.estimate.linear.LinearSpec.Estimator;

/**
 * Invariances of the linear panel estimators on small random panels: each property is checked on cases drawn from
 * a fixed-seed generator (panel seed, firms, years, regressors, constants), so a failure can be replayed.
 */
class LinearPanelProperties {
  static final double[] BETA = {1.0, -0.5, 0.25};

  private static Panel panel(long seed, int firms, int years, int k, double pMissing) {
    return SimulatedPanels.generate(new Random(seed), firms, years, k, pMissing, 0.5, BETA);
  }

  private static Fit twoWay(Design d) {
    return LinearPanelModels.fit(d, new LinearSpec(Estimator.WITHIN, Effect.TWOWAYS, CovarianceSpec.cluster("firm"), false));
  }

  private static void assertClose(double a, double b, double rel, String what) {
    assertThat(Math.abs(a - b)).as(what + ": " + a + " vs " + b).isLessThanOrEqualTo(rel * Math.max(1.0, Math.abs(b)));
  }

  @Test void withinIgnoresAConstantAddedToOneFirm() {
    SplittableRandom r = new SplittableRandom(101L);
    for (int c = 0; c < 25; c++) withinIgnoresAConstantAddedToOneFirm(r.nextLong(), 4 + r.nextInt(7), 4 + r.nextInt(4), 1 + r.nextInt(3), -100 + 200 * r.nextDouble());
  }

  private void withinIgnoresAConstantAddedToOneFirm(long seed, int firms,
      int years, int k,
      double shift) {
    Panel p = panel(seed, firms, years, k, 0.1);
    int target = (int) Math.floorMod(seed, p.firms());
    double[] y2 = p.numeric("y").clone();
    for (int i = p.firmStart(target); i < p.firmStart(target + 1); i++) y2[i] += shift;
    for (String[] fe : new String[][] {{"firm"}, {"firm", "year"}}) {
      Fit a = LinearPanelModels.fit(SimulatedPanels.design(p, k).absorb(fe).build(), LinearSpec.of(Estimator.WITHIN));
      Fit b = LinearPanelModels.fit(SimulatedPanels.design(p.withNumeric("y", y2), k).absorb(fe).build(),
          LinearSpec.of(Estimator.WITHIN));
      for (int j = 0; j < a.k(); j++) {
        assertClose(b.coef()[j], a.coef()[j], 1e-8, "coef");
        assertClose(b.se(j), a.se(j), 1e-8, "se");
      }
    }
  }

  @Test void rowOrderIsIrrelevant() {
    SplittableRandom r = new SplittableRandom(102L);
    for (int c = 0; c < 20; c++) rowOrderIsIrrelevant(r.nextLong(), 4 + r.nextInt(7), 4 + r.nextInt(4), 1 + r.nextInt(3));
  }

  private void rowOrderIsIrrelevant(long seed, int firms,
      int years, int k) {
    Panel p = panel(seed, firms, years, k, 0.1);
    int n = p.rows();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    java.util.Collections.shuffle(order, new Random(seed + 1));
    String[] id = new String[n];
    int[] yr = new int[n];
    for (int r = 0; r < n; r++) {
      id[r] = p.firmLabel(p.firm()[order.get(r)]);
      yr[r] = p.year()[order.get(r)];
    }
    var b = new PanelBuilder("firm", "year", id, yr);
    for (String name : p.numericNames()) {
      double[] src = p.numeric(name), dst = new double[n];
      for (int r = 0; r < n; r++) dst[r] = src[order.get(r)];
      b.numeric(name, dst);
    }
    Panel q = b.build();
    Fit a = twoWay(SimulatedPanels.design(p, k).absorb("firm", "year").cluster("firm").build());
    Fit c = twoWay(SimulatedPanels.design(q, k).absorb("firm", "year").cluster("firm").build());
    for (int j = 0; j < a.k(); j++) {
      assertClose(c.coef()[j], a.coef()[j], 1e-9, "coef");
      assertClose(c.se(j), a.se(j), 1e-9, "se");
    }
    assertThat(c.dfResidual()).isEqualTo(a.dfResidual());
  }

  @Test void twoWayWithinEqualsOlsWithFirmAndYearDummies() {
    SplittableRandom r = new SplittableRandom(103L);
    for (int c = 0; c < 20; c++) twoWayWithinEqualsOlsWithFirmAndYearDummies(r.nextLong(), 3 + r.nextInt(6), 4 + r.nextInt(3), 1 + r.nextInt(3));
  }

  private void twoWayWithinEqualsOlsWithFirmAndYearDummies(long seed, int firms,
      int years, int k) {
    Panel p = panel(seed, firms, years, k, 0.0);
    Fit within = LinearPanelModels.fit(SimulatedPanels.design(p, k).absorb("firm", "year").build(),
        LinearSpec.of(Estimator.WITHIN));
    var dummies = SimulatedPanels.design(p, k);
    for (int f = 1; f < p.firms(); f++) dummies.x("firm" + f, indicator(p.firm(), f));
    int[] yearCode = p.factor("year").codes();
    for (int t = 1; t < years; t++) dummies.x("year" + t, indicator(yearCode, t));
    Fit ols = LinearPanelModels.fit(dummies.build(), LinearSpec.of(Estimator.POOLED));
    assertThat(ols.dfResidual()).isEqualTo(within.dfResidual());
    for (int j = 0; j < k; j++) {
      int o = ols.indexOf("x" + (j + 1));
      assertClose(within.coef()[j], ols.coef()[o], 1e-7, "coef");
      assertClose(within.se(j), ols.se(o), 1e-7, "classical se");
    }
    // alternating projections reach the same slopes
    Fit ap = LinearPanelModels.fitDetailed(SimulatedPanels.design(p, k).absorb("firm", "year").build(),
        LinearSpec.of(Estimator.WITHIN), FixedEffectsProjector.Method.ALTERNATING).fit();
    for (int j = 0; j < k; j++) assertClose(ap.coef()[j], within.coef()[j], 1e-7, "AP coef");
    assertThat(ap.dfResidual()).isEqualTo(within.dfResidual());
  }

  private static double[] indicator(int[] codes, int level) {
    double[] d = new double[codes.length];
    for (int i = 0; i < d.length; i++) d[i] = codes[i] == level ? 1 : 0;
    return d;
  }

  @Test void scalingARegressorScalesItsCoefficientInversely() {
    SplittableRandom r = new SplittableRandom(104L);
    for (int c = 0; c < 20; c++) scalingARegressorScalesItsCoefficientInversely(r.nextLong(), 4 + r.nextInt(7), 4 + r.nextInt(4), Math.pow(10, -2 + 5 * r.nextDouble()));
  }

  private void scalingARegressorScalesItsCoefficientInversely(long seed,
      int firms, int years,
      double c) {
    Panel p = panel(seed, firms, years, 2, 0.1);
    double[] x1 = p.numeric("x1"), scaled = new double[x1.length];
    for (int i = 0; i < x1.length; i++) scaled[i] = c * x1[i];
    for (Estimator e : new Estimator[] {Estimator.POOLED, Estimator.WITHIN, Estimator.FD}) {
      var base = SimulatedPanels.design(p, 2);
      var sc = PanelFixtures.over(p).y("y", p.numeric("y")).x("x1", scaled).x("x2", p.numeric("x2"));
      if (e == Estimator.WITHIN) {
        base.absorb("firm", "year");
        sc.absorb("firm", "year");
      }
      Fit a = LinearPanelModels.fit(base.build(), LinearSpec.of(e));
      Fit b = LinearPanelModels.fit(sc.build(), LinearSpec.of(e));
      int j = a.indexOf("x1");
      assertClose(b.coef()[j] * c, a.coef()[j], 1e-8, e + " scaled coef");
      assertClose(b.se(j) * c, a.se(j), 1e-8, e + " scaled se");
      int o = a.indexOf("x2");
      assertClose(b.coef()[o], a.coef()[o], 1e-8, e + " other coef");
    }
  }
}
