package org.netinnov.estimate.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.data.Panel;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.linear.LinearSpec.Estimator;

/** Collinearity handling, refusals with clear messages, singletons, first differences across gaps. */
class LinearBehaviourTest {
  static final Panel G = PanelFixtures.readCsv("/reference/grunfeld.csv");
  static final Panel GAPS = PanelFixtures.readCsv("/reference/grunfeld_gaps.csv");

  private static double[] firmConstant(Panel p) {
    double[] v = new double[p.rows()];
    for (int i = 0; i < v.length; i++) v[i] = p.firm()[i] % 3 == 0 ? 1 : 0;
    return v;
  }

  @Test
  void timeInvariantRegressorIsDroppedAsCollinearWithTheFixedEffects() {
    Design d = PanelFixtures.grunfeld(G).x("big", firmConstant(G)).absorb("firm").build();
    Fit f = LinearPanelModels.fit(d, LinearSpec.of(Estimator.WITHIN));
    assertThat(f.terms()).containsExactly("value", "capital");
    assertThat(f.dropped()).containsEntry("big", "collinear with the fixed effects");
    Fit plain = LinearPanelModels.fit(PanelFixtures.grunfeld(G).absorb("firm").build(), LinearSpec.of(Estimator.WITHIN));
    assertThat(f.coef()).containsExactly(plain.coef());
    assertThat(f.dfResidual()).isEqualTo(plain.dfResidual());
    // pooled keeps it; random effects keep it; fd removes it
    assertThat(LinearPanelModels.fit(PanelFixtures.grunfeld(G).x("big", firmConstant(G)).build(),
        LinearSpec.of(Estimator.RANDOM)).terms()).contains("big");
    assertThat(LinearPanelModels.fit(PanelFixtures.grunfeld(G).x("big", firmConstant(G)).build(),
        LinearSpec.of(Estimator.FD)).dropped()).containsEntry("big", "time-invariant: removed by first differencing");
  }

  @Test
  void linearCombinationIsDroppedNamingItsPartners() {
    double[] v = G.numeric("value"), c = G.numeric("capital");
    double[] combo = new double[v.length];
    for (int i = 0; i < v.length; i++) combo[i] = 2 * v[i] - 0.5 * c[i];
    Fit f = LinearPanelModels.fit(PanelFixtures.grunfeld(G).x("combo", combo).build(), LinearSpec.of(Estimator.POOLED));
    assertThat(f.terms()).containsExactly(LinearPanelModels.INTERCEPT, "value", "capital");
    assertThat(f.dropped()).containsEntry("combo", "collinear with value, capital");
    double[] shifted = new double[v.length];
    java.util.Arrays.fill(shifted, 3.0);
    Fit g = LinearPanelModels.fit(PanelFixtures.grunfeld(G).x("const", shifted).build(), LinearSpec.of(Estimator.POOLED));
    assertThat(g.dropped()).containsEntry("const", "collinear with (Intercept)");
  }

  @Test
  void refusesWhatCannotBeEstimated() {
    Design allAbsorbed = PanelFixtures.over(G).y("inv", G.numeric("inv")).x("big", firmConstant(G)).absorb("firm").build();
    assertThatThrownBy(() -> LinearPanelModels.fit(allAbsorbed, LinearSpec.of(Estimator.WITHIN)))
        .isInstanceOf(EstimationException.class).hasMessageContaining("all regressors were dropped")
        .hasMessageContaining("big (collinear with the fixed effects)");
    // N ≤ K: one firm-year per firm under firm effects
    boolean[] first = new boolean[G.rows()];
    for (int f = 0; f < G.firms(); f++) first[G.firmStart(f)] = true;
    first[1] = true;
    Panel tiny = G.filter(first);
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(tiny).absorb("firm").build(),
        LinearSpec.of(Estimator.WITHIN))).isInstanceOf(EstimationException.class)
        .hasMessageContaining("not enough observations");
    // one firm: random effects and clustering need at least two groups
    Panel one = G.filter(mask(G, 0));
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(one).build(), LinearSpec.of(Estimator.RANDOM)))
        .isInstanceOf(EstimationException.class).hasMessageContaining("at least 2 groups");
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(one).cluster("firm").build(),
        LinearSpec.of(Estimator.POOLED).withSe(CovarianceSpec.cluster("firm"))))
        .isInstanceOf(EstimationException.class).hasMessageContaining("fewer than 2 clusters");
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(G).absorb("firm").build(),
        LinearSpec.of(Estimator.POOLED))).isInstanceOf(EstimationException.class)
        .hasMessageContaining("only be absorbed by the within estimator");
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(G).build(), LinearSpec.of(Estimator.WITHIN)))
        .isInstanceOf(EstimationException.class).hasMessageContaining("at least one fixed effect");
    assertThatThrownBy(() -> LinearPanelModels.fit(PanelFixtures.grunfeld(G).build(),
        LinearSpec.of(Estimator.RANDOM).withEffect(LinearSpec.Effect.TWOWAYS)))
        .isInstanceOf(EstimationException.class).hasMessageContaining("two-way random effects");
  }

  private static boolean[] mask(Panel p, int firm) {
    boolean[] m = new boolean[p.rows()];
    for (int i = 0; i < m.length; i++) m[i] = p.firm()[i] == firm;
    return m;
  }

  @Test
  void singletonsAreDroppedIterativelyWithoutChangingTheSlopes() {
    // keep firm 0 with a single year, firm 1 with two years of which one is a year nobody else has
    boolean[] keep = new boolean[G.rows()];
    for (int i = 0; i < keep.length; i++) {
      int f = G.firm()[i], y = G.year()[i];
      keep[i] = f == 0 ? y == 1935 : f == 1 ? (y == 1936 || y == 1954) : y < 1954;
    }
    Panel p = G.filter(keep);
    Design d = PanelFixtures.grunfeld(p).absorb("firm", "year").build();
    Fit with = LinearPanelModels.fit(d, LinearSpec.of(Estimator.WITHIN).withDropSingletons(true));
    Fit without = LinearPanelModels.fit(d, LinearSpec.of(Estimator.WITHIN));
    // firm 0 (one row) goes; then firm 1's 1954 row is alone in its year; then firm 1's 1936 row is alone in its firm
    assertThat(with.stat("singletons_dropped")).isEqualTo(3);
    assertThat(with.nobs()).isEqualTo(without.nobs() - 3);
    assertThat(with.nFirms()).isEqualTo(without.nFirms() - 2);
    assertThat(with.notes()).anyMatch(s -> s.contains("3 singleton observations dropped"));
    for (int j = 0; j < 2; j++) assertThat(with.coef()[j]).isCloseTo(without.coef()[j], org.assertj.core.data.Offset.offset(1e-9));
    // same residual df: each singleton removes one observation and one effect
    assertThat(with.dfResidual()).isEqualTo(without.dfResidual());
    assertThat(with.rows()).hasSize(with.nobs()).doesNotContain(d.rows()[0]);
  }

  @Test
  void firstDifferencesFollowTheYearAcrossGaps() {
    double[] inv = GAPS.numeric("inv"), v = GAPS.numeric("value"), c = GAPS.numeric("capital");
    Fit fd = LinearPanelModels.fit(PanelFixtures.grunfeld(GAPS).build(), LinearSpec.of(Estimator.FD));
    // the same regression by hand: differences with the year-following lag, pooled OLS with intercept
    Fit byHand = LinearPanelModels.fit(PanelFixtures.over(GAPS).y("inv", diff(inv, GAPS.lag(inv, 1)))
        .x("value", diff(v, GAPS.lag(v, 1))).x("capital", diff(c, GAPS.lag(c, 1))).build(), LinearSpec.of(Estimator.POOLED));
    assertThat(fd.nobs()).isEqualTo(byHand.nobs()).isLessThan(173); // plm's row-based differencing gives 173
    for (int j = 0; j < 3; j++) {
      assertThat(fd.coef()[j]).isCloseTo(byHand.coef()[j], org.assertj.core.data.Offset.offset(1e-9 * Math.abs(byHand.coef()[j])));
      assertThat(fd.se(j)).isCloseTo(byHand.se(j), org.assertj.core.data.Offset.offset(1e-9 * byHand.se(j)));
    }
    assertThat(fd.notes()).anyMatch(s -> s.contains("previous year of the firm is absent"));
  }

  private static double[] diff(double[] x, double[] lag) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = x[i] - lag[i];
    return out;
  }

  @Test
  void detailedFitExposesTheTransformedRegression() {
    Design d = PanelFixtures.grunfeld(G).absorb("firm", "year").build();
    LinearFitDetail det = LinearPanelModels.fitDetailed(d, LinearSpec.of(Estimator.WITHIN));
    // residuals are orthogonal to the transformed regressors and sum with fitted to y
    for (double[] xj : det.x()) {
      double s = 0, scale = 0;
      for (int i = 0; i < det.n(); i++) {
        s += xj[i] * det.residuals()[i];
        scale += Math.abs(xj[i] * det.y()[i]);
      }
      assertThat(Math.abs(s)).isLessThan(1e-10 * scale);
    }
    for (int i = 0; i < det.n(); i++)
      assertThat(det.fitted()[i] + det.residuals()[i]).isCloseTo(det.y()[i], org.assertj.core.data.Offset.offset(1e-9));
    // demeaned by firm and by year: every firm and year sum is 0
    double[] byFirm = new double[G.firms()];
    for (int i = 0; i < det.n(); i++) byFirm[det.firm()[i]] += det.y()[i];
    for (double s : byFirm) assertThat(Math.abs(s)).isLessThan(1e-9);
    assertThat(det.sampleRow()).hasSize(200);
  }

  @Test
  void betweenRefusesClustersThatVaryWithinAFirm() {
    Design d = PanelFixtures.grunfeld(G).cluster("year").build();
    assertThatThrownBy(() -> LinearPanelModels.fit(d, LinearSpec.of(Estimator.BETWEEN).withSe(CovarianceSpec.cluster("year"))))
        .isInstanceOf(EstimationException.class).hasMessageContaining("varies within a firm");
    Design bad = new Design("inv", d.y(), d.terms(), d.x(), true, null, d.firm(), d.nFirms(), d.year(),
        List.of(new Factor("firm", new int[d.n()], new String[] {"a"})), List.of(), d.rows());
    Fit ok = LinearPanelModels.fit(bad, LinearSpec.of(Estimator.WITHIN));
    assertThat(ok.stat("n_absorbed")).isEqualTo(1); // one level: demeaning only
  }
}
