package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.netinnov.config.DiagnosticsSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;

/**
 * Every specification test of the plm reference files (R 4.2.2, plm 2.6-2, lmtest 0.9-40, car; copied unchanged
 * from the shared reference folder, see reference/README-linear.md) reproduced through the diagnostics stage's
 * default battery of a within model, to a relative difference of 1e-6 on the statistic and the p-value. Where R
 * prints a p-value of 0 (below the smallest double), ours must be below 1e-300.
 */
class PlmDiagnosticsReferenceTest {
  static final double TOL = 1e-6;
  static double maxRel = 0;
  static String maxWhere = "";

  /** reference key → our test key. */
  static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("hausman_fe_vs_re", "hausman"),
      Map.entry("f_individual_effects", "f_individual"),
      Map.entry("f_twoways_effects", "f_twoways"),
      Map.entry("bp_lm_individual", "bp_lm_individual"),
      Map.entry("honda_individual", "honda_individual"),
      Map.entry("bp_lm_twoways", "bp_lm_twoways"),
      Map.entry("wooldridge_ar1_within", "wooldridge_ar1"),
      Map.entry("wooldridge_fd", "wooldridge_fd"),
      Map.entry("breusch_godfrey_within_order1", "breusch_godfrey"),
      Map.entry("pesaran_cd_within", "pesaran_cd"),
      Map.entry("breusch_pagan_pooled", "breusch_pagan"));

  @TestFactory
  Stream<DynamicTest> grunfeld() {
    return tests("grunfeld", "/reference/grunfeld.csv", "/reference/grunfeld_plm.json", "inv ~ value + capital");
  }

  @TestFactory
  Stream<DynamicTest> empluk() {
    return tests("empluk", "/reference/empluk.csv", "/reference/empluk_plm.json",
        "log(emp) ~ log(wage) + log(capital) + log(output)");
  }

  static ModelDiagnostics battery(Panel p, String formula) {
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("main", DiagnoseFixtures.model(formula, "within", (List<String>) null));
    List<ModelResult> results = ModelStage.run(p, models);
    assertThat(results.get(0).failed()).as("model fit: %s", results.get(0).failure()).isFalse();
    return DiagnosticsStage.run(p, models, results, DiagnosticsSpec.defaults()).model("main");
  }

  private Stream<DynamicTest> tests(String data, String csv, String ref, String formula) {
    Panel p = DiagnoseFixtures.readCsv(csv);
    JsonNode r = DiagnoseFixtures.json(ref);
    ModelDiagnostics md = battery(p, formula);
    List<DynamicTest> out = new ArrayList<>();
    for (var e : KEYS.entrySet()) {
      out.add(DynamicTest.dynamicTest(data + " " + e.getValue(), () -> {
        JsonNode want = r.get("tests").get(e.getKey());
        TestResult got = md.test(e.getValue());
        assertThat(got).as("test %s run", e.getValue()).isNotNull();
        assertThat(got.computed()).as("%s computed (%s)", e.getValue(), got.note()).isTrue();
        close(got.statistic(), want.get("statistic").asDouble(), data + " " + e.getValue() + " statistic");
        double[] df = got.df();
        JsonNode wdf = want.get("df");
        List<Double> expDf = new ArrayList<>();
        if (wdf.isArray()) wdf.forEach(v -> expDf.add(v.asDouble()));
        else expDf.add(wdf.asDouble());
        assertThat(df).as("%s df", e.getValue()).containsExactly(expDf.stream().mapToDouble(Double::doubleValue).toArray());
        double wp = want.get("p_value").asDouble();
        if (wp == 0) assertThat(got.pValue()).as("%s p (R prints 0)", e.getValue()).isLessThan(1e-300);
        else close(got.pValue(), wp, data + " " + e.getValue() + " p-value");
      }));
    }
    out.add(DynamicTest.dynamicTest(data + " vif", () -> {
      JsonNode want = r.get("vif_pooled");
      VifTable v = md.vif();
      assertThat(v).isNotNull();
      for (int j = 0; j < v.terms().size(); j++)
        close(v.vif()[j], want.get(v.terms().get(j)).asDouble(), data + " vif " + v.terms().get(j));
      assertThat(v.terms()).hasSize(want.size());
    }));
    return out.stream();
  }

  static void close(double got, double want, String what) {
    double rel = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
    if (rel > maxRel) { maxRel = rel; maxWhere = what; }
    assertThat(rel).as("%s: got %s, want %s", what, got, want).isLessThanOrEqualTo(TOL);
  }

  @AfterAll
  static void report() {
    System.out.printf("PlmDiagnosticsReferenceTest: largest relative difference %.3g (%s)%n", maxRel, maxWhere);
  }
}
