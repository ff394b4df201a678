package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netinnov.data.Panel;

/**
 * Every figure of further pgmm fits on EmplUK (empluk_gmm_extra_plm.json, computed with
 * reference/gmm/empluk_gmm_extra_plm.R): time-effect coefficients, nobs, Hansen, xtabond2's Sargan, robust AR
 * tests and Wald tests, for one- and two-step, difference and system, collapsed and not, with and without time
 * effects, with lag limits and with explicit standard instruments.
 */
class GmmPgmmFixturesTest {
  static final JsonNode EXTRA = PgmmFigures.json("/reference/empluk_gmm_extra_plm.json");
  static final Panel PANEL = EmplUk.load();

  static final List<GmmInstrument> LAGS_23 = List.of(new GmmInstrument("lemp", 2, 3));
  static final List<GmmInstrument> LAG_LIMITS = List.of(new GmmInstrument("lemp", 2, 4),
      new GmmInstrument("lwage", 2, 3), new GmmInstrument("lcap", 2, 5));

  @ParameterizedTest
  @ValueSource(strings = {"difference_onestep", "difference_twostep", "system_onestep", "system_twostep",
      "difference_twostep_collapsed", "system_twostep_collapsed", "difference_onestep_individual",
      "system_onestep_individual", "ab_full_onestep", "difference_twostep_lags23", "system_onestep_laglimits",
      "system_twostep_laglimits_collapsed"})
  void matchesPgmm(String entry) {
    JsonNode e = EXTRA.get(entry);
    boolean sys = entry.startsWith("system");
    List<EmplUkModels.Block> blocks = sys ? EmplUkModels.BB
        : entry.startsWith("ab_full") ? EmplUkModels.AB_FULL : EmplUkModels.AB;
    List<GmmInstrument> gmm = entry.contains("laglimits") ? LAG_LIMITS : entry.contains("lags23") ? LAGS_23
        : sys ? EmplUkModels.BB_GMM : EmplUkModels.AB_GMM;
    PgmmFigures.assertMatches(GmmEstimator.fit(PANEL, PgmmFigures.spec(e, blocks, gmm)), e);
  }

  @Test
  void explicitStandardInstruments() {
    // lemp ~ lag(lemp, 1:2) + lwage + lcap | lag(lemp, 2:99) | lwage + lcap + lout: IV instruments named by
    // regressor (lwage, lcap) and by panel column (lout, not a regressor)
    List<GmmRegressor> regs = EmplUkModels.regressors(List.of(new EmplUkModels.Block("lemp", 1, 2, false),
        new EmplUkModels.Block("lwage", 0, 0, true), new EmplUkModels.Block("lcap", 0, 0, true)),
        EmplUkModels.COLUMN_LABELS);
    GmmSpec spec = new GmmSpec("lemp", regs, EmplUkModels.AB_GMM, List.of("lwage", "lcap", "lout"),
        GmmSpec.Transformation.DIFFERENCE, false, true, false);
    GmmFit g = GmmEstimator.fit(PANEL, spec);
    JsonNode e = EXTRA.get("difference_onestep_threepart");
    PgmmFigures.assertMatches(g, e);
    assertThat(g.ar1().statistic()).as("pgmm's non-robust AR(1) variance is negative here").isNaN();
  }

  @Test
  void gmmMinimumLagAboveTheFirstUsableYear() {
    // gmm(lwage, 3, 99) with TL1 = 2: pgmm's makegmm gives the first differenced row the instrument x(1), a lag of
    // only 2; we use the requested lags, so one instrument fewer
    List<GmmRegressor> regs = List.of(new GmmRegressor("lemp", 1, "L.lemp"), new GmmRegressor("lwage", 0, "lwage"));
    List<GmmInstrument> gmm = List.of(GmmInstrument.allLagsFrom("lemp", 2), GmmInstrument.allLagsFrom("lwage", 3));
    GmmFit g = GmmEstimator.fit(PANEL, new GmmSpec("lemp", regs, gmm, List.of(), GmmSpec.Transformation.DIFFERENCE,
        false, true, false));
    // rows 1978..1984: lemp lags 2+ give 1+2+..+7 = 28, lwage lags 3+ give 0+1+..+6 = 21, 7 time dummies
    assertThat(g.nInstruments()).isEqualTo(28 + 21 + 7)
        .isEqualTo(EXTRA.get("pgmm_min_lag_above_tl1_instruments").asInt() - 1);
  }
}
