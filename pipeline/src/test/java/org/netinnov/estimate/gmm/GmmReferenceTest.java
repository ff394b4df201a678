package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;

/**
 * The four pgmm reference fits on EmplUK (shared/reference, R 4.2.2, plm 2.6-2): coefficients to 1e-6 relative,
 * robust standard errors and test statistics to 1e-5 relative, the same instrument counts.
 */
class GmmReferenceTest {
  static final double COEF_TOL = 1e-6;
  static final double STAT_TOL = 1e-5;
  static Panel panel;
  static JsonNode ab;
  static JsonNode variants;

  @BeforeAll
  static void load() throws IOException {
    panel = EmplUk.load();
    ab = json("/reference/empluk_ab_gmm_plm.json");
    variants = json("/reference/empluk_gmm_variants_plm.json");
  }

  static JsonNode json(String resource) throws IOException {
    try (var in = GmmReferenceTest.class.getResourceAsStream(resource)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void oneStepDifferenceWithTimeDummies() {
    GmmFit g = GmmEstimator.fit(panel, EmplUkModels.difference(false, false));
    check(g, ab, "se_robust");
    assertThat(g.nInstruments()).isEqualTo(38);
    assertThat(g.fit().nobs()).isEqualTo(611);
  }

  @Test
  void twoStepDifferenceWindmeijer() {
    GmmFit g = GmmEstimator.fit(panel, EmplUkModels.difference(true, false));
    check(g, variants.get("difference_twostep"), "se");
  }

  @Test
  void oneStepSystem() {
    GmmFit g = GmmEstimator.fit(panel, EmplUkModels.system(false));
    check(g, variants.get("system_onestep"), "se");
    assertThat(g.fit().nobs()).isEqualTo(1642); // pgmm: 751 differenced + 891 levels residuals
  }

  @Test
  void twoStepDifferenceCollapsed() {
    GmmFit g = GmmEstimator.fit(panel, EmplUkModels.difference(true, true));
    check(g, variants.get("difference_twostep_collapsed"), "se");
  }

  static void check(GmmFit g, JsonNode ref, String seField) {
    for (var e : ref.get("coefficients").properties()) {
      String term = e.getKey();
      assertRel(term + " estimate", g.coef(term), e.getValue().get("estimate").asDouble(), COEF_TOL);
      assertRel(term + " se", g.se(term), e.getValue().get(seField).asDouble(), STAT_TOL);
    }
    JsonNode s = ref.get("sargan");
    assertRel("sargan", g.sargan().statistic(), s.get("statistic").asDouble(), STAT_TOL);
    assertThat(g.sargan().df()).isEqualTo(s.get("df").asDouble());
    assertRel("sargan p", g.sargan().pValue(), s.get("p_value").asDouble(), STAT_TOL);
    assertRel("ar1", g.ar1().statistic(), ref.get("ar1").get("statistic").asDouble(), STAT_TOL);
    assertRel("ar1 p", g.ar1().pValue(), ref.get("ar1").get("p_value").asDouble(), STAT_TOL);
    assertRel("ar2", g.ar2().statistic(), ref.get("ar2").get("statistic").asDouble(), STAT_TOL);
    assertRel("ar2 p", g.ar2().pValue(), ref.get("ar2").get("p_value").asDouble(), STAT_TOL);
    if (ref.has("n_instruments")) assertThat(g.nInstruments()).isEqualTo(ref.get("n_instruments").asInt());
    assertThat(g.fit().stat("n_instruments")).isEqualTo(g.nInstruments());
    assertThat(g.fit().stat("sargan")).isEqualTo(g.sargan().statistic());
    assertThat(g.fit().zInference()).isTrue();
  }

  static void assertRel(String what, double actual, double expected, double tol) {
    assertThat(actual).as(what).isCloseTo(expected, within(tol * Math.max(Math.abs(expected), 1e-300)));
  }
}
