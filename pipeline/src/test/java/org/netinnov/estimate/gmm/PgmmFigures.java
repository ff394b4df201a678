package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the pgmm fixtures made by pgmm_fixture_helpers.R and compares a fit with one entry. */
final class PgmmFigures {
  static final double COEF_TOL = 1e-6;
  static final double STAT_TOL = 1e-5;

  private PgmmFigures() {}

  static JsonNode json(String resource) {
    try (var in = PgmmFigures.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec an entry describes, for the formula blocks and GMM instruments given. */
  static GmmSpec spec(JsonNode e, java.util.List<EmplUkModels.Block> blocks, java.util.List<GmmInstrument> gmm) {
    var tr = e.get("transformation").asText().equals("ld") ? GmmSpec.Transformation.SYSTEM
        : GmmSpec.Transformation.DIFFERENCE;
    return EmplUkModels.spec(blocks, EmplUkModels.COLUMN_LABELS, gmm, tr, e.get("model").asText().equals("twosteps"),
        e.get("effect").asText().equals("twoways"), e.get("collapse").asBoolean());
  }

  /** Every figure of the entry: all coefficients (time effects too), robust SEs, counts and tests. */
  static void assertMatches(GmmFit g, JsonNode e) {
    int n = 0;
    for (var c : e.get("coefficients").properties()) {
      n++;
      assertRel(c.getKey() + " estimate", g.coef(c.getKey()), c.getValue().get("estimate").asDouble(), COEF_TOL);
      assertRel(c.getKey() + " se", g.se(c.getKey()), c.getValue().get("se").asDouble(), STAT_TOL);
    }
    assertThat(g.fit().k()).as("number of coefficients").isEqualTo(n);
    assertThat(g.fit().nobs()).as("nobs").isEqualTo(e.get("nobs").asInt());
    assertThat(e.get("zero_instrument_columns").asInt()).as("fixture has no all-zero instrument column").isZero();
    assertThat(g.nInstruments()).as("instruments").isEqualTo(e.get("n_instruments").asInt());
    JsonNode s = e.get("sargan");
    assertRel("sargan", g.sargan().statistic(), s.get("statistic").asDouble(), STAT_TOL);
    assertThat(g.sargan().df()).isEqualTo(s.get("df").asDouble());
    assertRel("sargan p", g.sargan().pValue(), s.get("p_value").asDouble(), STAT_TOL);
    assertRel("hansen", g.hansen().statistic(), e.get("hansen").asDouble(), STAT_TOL);
    assertRel("xtabond2 sargan", g.sarganOneStep().statistic(), e.get("sargan_onestep_xtabond2").asDouble(), STAT_TOL);
    assertTest("ar1", g.ar1(), e.get("ar1"));
    assertTest("ar2", g.ar2(), e.get("ar2"));
    assertTest("ar1 robust", g.ar1Robust(), e.get("ar1_robust"));
    assertTest("ar2 robust", g.ar2Robust(), e.get("ar2_robust"));
    assertRel("wald coef", g.fit().stat("wald_coef"), e.get("wald_coef").asDouble(), STAT_TOL);
    if (e.has("wald_time")) assertRel("wald time", g.fit().stat("wald_time"), e.get("wald_time").asDouble(), STAT_TOL);
  }

  static void assertTest(String what, GmmFit.Test t, JsonNode ref) {
    assertRel(what, t.statistic(), ref.get("statistic").asDouble(), STAT_TOL);
    assertRel(what + " p", t.pValue(), ref.get("p_value").asDouble(), STAT_TOL);
  }

  static void assertRel(String what, double actual, double expected, double tol) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what + " (NaN in pgmm)").isNaN();
      return;
    }
    assertThat(actual).as(what).isCloseTo(expected, within(tol * Math.max(Math.abs(expected), 1e-300)));
  }
}
