package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netinnov.config.ReportSpec;
import org.netinnov.config.RunConfig;
import org.netinnov.diagnose.DiagnosticsTables;
import org.netinnov.mechanism.MechanismTables;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.ModelDetails;
import org.netinnov.report.RegressionTable;
import org.netinnov.report.TermLabels;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.sections.CleanSection;
import org.netinnov.report.sections.IndexSection;
import org.netinnov.report.sections.LagSection;
import org.netinnov.report.sections.RunInfoSection;

/**
 * Builds the report model of a run, sheet by sheet in the order readers expect: Scorecard, Sample &amp; cleaning,
 * Descriptives, Correlations, Indices, Main models, Lag models, Count models, Mediation, Diagnostics, Model
 * details, Run info (the Excel writer adds Contents in front). Sheets without content are left out.
 */
final class ReportAssembler {
  static final Set<String> LINEAR = Set.of("pooled", "between", "within", "random", "fd");
  static final Set<String> COUNT = Set.of("poisson", "negbin");

  private ReportAssembler() {}

  static Report build(RunResults r, JsonNode manifest, String configYaml) {
    RunConfig cfg = r.config();
    ReportSpec spec = cfg.report();
    TermLabels labels = new TermLabels(spec.labels());
    List<Sheet> sheets = new ArrayList<>();
    RunResults.Mechanism mech = r.mechanism();
    if (mech != null && !mech.scorecard().isEmpty())
      sheets.add(new Sheet("Scorecard", List.of(
          new Block.TableBlock(MechanismTables.scorecard(mech.scorecard(), spec.level(), labels)),
          new Block.TableBlock(MechanismTables.robustness(mech.scorecard(), spec.level(), labels)))));
    Map<String, Sheet> diag = new LinkedHashMap<>();
    if (r.diagnostics() != null)
      for (Sheet s : DiagnosticsTables.sheets(r.diagnostics(), spec)) diag.put(s.name(), s);
    if (r.caseStudy() != null)
      sheets.addAll(org.netinnov.report.sections.CaseStudySection.sheets(r.caseStudy(), cfg.caseStudy().firm()));
    if (r.clean() != null) {
      List<Block> b = new ArrayList<>(CleanSection.blocks(r.clean()));
      int at = Math.min(1, b.size());
      for (var t : org.netinnov.report.sections.SampleComposition.tables(r.panel(), spec.composition()))
        b.add(at++, new Block.TableBlock(t));
      sheets.add(new Sheet("Sample & cleaning", b));
    }
    addIf(sheets, diag.get(DiagnosticsTables.DESCRIPTIVES_SHEET));
    addIf(sheets, diag.get(DiagnosticsTables.CORRELATIONS_SHEET));
    if (r.indices() != null) sheets.add(new Sheet("Indices", IndexSection.blocks(r.indices(), spec.labels())));

    List<ModelResult> main = mainModels(r, spec);
    if (!main.isEmpty()) {
      List<Block> b = new ArrayList<>();
      b.add(new Block.TableBlock(RegressionTable.build("main_models", "Main models", main, spec,
          RegressionTable.Options.defaults().withSample(sample(r)))));
      if (mech != null && !mech.moderation().isEmpty()) {
        b.add(new Block.TableBlock(MechanismTables.moderation(mech.moderation(), labels)));
        for (var c : MechanismTables.moderationCharts(mech.moderation(), labels)) b.add(new Block.ChartBlock(c));
      }
      sheets.add(new Sheet("Main models", b));
    }

    List<ModelResult> gmm = r.models().stream().filter(m -> m.estimator().equals("gmm")).toList();
    if (r.lags() != null || !gmm.isEmpty()) sheets.add(new Sheet("Lag models", LagSection.blocks(r.lags(), gmm, spec)));

    List<ModelResult> count = r.models().stream().filter(m -> COUNT.contains(m.estimator())).toList();
    if (!count.isEmpty()) {
      List<Block> b = new ArrayList<>();
      b.add(new Block.TableBlock(RegressionTable.build("count_models", "Count models of innovation: coefficients",
          count, spec, RegressionTable.Options.defaults()
              .withStat("pseudo_r2", "Pseudo R²").withStat("dropped_groups", "Firms dropped (all-zero outcome)"))));
      b.add(new Block.TableBlock(RegressionTable.build("count_models_irr", "Count models: incidence-rate ratios",
          count, spec, RegressionTable.Options.defaults().withEform(true))));
      sheets.add(new Sheet("Count models", b));
    }

    if (mech != null && mech.mediation() != null) {
      List<Block> b = new ArrayList<>();
      for (var t : MechanismTables.mediation(mech.mediation(), spec.stars(), spec.decimals(),
          labels)) b.add(new Block.TableBlock(t));
      sheets.add(new Sheet("Mediation", b));
    }
    addIf(sheets, diag.get(DiagnosticsTables.DIAGNOSTICS_SHEET));
    List<ModelResult> all = new ArrayList<>(r.allModels().values());
    if (!all.isEmpty()) sheets.add(ModelDetails.sheet("Model details", "details", all, spec));
    sheets.add(new Sheet("Run info", RunInfoSection.blocks(manifest, configYaml)));
    if (spec.writePanel() && r.panel() != null)
      sheets.add(new Sheet("Analysis panel", List.of(org.netinnov.report.sections.PanelSection.of(r.panel()))));

    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("Run", cfg.name());
    if (cfg.data() != null) meta.put("Data file", cfg.data().path());
    if (r.clean() != null) {
      var after = r.clean().log().after();
      meta.put("Sample", after.firms() + " firms, " + after.firmYears() + " firm-years, " + after.firstYear() + "–"
          + after.lastYear() + (after.balanced() ? " (balanced)" : " (unbalanced)"));
    }
    if (cfg.caseStudy() != null) meta.put("Case study", cfg.caseStudy().firm() + " (" + cfg.caseStudy().path() + ")");
    meta.put("Date", manifest.path("started").asText());
    meta.put("Seed", Long.toString(cfg.seed()));
    meta.put("Program", manifest.path("program").asText());
    return new Report(cfg.name(), meta, sheets, spec.decimals());
  }

  private static void addIf(List<Sheet> sheets, Sheet s) {
    if (s != null && !s.blocks().isEmpty()) sheets.add(s);
  }

  /** report.main_models if given, else every linear model of the config. */
  static List<ModelResult> mainModels(RunResults r, ReportSpec spec) {
    if (!spec.mainModels().isEmpty()) {
      Map<String, ModelResult> byName = r.allModels();
      List<ModelResult> out = new ArrayList<>();
      for (String n : spec.mainModels()) {
        ModelResult m = byName.get(n);
        if (m == null) throw new IllegalArgumentException("report.main_models: no model `" + n + "`");
        out.add(m);
      }
      return out;
    }
    return r.models().stream().filter(m -> LINEAR.contains(m.estimator())).toList();
  }

  private static String sample(RunResults r) {
    if (r.clean() == null) return null;
    var a = r.clean().log().after();
    return "Analysis panel: " + a.firms() + " firms, " + a.firmYears() + " firm-years, " + a.firstYear() + "–"
        + a.lastYear() + "; each model uses its complete cases (N in the table).";
  }
}
