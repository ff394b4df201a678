package org.netinnov.diagnose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netinnov.config.DiagnosticsSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Expr;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelFrame;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;
import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * The diagnostics stage: specification tests per model (see {@link DiagnosticsSpec} for which tests run for which
 * model and on what), Hausman tests between configured pairs, descriptive statistics, correlations and the panel
 * structure. Nothing here throws for a test that does not apply: the result carries the reason.
 */
public final class DiagnosticsStage {
  /** Key of the variance-inflation table in a model's {@code diagnostics:} list. */
  public static final String VIF = "vif";

  private DiagnosticsStage() {}

  /** Test keys accepted in a model's {@code diagnostics:} list, besides {@code all} and {@code none}. */
  public static List<String> knownKeys() {
    List<String> k = new ArrayList<>(SpecificationTest.keys());
    k.add(VIF);
    return k;
  }

  /** The tests a model runs: its {@code diagnostics:} list resolved, or the estimator's default battery. */
  public static List<String> testsFor(ModelSpec spec) {
    List<String> asked = spec.diagnostics();
    if (asked == null) return defaultBattery(spec.estimator());
    if (asked.size() == 1 && asked.get(0).equalsIgnoreCase("all")) return knownKeys();
    if (asked.size() == 1 && asked.get(0).equalsIgnoreCase("none")) return List.of();
    return List.copyOf(new LinkedHashSet<>(asked));
  }

  /**
   * What is wrong with entry {@code i} of a {@code diagnostics:} list, by the rules {@link #testsFor} reads it with
   * (a test key; or {@code all} / {@code none}, any case, standing alone), or null when nothing is.
   */
  public static String problem(List<String> asked, int i) {
    String k = asked.get(i);
    boolean word = k.equalsIgnoreCase("all") || k.equalsIgnoreCase("none");
    if (word) return asked.size() == 1 ? null : "`" + k + "` stands alone: write [" + k.toLowerCase(java.util.Locale.ROOT)
        + "] or list the tests";
    if (knownKeys().contains(k)) return null;
    List<String> known = new java.util.ArrayList<>(knownKeys());
    known.addAll(List.of("all", "none"));
    return "unknown test `" + k + "`" + org.netinnov.config.Suggest.didYouMean(k, known) + " (tests: "
        + String.join(", ", known) + ")";
  }

  /** Default battery by estimator (documented in {@link DiagnosticsSpec}). */
  public static List<String> defaultBattery(String estimator) {
    return switch (estimator) {
      case "within", "random", "fd" -> knownKeys();
      case "pooled", "between" -> List.of(SpecificationTest.BREUSCH_PAGAN.key(), SpecificationTest.JARQUE_BERA.key(),
          VIF);
      default -> List.of();
    };
  }

  public static DiagnosticsResult run(Panel panel, LinkedHashMap<String, ModelSpec> models, List<ModelResult> results,
      DiagnosticsSpec spec) {
    Map<String, ModelResult> byName = new HashMap<>();
    for (ModelResult r : results) byName.put(r.name(), r);
    List<String> notes = new ArrayList<>();
    List<ModelDiagnostics> out = new ArrayList<>();
    for (Map.Entry<String, ModelSpec> e : models.entrySet())
      out.add(forModel(panel, e.getKey(), e.getValue(), byName.get(e.getKey()), spec));
    List<DiagnosticsResult.PairTest> pairs = new ArrayList<>();
    for (List<String> pair : spec.hausman()) pairs.add(hausmanPair(panel, pair, models, byName, spec.level()));

    Descriptives desc = null;
    CorrelationMatrix corr = null;
    ModelResult sampleModel = sampleModel(models, byName, spec, notes);
    if (sampleModel != null) {
      try {
        List<Expr> vars = variables(models, spec);
        int[] rows = sampleModel.fit().rows();
        int[] firm = new int[rows.length], year = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
          firm[i] = panel.firm()[rows[i]];
          year[i] = panel.year()[rows[i]];
        }
        String sample = "estimation sample of model `" + sampleModel.name() + "` (" + sampleModel.estimator() + ", "
            + rows.length + " observations)";
        EvalLog log = new EvalLog();
        List<DescriptiveStats> stats = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[][] cols = new double[vars.size()][];
        for (int j = 0; j < vars.size(); j++) {
          double[] all = vars.get(j).eval(panel, log);
          double[] v = new double[rows.length];
          for (int i = 0; i < rows.length; i++) v[i] = all[rows[i]];
          cols[j] = v;
          names.add(vars.get(j).text());
          stats.add(Descriptives.of(vars.get(j).text(), v, firm));
        }
        desc = new Descriptives(sample, PanelStructure.of(firm, year), stats);
        corr = CorrelationMatrix.of(names, cols, spec.spearman(), sample);
      } catch (RuntimeException ex) {
        notes.add("descriptive statistics not computed: " + message(ex));
      }
    }
    return new DiagnosticsResult(spec.level(), out, pairs, desc, corr, PanelStructure.of(panel.firm(), panel.year()),
        notes);
  }

  private static ModelDiagnostics forModel(Panel panel, String name, ModelSpec ms, ModelResult r,
      DiagnosticsSpec spec) {
    String label = ms.label() == null ? name : ms.label();
    List<String> keys = testsFor(ms);
    if (r == null) return new ModelDiagnostics(name, label, ms.estimator(), null, keys, 0, List.of(), null,
        "the model has no result");
    if (keys.isEmpty()) return new ModelDiagnostics(name, label, ms.estimator(), null, keys, 0, List.of(), null,
        ms.diagnostics() == null ? "no specification tests by default for the " + ms.estimator() + " estimator"
            : "no tests requested");
    if (r.failed()) return new ModelDiagnostics(name, label, ms.estimator(), null, keys, 0, List.of(), null,
        "the model could not be estimated: " + r.failure());
    Design base;
    try {
      base = baseDesign(panel, ms, r.fit());
    } catch (RuntimeException ex) {
      return new ModelDiagnostics(name, label, ms.estimator(), null, keys, 0, List.of(), null,
          "the test regressions could not be set up: " + message(ex));
    }
    PanelRegressionSet set = new PanelRegressionSet(base, panel.firmColumn(), panel.yearColumn());
    String basis = base.outcome() + " ~ " + String.join(" + ", base.terms()) + " on the model's estimation sample ("
        + base.n() + " observations, " + base.nFirms() + " firms), classical covariances"
        + (ms.weights() != null ? ", unweighted (the model's weights are not used by the tests)" : "");
    boolean pooledResiduals = ms.estimator().equals("pooled") || ms.estimator().equals("between");
    List<TestResult> tests = new ArrayList<>();
    List<TestResult> lm = null;
    VifTable vif = null;
    double level = spec.level();
    for (String key : keys) {
      if (key.equals(VIF)) {
        vif = VarianceInflation.compute(base.terms(), base.x());
        continue;
      }
      var test = SpecificationTest.byKey(key);
      if (test.isEmpty()) {
        tests.add(TestResult.notComputed(key, key, "", "", "unknown test key `" + key + "`; known keys: "
            + String.join(", ", knownKeys())));
        continue;
      }
      try {
        if (key.startsWith("bp_lm_") || key.startsWith("honda_")) {
          if (lm == null) {
            PanelRegressionSet.Fitted p = set.get(PanelRegressionSet.Kind.POOLED);
            lm = p.ok() ? LagrangeMultiplierEffects.compute(p.detail(), level) : null;
            if (lm == null) { tests.add(test.get().notComputed(failed("pooled", p))); continue; }
          }
          for (TestResult t : lm) if (t.key().equals(key)) tests.add(t);
          continue;
        }
        tests.add(compute(test.get(), set, level, spec.bgOrder(), pooledResiduals));
      } catch (RuntimeException ex) {
        tests.add(test.get().notComputed("computation failed: " + message(ex)));
      }
    }
    return new ModelDiagnostics(name, label, ms.estimator(), basis, keys, base.n(), tests, vif, null);
  }

  private static TestResult compute(SpecificationTest t, PanelRegressionSet set, double level, int bgOrder,
      boolean pooledResiduals) {
    PanelRegressionSet.Kind need1 = switch (t) {
      case HAUSMAN, WOOLDRIDGE_AR1, BREUSCH_GODFREY, PESARAN_CD, MODIFIED_WALD, F_INDIVIDUAL ->
          PanelRegressionSet.Kind.WITHIN_INDIVIDUAL;
      case F_TIME -> PanelRegressionSet.Kind.WITHIN_TIME;
      case F_TWOWAYS -> PanelRegressionSet.Kind.WITHIN_TWOWAYS;
      case WOOLDRIDGE_FD -> PanelRegressionSet.Kind.FD;
      case BREUSCH_PAGAN -> PanelRegressionSet.Kind.POOLED;
      case JARQUE_BERA -> pooledResiduals ? PanelRegressionSet.Kind.POOLED : PanelRegressionSet.Kind.WITHIN_INDIVIDUAL;
      default -> throw new IllegalStateException("dispatched elsewhere: " + t.key());
    };
    PanelRegressionSet.Fitted a = set.get(need1);
    if (!a.ok()) return t.notComputed(failed(describe(need1), a));
    LinearFitDetail d = a.detail();
    return switch (t) {
      case HAUSMAN -> {
        PanelRegressionSet.Fitted re = set.get(PanelRegressionSet.Kind.RANDOM_INDIVIDUAL);
        yield re.ok() ? HausmanTest.compute(d.fit(), re.detail().fit(), level)
            : t.notComputed(failed(describe(PanelRegressionSet.Kind.RANDOM_INDIVIDUAL), re));
      }
      case F_INDIVIDUAL, F_TIME, F_TWOWAYS -> {
        PanelRegressionSet.Fitted p = set.get(PanelRegressionSet.Kind.POOLED);
        yield p.ok() ? EffectsFTest.compute(t, d, p.detail(), level) : t.notComputed(failed("pooled", p));
      }
      case WOOLDRIDGE_AR1 -> WooldridgeSerialCorrelation.fixedEffects(d, level);
      case WOOLDRIDGE_FD -> WooldridgeSerialCorrelation.firstDifference(d, level);
      case BREUSCH_GODFREY -> BreuschGodfreyPanel.compute(d, bgOrder, level);
      case PESARAN_CD -> PesaranCd.compute(d, level);
      case MODIFIED_WALD -> ModifiedWald.compute(d, level);
      case BREUSCH_PAGAN -> BreuschPagan.compute(d, level);
      case JARQUE_BERA -> JarqueBera.compute(d.residuals(), level,
          "residuals of the " + describe(need1) + " regression");
      default -> throw new IllegalStateException(t.key());
    };
  }

  private static String describe(PanelRegressionSet.Kind k) {
    return switch (k) {
      case POOLED -> "pooled OLS";
      case WITHIN_INDIVIDUAL -> "within (firm effects)";
      case WITHIN_TIME -> "within (year effects)";
      case WITHIN_TWOWAYS -> "within (firm and year effects)";
      case RANDOM_INDIVIDUAL -> "random effects (firm)";
      case FD -> "first-difference";
    };
  }

  private static String failed(String what, PanelRegressionSet.Fitted f) {
    return "the " + what + " regression could not be fitted: " + f.failure();
  }

  /**
   * {@code outcome ~ regressors} (the formula without its fixed effects) on the rows the model used; the model's
   * centring of interaction components is kept, its weights and clusters are not.
   */
  static Design baseDesign(Panel panel, ModelSpec ms, Fit fit) {
    Formula f = Formula.parse(ms.formula());
    Formula plain = new Formula(f.text(), f.outcome(), f.terms(), f.intercept(), List.of());
    boolean[] mask = new boolean[panel.rows()];
    for (int row : fit.rows()) mask[row] = true;
    Design d = ModelFrame.build(panel, plain, List.of(), List.of(), null, ms.center(), null, mask).design();
    if (d.n() == 0) throw new IllegalStateException("no complete rows");
    return d;
  }

  private static DiagnosticsResult.PairTest hausmanPair(Panel panel, List<String> pair,
      LinkedHashMap<String, ModelSpec> models, Map<String, ModelResult> byName, double level) {
    SpecificationTest t = SpecificationTest.HAUSMAN;
    if (pair.size() != 2) return new DiagnosticsResult.PairTest(String.join(",", pair), "",
        t.notComputed("a Hausman pair names exactly two models, got " + pair));
    String a = pair.get(0), b = pair.get(1);
    for (String m : pair) {
      if (!models.containsKey(m) || byName.get(m) == null)
        return new DiagnosticsResult.PairTest(a, b, t.notComputed("no model named `" + m + "`"));
      if (byName.get(m).failed())
        return new DiagnosticsResult.PairTest(a, b, t.notComputed("model `" + m + "` could not be estimated: "
            + byName.get(m).failure()));
    }
    // the within model is the consistent one: put it first whatever the order in the config
    if (models.get(b).estimator().equals("within") && !models.get(a).estimator().equals("within")) {
      String s = a; a = b; b = s;
    }
    Fit fa = classicalFit(panel, a, models.get(a), byName.get(a));
    Fit fb = classicalFit(panel, b, models.get(b), byName.get(b));
    if (fa == null || fb == null)
      return new DiagnosticsResult.PairTest(a, b, t.notComputed("re-estimation with classical standard errors failed"));
    TestResult r = HausmanTest.compute(fa, fb, level);
    return new DiagnosticsResult.PairTest(a, b, r.withNote("`" + a + "` vs `" + b + "`, classical covariances"));
  }

  /** The model's fit with classical covariance on the rows it used (re-estimated when it reported another one). */
  private static Fit classicalFit(Panel panel, String name, ModelSpec ms, ModelResult r) {
    if (ms.se().equals("classical")) return r.fit();
    ModelSpec c = new ModelSpec(ms.formula(), ms.estimator(), ms.effect(), "classical", ms.ssc(), ms.weights(),
        ms.dropSingletons(), ms.center(), ms.sample(), ms.label(), ms.instruments(), ms.transformation(), ms.steps(),
        ms.collapse(), ms.diagnostics());
    boolean[] mask = new boolean[panel.rows()];
    for (int row : r.fit().rows()) mask[row] = true;
    ModelResult again = ModelStage.estimate(name, c, panel, mask);
    return again.failed() ? null : again.fit();
  }

  private static ModelResult sampleModel(LinkedHashMap<String, ModelSpec> models, Map<String, ModelResult> byName,
      DiagnosticsSpec spec, List<String> notes) {
    if (spec.sample() != null) {
      ModelResult r = byName.get(spec.sample());
      if (r == null || !models.containsKey(spec.sample())) {
        notes.add("descriptive statistics not computed: diagnostics.sample names no model (`" + spec.sample() + "`)");
        return null;
      }
      if (r.failed()) {
        notes.add("descriptive statistics not computed: model `" + spec.sample() + "` could not be estimated");
        return null;
      }
      return r;
    }
    ModelResult first = null;
    for (String name : models.keySet()) {
      ModelResult r = byName.get(name);
      if (r == null || r.failed()) continue;
      if (models.get(name).estimator().equals("within")) return r;
      if (first == null) first = r;
    }
    if (first == null) notes.add("descriptive statistics not computed: no model was estimated");
    return first;
  }

  /** Variables of the descriptive tables: as configured, or outcomes and regressor components of every model. */
  static List<Expr> variables(LinkedHashMap<String, ModelSpec> models, DiagnosticsSpec spec) {
    Map<String, Expr> out = new LinkedHashMap<>();
    if (!spec.variables().isEmpty()) {
      for (String v : spec.variables()) {
        Expr e = Parser.parseExpression(v);
        out.putIfAbsent(e.text(), e);
      }
      return List.copyOf(out.values());
    }
    for (ModelSpec ms : models.values()) {
      Formula f;
      try {
        f = Formula.parse(ms.formula());
      } catch (RuntimeException ex) {
        continue;
      }
      out.putIfAbsent(f.outcome().text(), f.outcome());
      for (Formula.Term t : f.terms()) for (Expr e : t.factors()) out.putIfAbsent(e.text(), e);
    }
    Set<String> names = out.keySet();
    List<Expr> kept = new ArrayList<>();
    for (Expr e : out.values()) if (!isLagOfListed(e, names)) kept.add(e);
    return kept;
  }

  private static boolean isLagOfListed(Expr e, Set<String> names) {
    if (!(e instanceof Expr.Call c)) return false;
    return switch (c.function()) {
      case "l", "lag", "f", "lead" -> !c.args().isEmpty() && names.contains(c.args().get(0).text());
      default -> false;
    };
  }

  private static String message(RuntimeException ex) {
    return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
  }
}
