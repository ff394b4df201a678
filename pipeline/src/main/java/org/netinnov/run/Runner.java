package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.netinnov.casestudy.CaseStudy;
import org.netinnov.clean.CleanResult;
import org.netinnov.clean.CleanStage;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.ConfigValidator;
import org.netinnov.config.RunConfig;
import org.netinnov.estimate.ModelResult;
import org.netinnov.diagnose.DiagnosticsResult;
import org.netinnov.diagnose.DiagnosticsStage;
import org.netinnov.estimate.LagModels;
import org.netinnov.estimate.ModelStage;
import org.netinnov.data.Panel;
import org.netinnov.index.IndexBuilder;
import org.netinnov.index.IndexResult;
import org.netinnov.report.CsvTables;
import org.netinnov.report.ExcelWriter;
import org.netinnov.report.LatexTables;
import org.netinnov.report.MarkdownSummary;
import org.netinnov.report.PngCharts;
import org.netinnov.report.json.Json;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Report;

/**
 * Runs the pipeline — ingest → clean → indices → models → diagnostics → mechanism → report — each stage a
 * function of its inputs and its slice of the config, and writes the output folder atomically.
 */
public final class Runner {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Runner.class);
  private Runner() {}

  /** How a run ended: exit code 0 (all fine) or 1 (completed, some models failed), and where the output is. */
  public record Outcome(int exitCode, Path output, RunResults results) {}

  /**
   * @param configFile the YAML config
   * @param overrides  {@code path=value} settings applied on top of it
   * @param outDir     the run's output folder, or null for {@code output/<name>}
   * @param baseDir    folder that relative data paths are resolved against (the working directory)
   * @throws org.netinnov.config.ConfigException  invalid config (exit code 2; nothing written)
   * @throws org.netinnov.clean.InputException    unreadable input (exit code 2; nothing written)
   */
  public static Outcome run(Path configFile, List<String> overrides, Path outDir, Path baseDir) {
    Instant started = Instant.now();
    JsonNode tree = ConfigLoader.readTree(configFile);
    for (String o : overrides) ConfigLoaderAccess.apply(tree, o);
    RunConfig cfg = ConfigLoader.bind(tree, configFile.toString());
    ConfigValidator.validate(cfg, baseDir);
    RunContext ctx = new RunContext();
    CaseStudy caseStudy = cfg.caseStudy() == null ? null
        : ctx.stage("case", () -> CaseStudy.load(baseDir.resolve(cfg.caseStudy().path())));

    CleanResult clean = cfg.data() == null ? null
        : ctx.stage("clean", () -> CleanStage.run(cfg.data(), cfg.clean(), baseDir));
    if (clean != null) ctx.rows("clean", clean.rawRows(), clean.panel().rows());

    IndexResult indices = clean == null || cfg.indices().isEmpty() ? null
        : ctx.stage("indices", () -> IndexBuilder.build(clean.panel(), cfg.indices()));
    if (indices != null)
      for (var rep : indices.reports()) for (String w : rep.warnings()) ctx.warn("index `" + rep.dimension() + "`: " + w);
    Panel panel = indices != null ? indices.panel() : clean == null ? null : clean.panel();

    List<ModelResult> models = panel == null ? List.of()
        : ctx.stage("models", () -> ModelStage.run(panel, cfg.models()));
    LagModels.LagResult lags = panel == null || cfg.lags() == null ? null
        : ctx.stage("lags", () -> LagModels.run(panel, cfg.lags()));

    DiagnosticsResult diagnostics = panel == null || models.isEmpty() ? null
        : ctx.stage("diagnostics", () -> DiagnosticsStage.run(panel, cfg.models(), models, cfg.diagnostics()));

    RunResults.Mechanism mechanism = panel == null ? null
        : ctx.stage("mechanism", () -> MechanismStage.run(cfg, panel, models, lags));

    RunResults results = new RunResults(cfg, tree, clean, indices, models, lags, diagnostics, mechanism, caseStudy,
        ctx);
    for (ModelResult m : results.allModels().values())
      if (m.failed()) ctx.warn("model `" + m.name() + "` failed: " + m.failure());
    Path target = outDir != null ? outDir : baseDir.resolve("output").resolve(cfg.name());
    try (AtomicOutput out = new AtomicOutput(target)) {
      ObjectNode m = manifest(results, configFile, baseDir, started);
      ctx.stage("report", () -> {
        write(results, out.dir(), m);
        return null;
      });
      Manifest.progress(m, ctx, Instant.now()); // the report stage's own timing
      Json.MAPPER.writeValue(out.dir().resolve("manifest.json").toFile(), m);
      out.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(results.failedModels().isEmpty() ? 0 : 1, target, results);
  }

  /**
   * Every output file except the manifest, into {@code dir}. The workbook is written on this thread while the
   * companion files (analysis panel, CSV/LaTeX tables, PNG charts) are written on another: the two halves take
   * similar time and share no state.
   */
  private static void write(RunResults r, Path dir, ObjectNode manifest) {
    try {
      long t0 = System.nanoTime();
      Json.MAPPER.writeValue(dir.resolve("results.json").toFile(), ResultsDocument.build(r));
      String yaml = ConfigLoader.mapper().writeValueAsString(r.configAsRun());
      Report report = ReportAssembler.build(r, manifest, yaml);
      LOG.info("report: results.json and tables built in {}", seconds(t0));
      CompletableFuture<Void> companions = CompletableFuture.runAsync(() -> {
        try {
          long t1 = System.nanoTime();
          if (r.panel() != null) {
            CleanStage.writeAnalysisPanel(r.panel(), dir.resolve("analysis_panel.csv"));
            Map<String, int[]> used = new LinkedHashMap<>();
            for (ModelResult m : r.allModels().values()) if (!m.failed()) used.put(m.name(), m.fit().rows());
            if (!used.isEmpty())
              org.netinnov.clean.EstimationSampleCsv.write(r.panel(), used, dir.resolve("estimation_sample.csv"));
          }
          long t2 = System.nanoTime();
          CsvTables.write(report, dir);
          LatexTables.write(report, dir);
          long t3 = System.nanoTime();
          if (report.sheets().stream().anyMatch(s -> s.blocks().stream().anyMatch(b -> b instanceof Block.ChartBlock)))
            PngCharts.write(report, dir);
          long t4 = System.nanoTime();
          MarkdownSummary.write(report, summarySheets(report), dir.resolve("report.md"));
          LOG.info("report: analysis panel CSVs {}, tables CSV/LaTeX {}, PNG charts {}, report.md {}",
              seconds(t1, t2), seconds(t2, t3), seconds(t3, t4), seconds(t4));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      long tw = System.nanoTime();
      ExcelWriter.write(report, dir.resolve("results.xlsx"));
      LOG.info("report: workbook written in {}", seconds(tw));
      companions.join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw e;
    }
  }

  /** Sheets the Markdown summary shows: the scorecard, the sample and the main table, where present. */
  private static List<String> summarySheets(Report report) {
    List<String> wanted = List.of("Scorecard", "Sample & cleaning", "Main models");
    return report.sheets().stream().map(org.netinnov.report.model.Sheet::name).filter(wanted::contains).toList();
  }

  private static ObjectNode manifest(RunResults r, Path configFile, Path baseDir, Instant started) {
    try {
      Map<String, Path> inputs = new LinkedHashMap<>();
      inputs.put("config", configFile);
      if (r.config().data() != null) {
        inputs.put("data", baseDir.resolve(r.config().data().path()));
        for (int i = 0; i < r.config().data().join().size(); i++)
          inputs.put("join." + i, baseDir.resolve(r.config().data().join().get(i).path()));
      }
      if (r.config().caseStudy() != null)
        for (String f : java.util.List.of("events.csv", "series.csv", "facts.csv"))
          inputs.put("case_study." + f, baseDir.resolve(r.config().caseStudy().path()).resolve(f));
      return Manifest.build(Json.MAPPER, r.configAsRun(), configFile, inputs, r.config().seed(), r.context(),
          started, Instant.now());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String seconds(long from) { return seconds(from, System.nanoTime()); }

  private static String seconds(long from, long to) {
    return String.format(java.util.Locale.ROOT, "%.2f s", (to - from) / 1e9);
  }
}
