package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;

/**
 * xtabond2's published output on the same data (Roodman 2009, sections 3.3–3.4): same coefficients as pgmm, and
 * the xtabond2 "Sargan (not robust)" and "Hansen (robust)" statistics that {@link GmmFit#sarganOneStep()} and
 * {@link GmmFit#hansen()} reproduce. Statistics are compared to half a unit of the last printed digit;
 * coefficients and standard errors to 1e-5 relative, because Stata's abdata stores the variables in single
 * precision (pgmm's double-precision figures, which we match to 1e-11, differ from xtabond2's by up to 6.4e-6).
 */
class GmmXtabond2PublishedTest {
  static final JsonNode REF = PgmmFigures.json("/reference/empluk_xtabond2_gmm_roodman2009.json");
  static final Panel PANEL = EmplUk.load();
  static final Map<String, String> XT = Map.of("lemp", "n", "lwage", "w", "lcap", "k", "lout", "ys");
  static final double COEF = 1e-5;
  static final double STAT = 0.00501;

  /** xtabond2 names: n, L1.n, L2.n, ... */
  static List<GmmRegressor> regressors(List<EmplUkModels.Block> blocks) {
    return EmplUkModels.regressors(blocks, EmplUkModels.COLUMN_LABELS).stream()
        .map(r -> new GmmRegressor(r.variable(), r.lag(), (r.lag() == 0 ? "" : "L" + r.lag() + ".") + XT.get(r.variable())))
        .toList();
  }

  static GmmSpec spec(List<EmplUkModels.Block> blocks, List<GmmInstrument> gmm, GmmSpec.Transformation tr) {
    List<GmmRegressor> regs = regressors(blocks);
    return new GmmSpec("lemp", regs, gmm, GmmSpec.exogenousRegressors(regs, gmm), tr, false, true, false);
  }

  @Test
  void arellanoBondOneStepRobust() {
    JsonNode e = REF.get("difference_onestep_robust");
    GmmFit g = GmmEstimator.fit(PANEL, spec(EmplUkModels.AB_FULL, EmplUkModels.AB_GMM,
        GmmSpec.Transformation.DIFFERENCE));
    e.get("coefficients").properties().forEach(c -> {
      assertThat(g.coef(c.getKey())).as(c.getKey()).isCloseTo(c.getValue().get(0).asDouble(), withinRel(c.getValue().get(0).asDouble()));
      assertThat(g.se(c.getKey())).as(c.getKey() + " se").isCloseTo(c.getValue().get(1).asDouble(), withinRel(c.getValue().get(1).asDouble()));
    });
    assertThat(g.fit().nobs()).isEqualTo(e.get("nobs").asInt());
    assertThat(g.nGroups()).isEqualTo(e.get("groups").asInt());
    assertThat(g.nInstruments()).isEqualTo(e.get("n_instruments").asInt());
    // xtabond2 reports the AR tests with the robust covariance
    assertThat(g.ar1Robust().statistic()).isCloseTo(e.get("ar1").asDouble(), within(STAT));
    assertThat(g.ar2Robust().statistic()).isCloseTo(e.get("ar2").asDouble(), within(STAT));
    overid(g, e);
  }

  @Test
  void arellanoBondAllGmmStyle() {
    JsonNode e = REF.get("difference_onestep_robust_small_gmm_nwk");
    List<GmmInstrument> gmm = List.of(GmmInstrument.allLagsFrom("lemp", 2), GmmInstrument.allLagsFrom("lwage", 2),
        GmmInstrument.allLagsFrom("lcap", 2));
    GmmFit g = GmmEstimator.fit(PANEL, spec(EmplUkModels.AB_FULL, gmm, GmmSpec.Transformation.DIFFERENCE));
    coefficients(g, e);
    assertThat(g.nInstruments()).isEqualTo(e.get("n_instruments").asInt());
    assertThat(g.ar1Robust().statistic()).isCloseTo(e.get("ar1").asDouble(), within(STAT));
    assertThat(g.ar2Robust().statistic()).isCloseTo(e.get("ar2").asDouble(), within(STAT));
    overid(g, e);
  }

  @Test
  void blundellBondSystemOneStep() {
    JsonNode e = REF.get("system_onestep_robust_small");
    GmmFit g = GmmEstimator.fit(PANEL, spec(EmplUkModels.BB, EmplUkModels.BB_GMM, GmmSpec.Transformation.SYSTEM));
    coefficients(g, e);
    assertThat(g.fit().stat("nobs_levels")).isEqualTo(e.get("nobs_levels").asDouble());
    assertThat(g.nInstruments()).isEqualTo(e.get("n_instruments").asInt());
    overid(g, e);
  }

  static org.assertj.core.data.Offset<Double> withinRel(double expected) {
    return within(COEF * Math.abs(expected));
  }

  static void coefficients(GmmFit g, JsonNode e) {
    e.get("coefficients").properties().forEach(c ->
        assertThat(g.coef(c.getKey())).as(c.getKey()).isCloseTo(c.getValue().asDouble(), withinRel(c.getValue().asDouble())));
  }

  static void overid(GmmFit g, JsonNode e) {
    assertThat(g.sarganOneStep().statistic()).isCloseTo(e.get("sargan").asDouble(), within(STAT));
    assertThat(g.sarganOneStep().df()).isEqualTo(e.get("sargan_df").asDouble());
    assertThat(g.hansen().statistic()).isCloseTo(e.get("hansen").asDouble(), within(STAT));
    assertThat(g.hansen().df()).isEqualTo(e.get("hansen_df").asDouble());
  }
}
