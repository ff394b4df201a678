package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.config.DiagnosticsSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.config.ReportSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;
import org.netinnov.report.json.DiagnosticsJson;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

/** The stage's defaults on a small config, configured Hausman pairs, "cannot be computed" rows, tables and JSON. */
class DiagnosticsStageTest {
  static final String GRUNFELD = "inv ~ value + capital";
  /** plm phtest(within, random) on Grunfeld, from reference/grunfeld_plm.json. */
  static final double HAUSMAN_GRUNFELD = 2.33036689367546;

  @Test
  void defaultsPairsTablesAndJson() {
    Panel p = DiagnoseFixtures.readCsv("/reference/grunfeld.csv");
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("main", DiagnoseFixtures.model(GRUNFELD, "within", "cluster(firm)"));
    models.put("main_re", DiagnoseFixtures.model(GRUNFELD, "random", "classical"));
    models.put("ols", DiagnoseFixtures.model(GRUNFELD, "pooled", "hc1"));
    models.put("pois", DiagnoseFixtures.model(GRUNFELD, "poisson", "classical"));
    models.put("custom", DiagnoseFixtures.model(GRUNFELD + " | firm", "within", List.of("hausman", "vif", "bogus")));
    models.put("off", DiagnoseFixtures.model(GRUNFELD, "within", List.of("none")));
    List<ModelResult> results = ModelStage.run(p, models);
    var spec = new DiagnosticsSpec(0.05, List.of(List.of("main_re", "main")), true, null, null, null);
    DiagnosticsResult r = DiagnosticsStage.run(p, models, results, spec);

    // default batteries by estimator
    assertThat(r.model("main").requested()).containsExactlyElementsOf(DiagnosticsStage.knownKeys());
    assertThat(r.model("main").tests()).extracting(TestResult::key).containsExactlyElementsOf(SpecificationTest.keys());
    assertThat(r.model("main").tests()).allMatch(TestResult::computed, "every test computed on Grunfeld");
    assertThat(r.model("main_re").requested()).containsExactlyElementsOf(DiagnosticsStage.knownKeys());
    assertThat(r.model("ols").requested()).containsExactly("breusch_pagan", "jarque_bera", "vif");
    assertThat(r.model("ols").tests()).extracting(TestResult::key).containsExactly("breusch_pagan", "jarque_bera");
    assertThat(r.model("pois").requested()).isEmpty();
    assertThat(r.model("pois").note()).contains("no specification tests by default for the poisson estimator");
    assertThat(r.model("off").requested()).isEmpty();
    // the battery drops the model's `| firm` and its clustered SEs: Hausman as plm's phtest
    assertThat(r.model("main").test("hausman").statistic()).isCloseTo(HAUSMAN_GRUNFELD, within(1e-6 * HAUSMAN_GRUNFELD));
    TestResult custom = r.model("custom").test("hausman");
    assertThat(custom.statistic()).isCloseTo(HAUSMAN_GRUNFELD, within(1e-6 * HAUSMAN_GRUNFELD));
    TestResult bogus = r.model("custom").test("bogus");
    assertThat(bogus.computed()).isFalse();
    assertThat(bogus.note()).contains("unknown test key `bogus`");
    assertThat(r.model("custom").vif()).isNotNull();
    // configured pair: within put first, re-estimated with classical covariances
    assertThat(r.hausmanPairs()).hasSize(1);
    DiagnosticsResult.PairTest pair = r.hausmanPairs().get(0);
    assertThat(pair.consistent()).isEqualTo("main");
    assertThat(pair.efficient()).isEqualTo("main_re");
    assertThat(pair.result().statistic()).isCloseTo(HAUSMAN_GRUNFELD, within(1e-6 * HAUSMAN_GRUNFELD));
    assertThat(pair.result().decision()).isEqualTo("do not reject H0: random effects are consistent");
    // decision wording at the level
    assertThat(r.model("main").test("f_individual").decision()).startsWith("reject H0: firm effects are significant");

    // descriptives on the first within model's sample, against sums computed here
    Descriptives d = r.descriptives();
    assertThat(d.sample()).contains("`main`");
    assertThat(d.rows()).extracting(DescriptiveStats::variable).containsExactly("inv", "value", "capital");
    double[] inv = p.numeric("inv");
    double sum = 0;
    for (double v : inv) sum += v;
    assertThat(d.rows().get(0).mean()).isCloseTo(sum / inv.length, within(1e-9));
    assertThat(d.rows().get(0).n()).isEqualTo(200);
    assertThat(d.structure().balanced()).isTrue();
    assertThat(r.correlations().hasSpearman()).isTrue();
    assertThat(r.panel().firms()).isEqualTo(10);

    // tables: three sheets, no table for models without tests
    List<Table> tables = DiagnosticsTables.build(r, ReportSpec.defaults());
    assertThat(tables).extracting(Table::id).containsExactly("descriptives", "panel_structure", "correlations",
        "diagnostics_main", "vif_main", "diagnostics_main_re", "vif_main_re", "diagnostics_ols", "vif_ols",
        "diagnostics_custom", "vif_custom", "diagnostics_hausman_pairs");
    assertThat(tables.stream().map(DiagnosticsTables::sheetOf).distinct().toList())
        .containsExactly("Descriptives", "Correlations", "Diagnostics");
    Table ct = tables.get(9);
    List<Cell> bogusRow = ct.body().get(1);
    assertThat(bogusRow.get(2).isBlank()).isTrue();
    assertThat(bogusRow.get(6).text()).contains("unknown test key");
    Table corr = tables.get(2);
    assertThat(corr.body().get(1).get(1).text()).matches("0\\.\\d{3}\\*{0,3}");
    assertThat(corr.notes().get(1)).startsWith("* p < 0.1, ** p < 0.05, *** p < 0.01");
    assertThat(DiagnosticsTables.sheets(r, ReportSpec.defaults())).hasSize(3);

    // JSON: NaN as null, keys stable
    ObjectNode j = DiagnosticsJson.of(r);
    assertThat(j.at("/models/main/tests/hausman/statistic").asDouble())
        .isCloseTo(HAUSMAN_GRUNFELD, within(1e-6 * HAUSMAN_GRUNFELD));
    assertThat(j.at("/models/main/tests/f_twoways/df").size()).isEqualTo(2);
    assertThat(j.at("/models/custom/tests/bogus/statistic").isNull()).isTrue();
    assertThat(j.at("/models/custom/tests/bogus/note").asText()).contains("unknown test key");
    assertThat(j.at("/descriptives/variables/inv/mean").asDouble()).isCloseTo(sum / inv.length, within(1e-9));
    assertThat(j.at("/correlations/pearson").size()).isEqualTo(3);
    assertThat(j.at("/panel_structure/panel/balanced").asBoolean()).isTrue();
    assertThat(j.at("/hausman_pairs/0/consistent").asText()).isEqualTo("main");
  }

  /**
   * Three firms of four years each overlapping in at most one year (2000–2003, 2003–2006, 2006–2009): no pair of
   * firms has 2 common years, so Pesaran's CD cannot be computed; the row says why and the other tests still run.
   */
  @Test
  void pesaranCdCannotBeComputedWithoutOverlap() {
    SplittableRandom rnd = new SplittableRandom(3);
    List<String> firm = new ArrayList<>();
    List<Integer> year = new ArrayList<>();
    for (int f = 0; f < 3; f++) for (int s = 0; s < 4; s++) { firm.add("f" + f); year.add(2000 + 3 * f + s); }
    int n = firm.size();
    double[] x = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) { x[i] = rnd.nextDouble(); y[i] = 2 * x[i] + ModifiedWaldTest.gaussian(rnd); }
    Panel p = new PanelBuilder("firm", "year", firm.toArray(String[]::new), year.stream().mapToInt(Integer::intValue)
        .toArray()).numeric("x", x).numeric("y", y).build();
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("m", DiagnoseFixtures.model("y ~ x", "within", (List<String>) null));
    List<ModelResult> results = ModelStage.run(p, models);
    DiagnosticsResult r = DiagnosticsStage.run(p, models, results, DiagnosticsSpec.defaults());
    TestResult cd = r.model("m").test("pesaran_cd");
    assertThat(cd.statistic()).isNaN();
    assertThat(cd.pValue()).isNaN();
    assertThat(cd.decision()).isEqualTo("not computed");
    assertThat(cd.note()).contains("cannot be computed").contains("3 pairs, 3 with at most one common year");
    assertThat(r.model("m").test("f_individual").computed()).isTrue();
    assertThat(r.model("m").test("modified_wald").computed()).isTrue();
    Table t = DiagnosticsTables.build(r, ReportSpec.defaults()).stream()
        .filter(x2 -> x2.id().equals("diagnostics_m")).findFirst().orElseThrow();
    List<Cell> row = t.body().stream().filter(b -> b.get(0).text().startsWith("Pesaran")).findFirst().orElseThrow();
    assertThat(row.get(2).isBlank()).isTrue();
    assertThat(row.get(4).isBlank()).isTrue();
    assertThat(row.get(6).text()).contains("cannot be computed");
    assertThat(DiagnosticsJson.of(r).at("/models/m/tests/pesaran_cd/p_value").isNull()).isTrue();
  }

  @Test
  void failedModelIsReportedNotThrown() {
    Panel p = DiagnoseFixtures.readCsv("/reference/grunfeld.csv");
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("bad", DiagnoseFixtures.model("inv ~ nosuchcolumn", "within", (List<String>) null));
    List<ModelResult> results = ModelStage.run(p, models);
    DiagnosticsResult r = DiagnosticsStage.run(p, models, results, DiagnosticsSpec.defaults());
    assertThat(r.model("bad").note()).startsWith("the model could not be estimated");
    assertThat(r.descriptives()).isNull();
    assertThat(r.notes()).anyMatch(s -> s.contains("no model was estimated"));
    assertThat(DiagnosticsTables.build(r, ReportSpec.defaults())).extracting(Table::id)
        .containsExactly("panel_structure", "diagnostics_bad");
  }

  /** Configured sample and variables; by default lags of a listed variable are left out of the descriptives. */
  @Test
  void descriptiveVariablesAndSample() {
    Panel p = DiagnoseFixtures.readCsv("/reference/grunfeld.csv");
    var models = new LinkedHashMap<String, ModelSpec>();
    models.put("ols", DiagnoseFixtures.model("inv ~ value + l(value, 1) + capital", "pooled", "classical"));
    models.put("fe", DiagnoseFixtures.model("inv ~ value + l(value, 1) + capital", "within", "classical"));
    List<ModelResult> results = ModelStage.run(p, models);
    DiagnosticsResult byDefault = DiagnosticsStage.run(p, models, results, DiagnosticsSpec.defaults());
    assertThat(byDefault.descriptives().rows()).extracting(DescriptiveStats::variable)
        .containsExactly("inv", "value", "capital");
    assertThat(byDefault.descriptives().sample()).contains("`fe`").contains("190 observations");
    assertThat(byDefault.descriptives().structure().minPerFirm()).isEqualTo(19);
    DiagnosticsResult chosen = DiagnosticsStage.run(p, models, results,
        new DiagnosticsSpec(null, null, null, null, "ols", List.of("log(inv)", "capital")));
    assertThat(chosen.descriptives().rows()).extracting(DescriptiveStats::variable)
        .containsExactly("log(inv)", "capital");
    double[] inv = p.numeric("inv");
    int[] rows = results.get(0).fit().rows();
    double s = 0;
    for (int r : rows) s += Math.log(inv[r]);
    assertThat(chosen.descriptives().rows().get(0).mean()).isCloseTo(s / rows.length, within(1e-12));
    DiagnosticsResult missing = DiagnosticsStage.run(p, models, results,
        new DiagnosticsSpec(null, null, null, null, "nope", null));
    assertThat(missing.descriptives()).isNull();
    assertThat(missing.notes()).anyMatch(n -> n.contains("names no model (`nope`)"));
  }

  /** The O(NT) balanced route of the CD statistic equals the pairwise one. */
  @Test
  void pesaranBalancedShortcutEqualsPairwise() {
    SplittableRandom rnd = new SplittableRandom(41);
    for (int rep = 0; rep < 30; rep++) {
      int nf = 2 + rnd.nextInt(15), nt = 2 + rnd.nextInt(10);
      double[] e = new double[nf * nt];
      int[] f = new int[nf * nt], yr = new int[nf * nt];
      double[] common = new double[nt];
      for (int s = 0; s < nt; s++) common[s] = ModifiedWaldTest.gaussian(rnd);
      double load = rnd.nextDouble();
      for (int i = 0; i < nf; i++)
        for (int s = 0; s < nt; s++) {
          e[i * nt + s] = load * common[s] + ModifiedWaldTest.gaussian(rnd);
          f[i * nt + s] = i;
          yr[i * nt + s] = 1990 + s;
        }
      TestResult fast = PesaranCd.compute(e, f, yr, 0.05, false), slow = PesaranCd.compute(e, f, yr, 0.05, true);
      assertThat(fast.statistic()).as("seed 41 rep %d nf %d nt %d", rep, nf, nt)
          .isCloseTo(slow.statistic(), within(1e-9 * (1 + Math.abs(slow.statistic()))));
    }
  }

  /** The validator and the stage read a diagnostics: list by one rule: all/none alone (any case), else test keys. */
  @Test
  void diagnosticsListRules() {
    assertThat(DiagnosticsStage.problem(List.of("ALL"), 0)).isNull();
    assertThat(DiagnosticsStage.problem(List.of("none"), 0)).isNull();
    assertThat(DiagnosticsStage.problem(List.of("all", "vif"), 0)).contains("`all` stands alone");
    assertThat(DiagnosticsStage.problem(List.of("all", "vif"), 1)).isNull();
    assertThat(DiagnosticsStage.problem(List.of("hausmann"), 0)).contains("unknown test `hausmann`")
        .contains("did you mean `hausman`");
  }
}
