package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netinnov.config.HypothesisSpec;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.report.json.Json;
import org.netinnov.report.json.MechanismJson;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

class MechanismOutputTest {
  static MediationResult result(int reps) {
    Panel p = MediationPanels.generate(31, 120, 6, new double[] {0.5, 0.3}, new double[] {0.4, 0.0}, 0.2, 1, 0.05);
    MediationSpec s = new MediationSpec("x", List.of("m1", "m2"), "y", List.of("w"), "firm + year", 1, "linear",
        "cluster(firm)", new MediationSpec.BootstrapSpec(reps, 9L, 1, 0.95));
    return MediationAnalysis.run(p, s, 1, ProgressListener.NONE);
  }

  @Test
  void mediationTablesShowEveryPathAndEffect() {
    MediationResult m = result(50);
    List<Table> t = MechanismTables.mediation(m);
    Table paths = t.get(0);
    assertThat(paths.id()).isEqualTo("mediation_paths");
    assertThat(paths.header()).hasSize(3);
    assertThat(paths.columns()).isEqualTo(1 + 2 + 2);
    // treatment row, column of path a for m1: coefficient with stars, se beneath
    Fit a1 = m.pathA().get(0).fit();
    int j = a1.indexOf("x");
    double p = Inference.pValue(a1.coef()[j] / a1.se(j), a1.dfInference());
    String stars = p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
    assertThat(paths.body().get(0).get(1).text()).isEqualTo(String.format(Locale.ROOT, "%.3f", a1.coef()[j]) + stars);
    assertThat(paths.body().get(1).get(1).text()).isEqualTo(String.format(Locale.ROOT, "(%.3f)", a1.se(j)));
    // treatment in the outcome equation is l(x, 1), i.e. the direct effect
    assertThat(paths.body().get(0).get(3).text()).startsWith(String.format(Locale.ROOT, "%.3f",
        m.effect("direct").estimate()));
    // mediator m1 row: only the outcome equation has it
    assertThat(paths.body().get(2).get(1).isBlank()).isTrue();
    assertThat(paths.body().get(2).get(3).text()).startsWith(String.format(Locale.ROOT, "%.3f",
        m.effect("indirect(m1)").b().estimate()));

    Table eff = t.get(1);
    assertThat(eff.body()).hasSize(2 + 3);
    List<Cell> ind = eff.body().get(0);
    assertThat(ind.get(1).number()).isEqualTo(m.effect("indirect(m1)").estimate());
    assertThat(eff.header().get(0).get(3).text()).startsWith("Percentile");
    assertThat(ind.get(3).number()).isEqualTo(m.effect("indirect(m1)").bootstrap().percentileLow());
    assertThat(eff.header().get(0).get(11).text()).isEqualTo("Sobel z");
    assertThat(ind.get(11).number()).isEqualTo(m.effect("indirect(m1)").test().statistic());
    assertThat(eff.notes()).anyMatch(n -> n.contains("seed 9"));
    assertThat(eff.notes()).anyMatch(n -> n.contains("Common sample"));
  }

  /** A bootstrap p of zero is a bound, 2/R, not a value: "<0.002" for 1,000 replicates (rounded up). */
  @Test
  void bootstrapPOfZeroIsShownAsItsBound() {
    var none = new MediationResult.BootstrapInterval(0.95, 1000, 0.1, 0.2, 0.5, 0.2, 0.5, 0.0, 0.0, null);
    assertThat(MechanismTables.bootstrapP(none).text()).isEqualTo("<0.002");
    var odd = new MediationResult.BootstrapInterval(0.95, 999, 0.1, 0.2, 0.5, 0.2, 0.5, 0.0, 0.0, null);
    assertThat(MechanismTables.bootstrapP(odd).text()).isEqualTo("<0.0021");
    var some = new MediationResult.BootstrapInterval(0.95, 1000, 0.1, -0.1, 0.5, -0.1, 0.5, 0.0, 0.046, null);
    assertThat(MechanismTables.bootstrapP(some).number()).isEqualTo(0.046);
  }

  @Test
  void mediationTablesUseTheReadersLabels() {
    MediationResult m = result(20);
    var labels = new org.netinnov.report.TermLabels(java.util.Map.of("x", "Intl. entrepreneurship", "m1", "Gov ties",
        "y", "Patents", "w", "Size", "firm", "Firm"));
    List<Table> t = MechanismTables.mediation(m, MechanismTables.DEFAULT_STARS, 3, labels);
    Table paths = t.get(0);
    assertThat(paths.title()).isEqualTo("Mediation paths: Intl. entrepreneurship → Gov ties, m2 → Patents");
    assertThat(paths.body().get(0).get(0).text()).startsWith("Treatment: Intl. entrepreneurship");
    assertThat(paths.body().get(2).get(0).text()).startsWith("Mediator: Gov ties");
    assertThat(paths.body()).anyMatch(r -> "Size".equals(r.get(0).text()));
    assertThat(paths.body()).anyMatch(r -> "Firm, year".equals(r.get(1).text()));
    assertThat(t.get(1).body().get(0).get(0).text()).isEqualTo("Indirect via Gov ties");
  }

  @Test
  void jsonCarriesPathsEffectsAndScorecard() throws Exception {
    MediationResult m = result(40);
    JsonNode j = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(MechanismJson.mediation(m)));
    assertThat(j.get("status").asText()).isEqualTo("ok");
    assertThat(j.get("bootstrap").get("replications").asInt()).isEqualTo(40);
    assertThat(j.get("bootstrap").get("seed").asLong()).isEqualTo(9L);
    assertThat(j.get("paths").get("a(m1)").get("estimate").asDouble())
        .isEqualTo(m.effect("indirect(m1)").a().estimate());
    JsonNode ind = j.get("effects").get("indirect(m1)");
    assertThat(ind.get("sobel").get("statistic").asDouble()).isEqualTo(m.effect("indirect(m1)").test().statistic());
    assertThat(ind.get("bootstrap").get("percentile").get(1).asDouble())
        .isEqualTo(m.effect("indirect(m1)").bootstrap().percentileHigh());
    assertThat(j.get("effects").get("total_indirect").get("test").get("p_value").isNull()).isTrue();
    assertThat(j.get("models").has("mediation.outcome")).isTrue();

    List<Verdict> v = Scorecard.evaluate(List.of(new HypothesisSpec("H1", "IE builds government ties",
        "mediation", "indirect(m1)", "positive", List.of(new HypothesisSpec.RobustnessCheck("nope", "x")))),
        Map.of(), m, 0.05);
    JsonNode s = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(MechanismJson.scorecard(v)));
    assertThat(s.get(0).get("verdict").asText()).isEqualTo(v.get(0).outcome().text());
    assertThat(s.get(0).get("robustness").get(0).get("verdict").asText()).isEqualTo("not testable");
    assertThat(s.get(0).get("robustness_summary").asText()).isEqualTo("holds in 0 of 1 robustness check (1 not testable)");
    Table sc = MechanismTables.scorecard(v, 0.05);
    assertThat(sc.body()).hasSize(1);
    assertThat(sc.body().get(0).get(9).text()).isEqualTo(v.get(0).outcome().text());
    assertThat(MechanismTables.robustness(v, 0.05).body()).hasSize(1);
  }

  @Test
  void failedMediationStillReports() throws Exception {
    Panel p = MediationPanels.generate(31, 20, 4, new double[] {0.5}, new double[] {0.4}, 0.2, 0, 0.0);
    MediationSpec s = new MediationSpec("x", List.of("nothere"), "y", List.of(), "firm", 0, "linear", "classical",
        null);
    MediationResult m = MediationAnalysis.run(p, s, 1, ProgressListener.NONE);
    assertThat(m.failed()).isTrue();
    assertThat(MechanismTables.mediation(m)).hasSize(1);
    JsonNode j = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(MechanismJson.mediation(m)));
    assertThat(j.get("status").asText()).isEqualTo("failed");
    assertThat(j.get("failure").asText()).contains("nothere");
  }
}
