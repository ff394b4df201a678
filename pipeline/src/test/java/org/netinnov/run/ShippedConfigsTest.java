package org.netinnov.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.cli.Main;

/**
 * Every config shipped in {@code config/} runs from the repository root as a user would run it, into a temporary
 * folder, and its headline numbers are the ones the references (R plm) and the data-generating process say.
 */
class ShippedConfigsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode run(Path out, String config, String... sets) throws Exception {
    var args = new java.util.ArrayList<>(List.of("run", config, "--out", out.toString()));
    for (String s : sets) args.addAll(List.of("--set", s));
    int code = Main.execute(args.toArray(String[]::new));
    assertThat(code).as("exit code of " + config).isIn(0, 1);
    for (String f : List.of("results.json", "manifest.json", "results.xlsx", "report.md"))
      assertThat(out.resolve(f)).as(f).exists();
    JsonNode r = JSON.readTree(out.resolve("results.json").toFile());
    r = ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("_exit", code);
    return r;
  }

  static double coef(JsonNode r, String model, String term) {
    return r.path("models").path(model).path("coefficients").path(term).path("estimate").asDouble(Double.NaN);
  }

  static double se(JsonNode r, String model, String term) {
    return r.path("models").path(model).path("coefficients").path(term).path("std_error").asDouble(Double.NaN);
  }

  @Test void grunfeldReproducesPlm(@TempDir Path dir) throws Exception {
    JsonNode r = run(dir, "config/grunfeld.yaml");
    assertThat(r.path("_exit").asInt()).isZero();
    // grunfeld_plm.json (R plm 2.6-2): within_individual and within_twoways, cluster_stata SEs
    assertThat(coef(r, "within", "value")).isCloseTo(0.110123804120718, org.assertj.core.data.Offset.offset(1e-10));
    assertThat(se(r, "within", "value")).isCloseTo(0.0151560754389038, org.assertj.core.data.Offset.offset(1e-10));
    assertThat(coef(r, "twoways", "capital")).isCloseTo(0.357916273073427, org.assertj.core.data.Offset.offset(1e-10));
    assertThat(se(r, "twoways", "capital")).isCloseTo(0.0453674944847846, org.assertj.core.data.Offset.offset(1e-10));
    // Hausman test of the within model against random effects (phtest)
    assertThat(r.path("diagnostics").path("models").path("within").path("tests").path("hausman").path("statistic").asDouble())
        .isCloseTo(2.33036689367546, org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test void emplukReproducesPlmIncludingGmm(@TempDir Path dir) throws Exception {
    JsonNode r = run(dir, "config/empluk.yaml");
    assertThat(r.path("_exit").asInt()).isZero();
    // empluk_plm.json: random effects (Swamy–Arora), classical SE
    assertThat(coef(r, "random", "log(capital)")).isCloseTo(0.637802116329761, org.assertj.core.data.Offset.offset(1e-9));
    // empluk_ab_gmm_plm.json: one-step difference GMM, robust SE and Sargan; variants file: two-step Windmeijer
    assertThat(coef(r, "ab_onestep", "l(log(emp), 1)")).isCloseTo(0.534613619826262, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(se(r, "ab_onestep", "l(log(emp), 1)")).isCloseTo(0.166449277676237, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.path("models").path("ab_onestep").path("statistics").path("sargan").asDouble())
        .isCloseTo(44.6187541482448, org.assertj.core.data.Offset.offset(1e-7));
    assertThat(se(r, "ab_twostep", "log(capital)")).isCloseTo(0.0626271202107862, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(coef(r, "bb_system", "l(log(emp), 1)")).isCloseTo(0.935605351768227, org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test void hallGrilichesHausmanDistributedLag(@TempDir Path dir) throws Exception {
    JsonNode r = run(dir, "config/hgh-patents.yaml");
    assertThat(r.path("_exit").asInt()).isZero();
    JsonNode p = r.path("models").path("poisson_dl5");
    assertThat(p.path("coefficients").size()).isEqualTo(6);
    assertThat(p.path("statistics").path("converged").asDouble()).isEqualTo(1.0);
    // the estimation years are 1975–1979; firms with zero patents in all of them are dropped and counted
    assertThat(p.path("statistics").path("dropped_groups").asDouble()).isPositive();
    assertThat(r.path("lags").path("distributed").path("lags.k5").path("cumulative").path("log_rd").path("estimate")
        .asDouble()).isCloseTo(sum(p.path("coefficients")), org.assertj.core.data.Offset.offset(1e-12));
  }

  private static double sum(JsonNode coefs) {
    double s = 0;
    for (JsonNode c : coefs) s += c.path("estimate").asDouble();
    return s;
  }

  /** One firm cannot test a mechanism: the model stage says so, the run completes with exit code 1. */
  @Test void mideaCaseReportsThatPanelModelsNeedMoreThanOneFirm(@TempDir Path dir) throws Exception {
    JsonNode r = run(dir, "config/midea-case.yaml");
    assertThat(r.path("_exit").asInt()).isEqualTo(1);
    boolean said = false;
    for (JsonNode m : r.path("models"))
      if (m.path("status").asText().equals("failed") && m.path("failure").asText().contains("single firm")) said = true;
    assertThat(said).as("a failed model explains that the panel holds a single firm").isTrue();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(dir.resolve("results.xlsx")))) {
      assertThat(wb.getSheet("Case timeline")).isNotNull();
      assertThat(wb.getSheet("Extend to a panel")).isNotNull();
      assertThat(wb.getSheet("Case series").getDrawingPatriarch().getCharts()).isNotEmpty();
    }
  }
}
