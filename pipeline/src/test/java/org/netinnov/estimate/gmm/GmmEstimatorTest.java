package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** Behaviour beyond the reference figures: layout counts, errors, warnings, and consistency on simulated data. */
class GmmEstimatorTest {
  static final Panel EMPLUK = EmplUk.load();

  @Test
  void instrumentCountsFollowTheClosedForms() {
    // T = 9 years, TL1 = 3: differenced rows 1979..1984 get lags 2.. of lemp: 2+3+..+7 = 27; collapsed: lags 2..8 = 7
    assertThat(GmmEstimator.fit(EMPLUK, EmplUkModels.difference(false, false)).nInstruments()).isEqualTo(27 + 6 + 5);
    assertThat(GmmEstimator.fit(EMPLUK, EmplUkModels.difference(false, true)).nInstruments()).isEqualTo(7 + 6 + 5);
    // system, TL1 = 2: 3 variables × (1+..+7) + 3 × 7 levels instruments + intercept and 7 year dummies
    assertThat(GmmEstimator.fit(EMPLUK, EmplUkModels.system(false)).nInstruments()).isEqualTo(84 + 21 + 8);
  }

  @Test
  void systemGmmWithLongRegressorLags() {
    // lags 1:3 give TL1 = 4, TL2 = 3, where pgmm's reshaping of the levels instruments breaks; here differenced rows
    // 1980..84 get 3+4+5+6+7 = 25 lemp instruments, levels rows 1979..84 get Δlemp(t-1) in 6 columns, an intercept
    // and 5 dummies, and lwage its differenced and levels columns
    List<GmmRegressor> regs = List.of(new GmmRegressor("lemp", 1, "L1"), new GmmRegressor("lemp", 2, "L2"),
        new GmmRegressor("lemp", 3, "L3"), new GmmRegressor("lwage", 0, "w"));
    GmmFit g = GmmEstimator.fit(EMPLUK, new GmmSpec("lemp", regs, EmplUkModels.AB_GMM, List.of("w"),
        GmmSpec.Transformation.SYSTEM, false, true, false));
    assertThat(g.nInstruments()).isEqualTo(25 + 6 + 6 + 2);
    assertThat(g.fit().notes()).isEmpty();
    assertThat(Arrays.stream(g.fit().coef()).allMatch(Double::isFinite)).isTrue();
  }

  @Test
  void timeEffectsAreNamedByYear() {
    GmmFit d = GmmEstimator.fit(EMPLUK, EmplUkModels.difference(false, false));
    assertThat(d.fit().terms().subList(7, 13)).containsExactly("1979", "1980", "1981", "1982", "1983", "1984");
    GmmFit s = GmmEstimator.fit(EMPLUK, EmplUkModels.system(false));
    assertThat(s.fit().terms().subList(5, 13))
        .containsExactly("(Intercept)", "1978", "1979", "1980", "1981", "1982", "1983", "1984");
    assertThat(s.fit().stat("nobs_diff") + s.fit().stat("nobs_levels")).isEqualTo(s.fit().nobs());
  }

  @Test
  void twoStepHansenIsPgmmSargan() {
    GmmFit g = GmmEstimator.fit(EMPLUK, EmplUkModels.difference(true, false));
    assertThat(g.sargan().statistic()).isEqualTo(g.hansen().statistic());
    assertThat(g.fit().vectors().get("coef_onestep"))
        .containsExactly(GmmEstimator.fit(EMPLUK, EmplUkModels.difference(false, false)).fit().coef(), within(1e-12));
  }

  @Test
  void warnsWhenInstrumentsOutnumberFirms() {
    boolean[] keep = new boolean[EMPLUK.rows()];
    for (int i = 0; i < keep.length; i++) keep[i] = EMPLUK.firm()[i] < 80;
    GmmFit g = GmmEstimator.fit(EMPLUK.filter(keep), EmplUkModels.system(false));
    assertThat(g.nGroups()).isEqualTo(80);
    assertThat(g.nInstruments()).isGreaterThan(80);
    assertThat(g.warning()).startsWith("instrument count " + g.nInstruments() + " exceeds number of firms 80");
    assertThat(g.fit().notes()).contains(g.warning());
    assertThat(GmmEstimator.fit(EMPLUK, EmplUkModels.system(false)).warning()).isNull();
  }

  @Test
  void aYearMissingFromTheWholePanelDropsItsEmptyColumns() {
    // without 1980 the calendar grid keeps 1980: its instrument columns and time dummies are empty and left out
    boolean[] keep = new boolean[EMPLUK.rows()];
    for (int i = 0; i < keep.length; i++) keep[i] = EMPLUK.year()[i] != 1980;
    GmmFit g = GmmEstimator.fit(EMPLUK.filter(keep), EmplUkModels.difference(false, false));
    assertThat(g.fit().notes()).anyMatch(n -> n.contains("zero for every firm"));
    // with lags of up to 2 in differences, only the equations of 1979 and 1984 survive: the dummies of 1980-82
    // are empty and of the two left for 1983-84 one is collinear
    assertThat(g.fit().dropped()).containsEntry("1980", "no used equation in that year")
        .containsEntry("1984", "collinear with earlier time effects").hasSize(4);
    assertThat(g.fit().terms()).doesNotContain("1980");
    assertThat(g.nInstruments()).isLessThan(38);
    assertThat(Arrays.stream(g.fit().coef()).allMatch(Double::isFinite)).isTrue();
  }

  @Test
  void clearErrors() {
    GmmSpec ok = EmplUkModels.difference(false, false);
    assertThatThrownBy(() -> GmmEstimator.fit(EMPLUK, new GmmSpec("nope", ok.regressors(), ok.gmmInstruments(),
        List.of(), ok.transformation(), false, true, false)))
        .hasMessageContaining("no numeric column `nope`");
    assertThatThrownBy(() -> GmmEstimator.fit(EMPLUK, new GmmSpec("lemp", ok.regressors(), ok.gmmInstruments(),
        List.of("unknown"), ok.transformation(), false, true, false)))
        .hasMessageContaining("IV instrument `unknown`");
    // 7 regressors + 6 dummies but only lags 2..2 of lemp (6 columns) and the dummies: under-identified
    assertThatThrownBy(() -> GmmEstimator.fit(EMPLUK, new GmmSpec("lemp", ok.regressors(),
        List.of(new GmmInstrument("lemp", 2, 2)), List.of(), ok.transformation(), false, true, false)))
        .hasMessageContaining("under-identified");
    // a lag of 9 needs more than the 9 years of the panel
    assertThatThrownBy(() -> GmmEstimator.fit(EMPLUK, new GmmSpec("lemp", List.of(GmmRegressor.of("lemp", 9)),
        ok.gmmInstruments(), List.of(), ok.transformation(), false, true, false)))
        .hasMessageContaining("spans 9 years");
    // the same regressor twice: collinear
    assertThatThrownBy(() -> GmmEstimator.fit(EMPLUK, new GmmSpec("lemp",
        List.of(new GmmRegressor("lemp", 1, "a"), new GmmRegressor("lemp", 1, "b")), ok.gmmInstruments(), List.of(),
        ok.transformation(), false, true, false)))
        .hasMessageContaining("regressor `b` is collinear");
    assertThatThrownBy(() -> new GmmInstrument("x", 3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GmmSpec("y", List.of(), ok.gmmInstruments(), List.of(), ok.transformation(), false,
        true, false)).hasMessageContaining("at least one regressor");
  }

  /**
   * A mean-stationary AR(1) panel y_it = 0.5 y_i,t-1 + 0.3 x_it + μ_i + v_it with strictly exogenous x: difference
   * and system GMM are consistent; the over-identification and AR(2) tests should not reject.
   */
  @Test
  void recoversTheParametersOfASimulatedDynamicPanel() {
    int n = 1500, t = 8;
    Random rnd = new Random(11);
    String[] id = new String[n * t];
    int[] year = new int[n * t];
    double[] y = new double[n * t], x = new double[n * t];
    int i = 0;
    for (int f = 0; f < n; f++) {
      double mu = rnd.nextGaussian();
      double yl = mu / 0.5 + rnd.nextGaussian() / Math.sqrt(0.75); // start at the stationary distribution
      for (int s = -20; s < t; s++) {
        double xx = rnd.nextGaussian();
        double yy = 0.5 * yl + 0.3 * xx + mu + rnd.nextGaussian();
        yl = yy;
        if (s < 0) continue;
        id[i] = "f" + f;
        year[i] = 2001 + s;
        y[i] = yy;
        x[i] = xx;
        i++;
      }
    }
    Panel p = new PanelBuilder("firm", "year", id, year).numeric("y", y).numeric("x", x).build();
    List<GmmRegressor> regs = List.of(new GmmRegressor("y", 1, "L.y"), new GmmRegressor("x", 0, "x"));
    List<GmmInstrument> gmm = List.of(GmmInstrument.allLagsFrom("y", 2));
    for (GmmSpec.Transformation tr : GmmSpec.Transformation.values()) {
      GmmFit g = GmmEstimator.fit(p, new GmmSpec("y", regs, gmm, List.of("x"), tr, true, true, false));
      assertThat(g.coef("L.y")).as(tr + " rho").isCloseTo(0.5, within(4 * g.se("L.y")));
      assertThat(g.coef("x")).as(tr + " beta").isCloseTo(0.3, within(4 * g.se("x")));
      assertThat(g.se("L.y")).as(tr + " se").isLessThan(0.1);
      assertThat(g.hansen().pValue()).as(tr + " Hansen p").isGreaterThan(0.001);
      assertThat(g.ar2Robust().pValue()).as(tr + " AR(2) p").isGreaterThan(0.001);
      assertThat(g.ar1Robust().statistic()).as(tr + " AR(1): differenced errors are MA(1)").isLessThan(-3);
    }
  }
}
