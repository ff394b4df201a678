package org.netinnov.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.netinnov.config.ReportSpec;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

/**
 * Several fits side by side in the layout of Stata's {@code esttab} and R's {@code stargazer}/{@code etable}.
 *
 * <pre>
 *                      (1)          (2)          header: column number
 *                      Baseline     Lags         header: model label
 *   Outcome            Patents      Patents      header: outcome (labelled)
 *   Estimator          FE (within)  FE (within)  header: estimator in words
 *   ─────────────────────────────────────────
 *   Government         0.123***     0.101**      coefficient and stars (text)
 *                      (0.041)      (0.045)      SE, t, p or CI beneath (text), per report.beneath
 *   ...                                          rule
 *   Firm FE            Yes          Yes          one row per distinct fixed effect
 *   Controls           Yes          No           when report.controls is set (those terms are not shown)
 *   Cluster            Firm         Firm         when any model is clustered
 *   ...                                          rule
 *   N                  1,234        1,100        integers
 *   Firms, R², Within R², Adj. R², F, Log-likelihood, extra statistics (numbers, full precision)
 * </pre>
 *
 * Stars: one per threshold of {@code report.stars} that the two-sided p-value is strictly below, using the fit's
 * own distribution (t with {@code dfInference}, z when infinite). R² is shown as "Within R²" for within fits
 * ({@link Fit#r2()} already is the within R² there) and as "R²" otherwise, on separate rows so that no row mixes
 * the two. Failed models keep their column: "Not estimated" (the reason as a cell comment and as a note).
 */
public final class RegressionTable {
  private RegressionTable() {}

  /** Statistics that count something: shown as whole numbers, not with the table's decimals. */
  private static final Set<String> COUNT_STATS = Set.of("dropped_groups", "iterations", "instruments", "nobs");

  /**
   * Optional parts of a regression table.
   *
   * @param sample     the sample note ("Sample: ..."); null derives it from the fits (N, firms, years)
   * @param eform      show count models (poisson/negbin) as incidence-rate ratios exp(b), with the delta-method
   *                   standard error exp(b)·se beneath (as Stata's {@code eform}); stars keep the p-value of b
   * @param extraStats further statistic rows: {@code Fit.stats} key → row label (e.g. "ar2_p" → "AR(2) p")
   * @param hidden     terms estimated but not shown (e.g. GMM time dummies), with {@code hiddenNote} saying so
   */
  public record Options(String sample, boolean eform, Map<String, String> extraStats, Set<String> hidden,
      String hiddenNote) {
    public Options {
      hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
      extraStats = extraStats == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraStats));
    }

    public static Options defaults() { return new Options(null, false, Map.of(), Set.of(), null); }

    public Options withSample(String s) { return new Options(s, eform, extraStats, hidden, hiddenNote); }

    public Options withEform(boolean e) { return new Options(sample, e, extraStats, hidden, hiddenNote); }

    /** Terms not shown, and the note that says what they are. */
    public Options hiding(Set<String> terms, String note) { return new Options(sample, eform, extraStats, terms, note); }

    public Options withStat(String key, String label) {
      Map<String, String> m = new LinkedHashMap<>(extraStats);
      m.put(key, label);
      return new Options(sample, eform, m, hidden, hiddenNote);
    }
  }

  public static Table build(String id, String title, List<ModelResult> models, ReportSpec spec) {
    return build(id, title, models, spec, Options.defaults());
  }

  /**
   * @throws IllegalArgumentException when there are no models or {@code report.beneath} is not se, t, p or ci
   */
  public static Table build(String id, String title, List<ModelResult> models, ReportSpec spec, Options options) {
    if (models.isEmpty()) throw new IllegalArgumentException("regression table " + id + " has no models");
    String beneath = spec.beneath().toLowerCase(Locale.ROOT);
    if (!List.of("se", "t", "p", "ci").contains(beneath))
      throw new IllegalArgumentException("report.beneath must be se, t, p or ci, not '" + spec.beneath() + "'");
    TermLabels labels = new TermLabels(spec.labels());
    int n = models.size();
    int d = spec.decimals();
    Set<String> controls = new LinkedHashSet<>(spec.controls());
    // the controls some model of this table has: the Controls row and the note name only those
    Set<String> used = new LinkedHashSet<>();
    for (ModelResult m : models) if (m.fit() != null) used.addAll(m.fit().terms());
    Set<String> present = new LinkedHashSet<>(controls);
    present.retainAll(used);

    List<List<Cell>> header = new ArrayList<>();
    header.add(row(Cell.blank(), models, j -> Cell.text("(" + (j + 1) + ")")));
    header.add(row(Cell.blank(), models, j -> Cell.text(ModelFacts.columnLabel(models.get(j)))));
    header.add(row(Cell.text("Outcome"), models, j -> Cell.text(labels.label(ModelFacts.outcome(models.get(j))))));
    header.add(row(Cell.text("Estimator"), models, j -> {
      ModelResult m = models.get(j);
      String w = ModelFacts.estimatorWords(m);
      return Cell.text(options.eform() && ModelFacts.isCount(m) ? w + " (IRR)" : w);
    }));

    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();

    // coefficient rows
    for (String term : termOrder(models, spec, controls)) {
      if (options.hidden().contains(term)) continue;
      List<Cell> coefRow = new ArrayList<>();
      List<Cell> belowRow = new ArrayList<>();
      coefRow.add(Cell.text(labels.label(term)));
      belowRow.add(Cell.blank());
      for (ModelResult m : models) {
        Fit f = m.fit();
        int j = f == null ? -1 : f.indexOf(term);
        if (j < 0) {
          String why = f == null ? null : f.dropped().get(term);
          coefRow.add(why == null ? Cell.blank() : Cell.text("omitted").withNote(why));
          belowRow.add(Cell.blank());
          continue;
        }
        boolean irr = options.eform() && ModelFacts.isCount(m);
        double b = f.coef()[j];
        double se = f.se(j);
        double p = Significance.pValue(f, j);
        String stars = Significance.stars(p, spec.stars());
        double shown = irr ? Math.exp(b) : b;
        coefRow.add(Double.isNaN(shown) ? Cell.blank() : Cell.text(NumberText.fixed(shown, d) + stars));
        belowRow.add(beneath(beneath, f, b, se, irr, d));
      }
      body.add(coefRow);
      body.add(belowRow);
    }
    // failed models: say so in the first row of their column
    if (body.isEmpty()) {
      List<Cell> r = new ArrayList<>();
      r.add(Cell.blank());
      for (int j = 0; j < n; j++) r.add(Cell.blank());
      body.add(r);
    }
    for (int j = 0; j < n; j++) {
      ModelResult m = models.get(j);
      if (m.failed()) body.get(0).set(j + 1, Cell.text("Not estimated").withNote(m.failure()));
    }
    rules.add(body.size() - 1);

    // indicator rows: fixed effects, controls, cluster
    int before = body.size();
    List<String> fes = new ArrayList<>();
    for (ModelResult m : models) for (String fe : m.fixedEffects()) if (!fes.contains(fe)) fes.add(fe);
    for (String fe : fes)
      body.add(row(Cell.text(labels.fixedEffect(fe)), models,
          j -> models.get(j).failed() ? Cell.blank() : yesNo(models.get(j).fixedEffects().contains(fe))));
    if (!present.isEmpty())
      body.add(row(Cell.text("Controls"), models, j -> {
        Fit f = models.get(j).fit();
        if (f == null) return Cell.blank();
        for (String t : f.terms()) if (controls.contains(t)) return yesNo(true);
        return yesNo(false);
      }));
    if (models.stream().anyMatch(m -> !m.cluster().isEmpty()))
      body.add(row(Cell.text("Cluster"), models, j -> {
        ModelResult m = models.get(j);
        if (m.failed()) return Cell.blank();
        if (m.cluster().isEmpty()) return Cell.text("No");
        List<String> ls = new ArrayList<>();
        for (String c : m.cluster()) ls.add(labels.label(c));
        return Cell.text(String.join(" & ", ls));
      }));
    if (body.size() > before) rules.add(body.size() - 1);

    // model statistics
    addStat(body, "N", models, f -> f.nobs() > 0 ? Cell.integer(f.nobs()) : Cell.blank());
    addStat(body, "Firms", models, f -> f.nFirms() > 0 ? Cell.integer(f.nFirms()) : Cell.blank());
    addStat(body, "R²", models, (m, f) -> ModelFacts.isWithin(m) ? Cell.blank() : Cell.num(f.r2(), d));
    addStat(body, "Within R²", models, (m, f) -> ModelFacts.isWithin(m) ? Cell.num(f.r2(), d) : Cell.blank());
    addStat(body, "Adj. R²", models, f -> Cell.num(f.adjR2(), d));
    addStat(body, "F", models, f -> Cell.num(f.stat("f"), d));
    addStat(body, "Log-likelihood", models, f -> Cell.num(f.stat("loglik"), d));
    for (Map.Entry<String, String> e : options.extraStats().entrySet()) {
      if (e.getKey().equals("loglik") || e.getKey().equals("f")) continue; // standard rows above, never twice
      boolean p = e.getKey().endsWith("_p") || e.getKey().endsWith("pvalue");
      boolean count = COUNT_STATS.contains(e.getKey());
      addStat(body, e.getValue(), models, f -> p ? Cell.pValue(f.stat(e.getKey()))
          : count ? Cell.integer(f.stat(e.getKey())) : Cell.num(f.stat(e.getKey()), d));
    }

    List<Integer> rulesAfter = rules.stream().filter(i -> i < body.size() - 1).distinct().toList();
    return new Table(id, title, header, body, rulesAfter, notes(models, spec, options, beneath, labels, present), true);
  }

  private static Cell beneath(String what, Fit f, double b, double se, boolean irr, int d) {
    if (Double.isNaN(se)) return Cell.blank();
    switch (what) {
      case "t":
        return Cell.text("(" + NumberText.fixed(b / se, d) + ")");
      case "p": {
        double p = Inference.pValue(b / se, f.dfInference());
        return Cell.text("(" + NumberText.pValue(p, d) + ")");
      }
      case "ci": {
        double q = Inference.critical(0.95, f.dfInference());
        double lo = b - q * se;
        double hi = b + q * se;
        if (irr) {
          lo = Math.exp(lo);
          hi = Math.exp(hi);
        }
        return Cell.text("[" + NumberText.fixed(lo, d) + ", " + NumberText.fixed(hi, d) + "]");
      }
      default:
        return Cell.text("(" + NumberText.fixed(irr ? Math.exp(b) * se : se, d) + ")");
    }
  }

  /** Rows in report.order first, then in order of first appearance; the constant last unless ordered. */
  static List<String> termOrder(List<ModelResult> models, ReportSpec spec, Set<String> controls) {
    Set<String> seen = new LinkedHashSet<>();
    for (ModelResult m : models) if (m.fit() != null) seen.addAll(m.fit().terms());
    seen.removeAll(controls);
    List<String> out = new ArrayList<>();
    for (String t : spec.order()) if (seen.contains(t) && !out.contains(t)) out.add(t);
    for (String t : seen) if (!out.contains(t) && !t.equals("(Intercept)")) out.add(t);
    if (seen.contains("(Intercept)") && !out.contains("(Intercept)")) out.add("(Intercept)");
    return out;
  }

  private static List<String> notes(List<ModelResult> models, ReportSpec spec, Options options, String beneath,
      TermLabels labels, Set<String> controls) {
    List<String> notes = new ArrayList<>();
    String what = switch (beneath) {
      case "t" -> allZ(models) ? "z statistics in parentheses" : "t statistics in parentheses";
      case "p" -> "p-values in parentheses";
      case "ci" -> "95% confidence intervals in brackets";
      default -> "Standard errors in parentheses";
    };
    Map<String, List<Integer>> byType = new LinkedHashMap<>();
    for (int j = 0; j < models.size(); j++) {
      Fit f = models.get(j).fit();
      if (f != null) byType.computeIfAbsent(f.vcovType() == null ? "unknown" : f.vcovType(), k -> new ArrayList<>()).add(j);
    }
    if (byType.size() == 1) {
      notes.add(what + "; covariance: " + byType.keySet().iterator().next() + ".");
    } else if (!byType.isEmpty()) {
      List<String> parts = new ArrayList<>();
      byType.forEach((t, cols) -> parts.add(ModelFacts.columns(cols) + " " + t));
      notes.add(what + "; covariance: " + String.join("; ", parts) + ".");
    } else {
      notes.add(what + ".");
    }
    notes.add(Significance.legend(spec.stars()) + " (two-sided; t with each model's degrees of freedom, z where"
        + " inference is asymptotic).");
    String sample = options.sample() != null ? options.sample() : derivedSample(models);
    if (sample != null && !sample.isBlank()) notes.add(sample.startsWith("Sample") ? sample : "Sample: " + sample);
    if (!controls.isEmpty()) {
      List<String> ls = new ArrayList<>();
      for (String c : controls) ls.add(labels.label(c));
      notes.add("Controls (not shown): " + String.join(", ", ls) + ".");
    }
    if (options.hiddenNote() != null && !options.hidden().isEmpty()) notes.add(options.hiddenNote());
    if (options.eform() && models.stream().anyMatch(ModelFacts::isCount)) {
      List<Integer> cols = new ArrayList<>();
      for (int j = 0; j < models.size(); j++) if (ModelFacts.isCount(models.get(j))) cols.add(j);
      notes.add(ModelFacts.columns(cols) + ": incidence-rate ratios exp(b); standard errors by the delta method;"
          + " stars test b = 0.");
    }
    for (int j = 0; j < models.size(); j++) {
      ModelResult m = models.get(j);
      String col = "(" + (j + 1) + ")";
      if (m.failed()) notes.add(col + " not estimated: " + m.failure());
      else for (String note : m.fit().notes()) notes.add(col + " " + note);
    }
    return notes;
  }

  private static boolean allZ(List<ModelResult> models) {
    boolean any = false;
    for (ModelResult m : models) {
      if (m.fit() == null) continue;
      if (!m.fit().zInference()) return false;
      any = true;
    }
    return any;
  }

  /** "Sample: 1,234 firm-year observations of 150 firms, 12 years" (ranges when the models differ). */
  private static String derivedSample(List<ModelResult> models) {
    int nLo = Integer.MAX_VALUE, nHi = 0, gLo = Integer.MAX_VALUE, gHi = 0, tHi = 0;
    for (ModelResult m : models) {
      Fit f = m.fit();
      if (f == null) continue;
      nLo = Math.min(nLo, f.nobs());
      nHi = Math.max(nHi, f.nobs());
      gLo = Math.min(gLo, f.nFirms());
      gHi = Math.max(gHi, f.nFirms());
      tHi = Math.max(tHi, f.nYears());
    }
    if (nHi == 0) return null;
    StringBuilder sb = new StringBuilder("Sample: ").append(range(nLo, nHi)).append(" firm-year observations");
    if (gHi > 0) sb.append(" of ").append(range(gLo, gHi)).append(" firms");
    if (tHi > 0) sb.append(", up to ").append(tHi).append(" years");
    return sb.append('.').toString();
  }

  private static String range(int lo, int hi) {
    return lo == hi ? NumberText.grouped(lo) : NumberText.grouped(lo) + "–" + NumberText.grouped(hi);
  }

  private static Cell yesNo(boolean b) { return Cell.text(b ? "Yes" : "No"); }

  private static List<Cell> row(Cell first, List<ModelResult> models, java.util.function.IntFunction<Cell> cell) {
    List<Cell> r = new ArrayList<>(models.size() + 1);
    r.add(first);
    for (int j = 0; j < models.size(); j++) r.add(cell.apply(j));
    return r;
  }

  private static void addStat(List<List<Cell>> body, String label, List<ModelResult> models, Function<Fit, Cell> f) {
    addStat(body, label, models, (m, fit) -> f.apply(fit));
  }

  /** Adds the row only when some model has a value for it. */
  private static void addStat(List<List<Cell>> body, String label, List<ModelResult> models,
      java.util.function.BiFunction<ModelResult, Fit, Cell> f) {
    List<Cell> r = new ArrayList<>();
    r.add(Cell.text(label));
    boolean any = false;
    for (ModelResult m : models) {
      Cell c = m.fit() == null ? Cell.blank() : f.apply(m, m.fit());
      any |= !c.isBlank();
      r.add(c);
    }
    if (any) body.add(r);
  }
}
