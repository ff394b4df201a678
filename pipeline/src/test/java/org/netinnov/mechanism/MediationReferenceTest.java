package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;

/**
 * The mediation paths, their firm-clustered standard errors and the Sobel/Aroian statistics against R plm
 * (reference/mediation_plm.json, computed by reference/mediation_plm.R on reference/mediation_panel.csv: two
 * mediators, one-year lag with gaps in the series, two-way fixed effects, Stata small-sample cluster correction).
 */
class MediationReferenceTest {

  static Panel panel() {
    return org.netinnov.testing.ReferenceCsv.read("/reference/mediation_panel.csv");
  }

  @Test
  void pathsStandardErrorsAndSobelMatchPlm() throws Exception {
    JsonNode ref;
    try (InputStream in = MediationReferenceTest.class.getResourceAsStream("/reference/mediation_plm.json")) {
      ref = new ObjectMapper().readTree(in);
    }
    MediationSpec spec = new MediationSpec("x", List.of("m1", "m2"), "y", List.of("w"), "firm + year", 1, "linear",
        "cluster(firm)", new MediationSpec.BootstrapSpec(0, null, 1, 0.95));
    MediationResult r = MediationAnalysis.run(panel(), spec, 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    assertThat(r.nobs()).isEqualTo(ref.get("nobs").asInt());
    assertThat(r.nFirms()).isEqualTo(ref.get("firms").asInt());
    for (int j = 0; j < 2; j++) {
      var e = r.effects().get(j);
      close(e.a().estimate(), ref.get("a").get(j).asDouble(), "a" + j);
      close(e.a().se(), ref.get("se_a").get(j).asDouble(), "se_a" + j);
      close(e.b().estimate(), ref.get("b").get(j).asDouble(), "b" + j);
      close(e.b().se(), ref.get("se_b").get(j).asDouble(), "se_b" + j);
      close(e.test().statistic(), ref.get("sobel_z").get(j).asDouble(), "sobel" + j);
      close(e.aroian().statistic(), ref.get("aroian_z").get(j).asDouble(), "aroian" + j);
    }
    close(r.effect("direct").estimate(), ref.get("direct").asDouble(), "direct");
    close(r.effect("direct").test().se(), ref.get("se_direct").asDouble(), "se_direct");
    close(r.effect("total").estimate(), ref.get("total").asDouble(), "total");
    close(r.effect("total").test().se(), ref.get("se_total").asDouble(), "se_total");
  }

  private static void close(double actual, double expected, String what) {
    assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }
}
