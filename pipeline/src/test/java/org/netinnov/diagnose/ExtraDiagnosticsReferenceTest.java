package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.netinnov.config.DiagnosticsSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;

/**
 * Tests beyond the shared reference files (f_time, honda_twoways, Breusch–Godfrey of order 2, Jarque–Bera,
 * the modified Wald statistic written out in R), and the whole battery on a panel with gaps in the years
 * (grunfeld_gaps.csv, unbalanced: plmtest's and pcdtest's unbalanced formulas). Figures from
 * {@code diagnose/diagnose_extra_r.json}, computed by {@code diagnose_extra_r.R} with R 4.2.2, plm 2.6-2,
 * lmtest 0.9-40 and tseries. Relative tolerance 1e-6 on statistic and p-value.
 */
class ExtraDiagnosticsReferenceTest {

  @TestFactory
  Stream<DynamicTest> grunfeld() {
    return tests("grunfeld", "/reference/grunfeld.csv", "inv ~ value + capital");
  }

  @TestFactory
  Stream<DynamicTest> empluk() {
    return tests("empluk", "/reference/empluk.csv", "log(emp) ~ log(wage) + log(capital) + log(output)");
  }

  @TestFactory
  Stream<DynamicTest> grunfeldGaps() {
    return tests("grunfeld_gaps", "/reference/grunfeld_gaps.csv", "inv ~ value + capital");
  }

  private Stream<DynamicTest> tests(String data, String csv, String formula) {
    Panel p = DiagnoseFixtures.readCsv(csv);
    JsonNode ref = DiagnoseFixtures.json("/diagnose/diagnose_extra_r.json").get(data);
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("main", DiagnoseFixtures.model(formula, "within", (List<String>) null));
    models.put("ols", DiagnoseFixtures.model(formula, "pooled", (List<String>) null));
    List<ModelResult> results = ModelStage.run(p, models);
    DiagnosticsResult order1 = DiagnosticsStage.run(p, models, results, DiagnosticsSpec.defaults());
    DiagnosticsResult order2 = DiagnosticsStage.run(p, models, results,
        new DiagnosticsSpec(null, null, null, 2, null, null));
    List<DynamicTest> out = new ArrayList<>();
    ref.fieldNames().forEachRemaining(key -> out.add(DynamicTest.dynamicTest(data + " " + key, () -> {
      TestResult got = switch (key) {
        case "breusch_godfrey_order2" -> order2.model("main").test("breusch_godfrey");
        case "jarque_bera_within" -> order1.model("main").test("jarque_bera");
        case "jarque_bera_pooled" -> order1.model("ols").test("jarque_bera");
        default -> order1.model("main").test(key);
      };
      assertThat(got).as(key).isNotNull();
      assertThat(got.computed()).as("%s computed (%s)", key, got.note()).isTrue();
      JsonNode want = ref.get(key);
      PlmDiagnosticsReferenceTest.close(got.statistic(), want.get("statistic").asDouble(), data + " " + key);
      List<Double> df = new ArrayList<>();
      want.get("df").forEach(v -> df.add(v.asDouble()));
      assertThat(got.df()).as("%s df", key).containsExactly(df.stream().mapToDouble(Double::doubleValue).toArray());
      PlmDiagnosticsReferenceTest.close(got.pValue(), want.get("p_value").asDouble(), data + " " + key + " p");
    })));
    return out.stream();
  }
}
