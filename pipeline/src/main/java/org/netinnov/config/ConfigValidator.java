package org.netinnov.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.index.IndexSpec;

/**
 * Checks a bound config against itself and against the data's header: estimator and option names, formulas,
 * and every column a section names — with the YAML path of each problem and a did-you-mean suggestion. Collects
 * all problems rather than stopping at the first.
 */
public final class ConfigValidator {
  public static final List<String> ESTIMATORS = List.of("pooled", "between", "within", "random", "fd", "poisson",
      "negbin", "gmm");
  public static final List<String> EFFECTS = List.of("individual", "time", "twoways");

  private final List<ConfigException.Problem> problems = new ArrayList<>();
  private final Set<String> columns = new LinkedHashSet<>();
  /** False when a data file's header could not be read: column checks would only repeat that problem. */
  private boolean columnsKnown = true;

  private ConfigValidator() {}

  /** Validates and throws a {@link ConfigException} listing every problem. */
  public static void validate(RunConfig c, Path baseDir) {
    ConfigValidator v = new ConfigValidator();
    v.run(c, baseDir);
    if (!v.problems.isEmpty()) throw new ConfigException(v.problems);
  }

  private void run(RunConfig c, Path baseDir) {
    if (c.name() == null || !c.name().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"))
      problem("name", "a run name of letters, digits, '-', '_' or '.' is required (it names the output folder), got `"
          + c.name() + "`");
    if (c.data() != null) readColumns(c.data(), baseDir);
    if (c.caseStudy() != null) {
      if (c.caseStudy().path() == null) problem("case_study.path", "missing: the folder with events.csv, series.csv and facts.csv");
      else if (!Files.isDirectory(baseDir.resolve(c.caseStudy().path())))
        problem("case_study.path", "folder not found: " + c.caseStudy().path());
      if (c.caseStudy().firm() == null || c.caseStudy().firm().isBlank())
        problem("case_study.firm", "missing: the firm's name, used in the case sheets' titles");
    }
    if (c.data() == null) return;
    checkClean(c);
    for (Map.Entry<String, IndexSpec> e : c.indices().entrySet()) checkIndex("indices." + e.getKey(), e.getValue());
    columns.addAll(c.indices().keySet());
    for (Map.Entry<String, ModelSpec> e : c.models().entrySet()) checkModel("models." + e.getKey(), e.getValue());
    if (c.lags() != null) checkLags(c.lags());
    if (c.mediation() != null) checkMediation(c.mediation());
    for (int i = 0; i < c.hypotheses().size(); i++) checkHypothesis("hypotheses." + i, c.hypotheses().get(i), c);
  }

  private void readColumns(DataSpec d, Path baseDir) {
    if (d.path() == null) { problem("data.path", "missing: the data file to read"); return; }
    if (d.firm() == null) problem("data.firm", "missing: the firm identifier column");
    if (d.year() == null) problem("data.year", "missing: the year column");
    readFile("data", d.path(), d.encoding(), d.delimiter(), d.skipRows(), d.sheet(), d.rename(), baseDir, d.firm(), d.year());
    for (int i = 0; i < d.join().size(); i++) {
      DataSpec.JoinSpec j = d.join().get(i);
      readFile("data.join." + i, j.path(), j.encoding(), j.delimiter(), j.skipRows(), j.sheet(), j.rename(), baseDir,
          j.firm() == null ? d.firm() : j.firm(), j.year() == null ? d.year() : j.year());
    }
  }

  private void readFile(String where, String path, String enc, String delim, int skip, String sheet,
      Map<String, String> rename, Path baseDir, String firm, String year) {
    Path f = baseDir.resolve(path);
    if (!Files.isRegularFile(f)) { problem(where + ".path", "file not found: " + path); return; }
    try {
      Set<String> cols = HeaderPeek.columns(f, enc, delim, skip, sheet, rename);
      if (firm != null && !cols.contains(firm)) problem(where + ".firm", "no column `" + firm + "` in " + path + Suggest.didYouMean(firm, cols));
      if (year != null && !cols.contains(year)) problem(where + ".year", "no column `" + year + "` in " + path + Suggest.didYouMean(year, cols));
      columns.addAll(cols);
    } catch (IOException | RuntimeException e) {
      columnsKnown = false;
      problem(where + ".path", "cannot read the header of " + path + ": " + e.getMessage());
    }
  }

  private void checkClean(RunConfig c) {
    for (var e : c.clean().derive().entrySet()) {
      String path = "clean.derive." + e.getKey();
      try {
        Set<String> used = new LinkedHashSet<>();
        Parser.parseExpression(e.getValue()).collectColumns(used);
        checkColumns(path, used);
      } catch (IllegalArgumentException ex) {
        problem(path, ex.getMessage());
      }
      columns.add(e.getKey());
    }
  }

  private void checkIndex(String path, IndexSpec s) {
    if (!List.of("entropy", "zscore", "minmax", "pca", "weights").contains(s.method()))
      problem(path + ".method", "expected entropy, zscore, minmax, pca or weights, got `" + s.method() + "`"
          + Suggest.didYouMean(s.method(), List.of("entropy", "zscore", "minmax", "pca", "weights")));
    if (s.indicators().isEmpty()) problem(path + ".indicators", "an index needs at least one indicator");
    for (int i = 0; i < s.indicators().size(); i++) checkColumn(path + ".indicators." + i, s.indicators().get(i));
    for (int i = 0; i < s.negative().size(); i++)
      if (!s.indicators().contains(s.negative().get(i)))
        problem(path + ".negative." + i, "`" + s.negative().get(i) + "` is not one of this index's indicators"
            + Suggest.didYouMean(s.negative().get(i), s.indicators()));
  }

  private void checkModel(String path, ModelSpec m) {
    if (m.formula() == null) { problem(path + ".formula", "missing: the model formula, e.g. y ~ x1 + x2 | firm + year"); return; }
    if (!ESTIMATORS.contains(m.estimator()))
      problem(path + ".estimator", "expected one of " + String.join(", ", ESTIMATORS) + ", got `" + m.estimator() + "`"
          + Suggest.didYouMean(m.estimator(), ESTIMATORS));
    if (m.effect() != null && !EFFECTS.contains(m.effect()))
      problem(path + ".effect", "expected individual, time or twoways, got `" + m.effect() + "`");
    if (!List.of("stata", "hc0", "hc1").contains(m.ssc()))
      problem(path + ".ssc", "expected stata, hc0 or hc1, got `" + m.ssc() + "`");
    try {
      Formula f = Formula.parse(m.formula());
      checkColumns(path + ".formula", f.columns());
    } catch (IllegalArgumentException e) {
      problem(path + ".formula", e.getMessage());
    }
    try {
      CovarianceSpec cov = CovarianceSpec.parse(m.se());
      for (String cl : cov.clusters()) checkColumn(path + ".se", cl);
    } catch (IllegalArgumentException e) {
      problem(path + ".se", e.getMessage());
    }
    if (m.weights() != null) checkColumn(path + ".weights", m.weights());
    if (m.sample() != null) {
      try {
        Set<String> used = new LinkedHashSet<>();
        Parser.parseExpression(m.sample()).collectColumns(used);
        checkColumns(path + ".sample", used);
      } catch (IllegalArgumentException e) {
        problem(path + ".sample", e.getMessage());
      }
    }
    if (m.diagnostics() != null)
      for (int i = 0; i < m.diagnostics().size(); i++) {
        String why = org.netinnov.diagnose.DiagnosticsStage.problem(m.diagnostics(), i);
        if (why != null) problem(path + ".diagnostics." + i, why);
      }
    if ("gmm".equals(m.estimator()) && m.instruments() == null)
      problem(path + ".instruments", "missing: GMM needs instruments, e.g. gmm(y, 2:99) + iv(x)");
  }

  private void checkLags(LagSpec l) {
    if (l.outcome() == null) problem("lags.outcome", "missing: the outcome of the lag models");
    else checkExpression("lags.outcome", l.outcome());
    if (l.regressors().isEmpty()) problem("lags.regressors", "missing: the variables to enter at lags 0..max_lag");
    for (int i = 0; i < l.regressors().size(); i++) checkExpression("lags.regressors." + i, l.regressors().get(i));
    for (int i = 0; i < l.controls().size(); i++) checkExpression("lags.controls." + i, l.controls().get(i));
    if (l.maxLag() < 0 || l.maxLag() > 10) problem("lags.max_lag", "expected 0..10, got " + l.maxLag());
    checkFixedEffects("lags.fixed_effects", l.fixedEffects());
    if (l.sample() != null) checkExpression("lags.sample", l.sample());
    if (!List.of("within", "poisson", "pooled").contains(l.estimator()))
      problem("lags.estimator", "expected within, poisson or pooled, got `" + l.estimator() + "`");
  }

  private void checkMediation(MediationSpec m) {
    if (m.treatment() == null) problem("mediation.treatment", "missing: the treatment variable");
    else checkExpression("mediation.treatment", m.treatment());
    if (m.outcome() == null) problem("mediation.outcome", "missing: the outcome");
    else checkExpression("mediation.outcome", m.outcome());
    if (m.mediators().isEmpty()) problem("mediation.mediators", "missing: at least one mediator");
    for (int i = 0; i < m.mediators().size(); i++) checkExpression("mediation.mediators." + i, m.mediators().get(i));
    for (int i = 0; i < m.controls().size(); i++) checkExpression("mediation.controls." + i, m.controls().get(i));
    checkFixedEffects("mediation.fixed_effects", m.fixedEffects());
    if (!List.of("linear", "poisson").contains(m.outcomeModel()))
      problem("mediation.outcome_model", "expected linear or poisson, got `" + m.outcomeModel() + "`");
    if (m.bootstrap().replications() < 0) problem("mediation.bootstrap.replications", "must be >= 0");
  }

  private void checkHypothesis(String path, HypothesisSpec h, RunConfig c) {
    if (h.id() == null) problem(path + ".id", "missing: a short label such as H1");
    if (!List.of("positive", "negative").contains(h.expected()))
      problem(path + ".expected", "expected positive or negative, got `" + h.expected() + "`");
    checkTestedTerm(path, h.model(), h.term(), c);
    for (int i = 0; i < h.robustness().size(); i++) {
      var r = h.robustness().get(i);
      checkTestedTerm(path + ".robustness." + i, r.model(), r.term() == null ? h.term() : r.term(), c);
    }
  }

  private void checkTestedTerm(String path, String model, String term, RunConfig c) {
    if (model == null) { problem(path + ".model", "missing: the model (or `mediation`) that tests it"); return; }
    if (term == null) { problem(path + ".term", "missing: the coefficient's term as written in the formula"); return; }
    if (model.equals("mediation")) {
      if (c.mediation() == null) problem(path + ".model", "refers to `mediation` but the config has no mediation section");
      return;
    }
    if (model.startsWith("lags")) return; // lag models are named lags.k<K>; checked when they are built
    ModelSpec m = c.models().get(model);
    if (m == null) { problem(path + ".model", "no model `" + model + "`" + Suggest.didYouMean(model, c.models().keySet())); return; }
    try {
      List<String> terms = Formula.parse(m.formula()).termNames();
      if (!terms.contains(term))
        problem(path + ".term", "model `" + model + "` has no term `" + term + "`" + Suggest.didYouMean(term, terms)
            + " (terms: " + String.join(", ", terms) + ")");
    } catch (IllegalArgumentException ignored) {
      // the formula's own problem is reported under models.<name>.formula
    }
  }

  private void checkFixedEffects(String path, String fe) {
    if (fe == null || fe.isBlank()) return;
    for (String one : fe.split("\\+"))
      for (String col : one.split("\\^")) checkColumn(path, col.trim());
  }

  private void checkExpression(String path, String text) {
    try {
      Set<String> used = new LinkedHashSet<>();
      Parser.parseExpression(text).collectColumns(used);
      checkColumns(path, used);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
    }
  }

  private void checkColumns(String path, Set<String> used) {
    for (String u : used) checkColumn(path, u);
  }

  private void checkColumn(String path, String name) {
    if (columnsKnown && !columns.contains(name)) problem(path, "no column `" + name + "`" + Suggest.didYouMean(name, columns));
  }

  private void problem(String path, String message) {
    problems.add(new ConfigException.Problem(path, message));
  }
}
