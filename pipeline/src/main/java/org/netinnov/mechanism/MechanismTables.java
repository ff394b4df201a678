package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;
import org.netinnov.mechanism.MediationResult.BootstrapInterval;
import org.netinnov.mechanism.MediationResult.Effect;
import org.netinnov.mechanism.MediationResult.Test;
import org.netinnov.report.TermLabels;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Table;

/**
 * Report tables of the mechanism stage, in the report table model: the "Mediation" sheet (path regressions side by
 * side, then the effects with their tests and intervals), the "Scorecard" sheet (one row per hypothesis, then the
 * robustness checks) and the moderation tables and charts.
 */
public final class MechanismTables {
  /** Default star thresholds (*, **, ***), as {@code report.stars}. */
  public static final List<Double> DEFAULT_STARS = List.of(0.1, 0.05, 0.01);

  private MechanismTables() {}

  /** Both mediation tables with the default stars and 3 decimals. */
  public static List<Table> mediation(MediationResult m) {
    return mediation(m, DEFAULT_STARS, 3, TermLabels.NONE);
  }

  /**
   * The path regressions ({@code mediation_paths}) and the effects ({@code mediation_effects}); a failed analysis
   * gives one table with the reason.
   *
   * @param stars    p-value thresholds for one, two, three stars (descending, e.g. 0.1, 0.05, 0.01)
   * @param decimals digits of the coefficient texts
   * @param labels   {@code report.labels}: variable names as readers see them
   */
  public static List<Table> mediation(MediationResult m, List<Double> stars, int decimals, TermLabels labels) {
    if (m.failed()) {
      List<List<Cell>> body = List.of(List.of(Cell.text("The mediation analysis could not be completed: "
          + m.failure())));
      return List.of(new Table("mediation_paths", "Mediation: " + chain(m, labels), List.of(), body, List.of(),
          m.notes(), false));
    }
    return List.of(paths(m, stars, decimals, labels), effects(m, labels));
  }

  /** "treatment → mediator, mediator → outcome" in the readers' labels. */
  private static String chain(MediationResult m, TermLabels labels) {
    List<String> meds = new ArrayList<>();
    for (String med : m.mediators()) meds.add(labels.label(med));
    return labels.label(m.treatment()) + " → " + String.join(", ", meds) + " → " + labels.label(m.outcome());
  }

  static Table paths(MediationResult m, List<Double> stars, int decimals, TermLabels labels) {
    List<ModelResult> cols = new ArrayList<>(m.pathA());
    cols.add(m.outcomeEquation());
    cols.add(m.totalEquation());
    List<List<Cell>> header = new ArrayList<>();
    List<Cell> num = new ArrayList<>(List.of(Cell.blank()));
    List<Cell> lab = new ArrayList<>(List.of(Cell.blank()));
    List<Cell> dep = new ArrayList<>(List.of(Cell.text("Dependent variable")));
    for (int c = 0; c < cols.size(); c++) {
      num.add(Cell.text("(" + (c + 1) + ")"));
      lab.add(Cell.bold(c < m.pathA().size() ? "Path a" : c == m.pathA().size() ? "Paths b, c′" : "Path c"));
      dep.add(Cell.text(labels.label(cols.get(c).fit().outcome())));
    }
    header.add(num);
    header.add(lab);
    header.add(dep);

    int na = m.pathA().size();
    List<List<Cell>> body = new ArrayList<>();
    String lagNote = m.lag() > 0 ? " (t−" + m.lag() + " in (" + (na + 1) + "), (" + (na + 2) + "))" : "";
    // treatment: X in the a paths, l(X, L) in the outcome equations
    List<String> xTerms = new ArrayList<>();
    for (int c = 0; c < na; c++) xTerms.add(m.effects().get(c).a().term());
    String xl = laggedTreatment(m);
    xTerms.add(xl);
    xTerms.add(xl);
    addRows(body, "Treatment: " + labels.label(m.treatment()) + lagNote, cols, xTerms, stars, decimals);
    for (int j = 0; j < na; j++) {
      List<String> terms = new ArrayList<>();
      for (int c = 0; c < cols.size(); c++) terms.add(c == na ? m.effects().get(j).b().term() : null);
      addRows(body, "Mediator: " + labels.label(m.mediators().get(j)) + lagNote, cols, terms, stars, decimals);
    }
    // controls: every other term of the outcome equation
    Fit out = m.outcomeEquation().fit();
    for (int t = na + 1; t < out.terms().size(); t++) {
      String term = out.terms().get(t);
      List<String> terms = new ArrayList<>();
      for (int c = 0; c < cols.size(); c++) terms.add(term);
      addRows(body, labels.label(term), cols, terms, stars, decimals);
    }
    int rule = body.size() - 1;
    List<Cell> nobs = new ArrayList<>(List.of(Cell.text("Observations")));
    List<Cell> firms = new ArrayList<>(List.of(Cell.text("Firms")));
    List<Cell> r2 = new ArrayList<>(List.of(Cell.text("R² (within) / pseudo R²")));
    List<Cell> fe = new ArrayList<>(List.of(Cell.text("Fixed effects")));
    List<Cell> est = new ArrayList<>(List.of(Cell.text("Estimator")));
    for (ModelResult r : cols) {
      Fit f = r.fit();
      nobs.add(Cell.integer(f.nobs()));
      firms.add(Cell.integer(f.nFirms()));
      r2.add(Cell.num(Double.isNaN(f.r2()) ? f.stat("pseudo_r2") : f.r2()));
      List<String> fes = new ArrayList<>();
      for (String e : r.fixedEffects()) fes.add(labels.label(e));
      fe.add(Cell.text(fes.isEmpty() ? "none" : String.join(", ", fes)));
      est.add(Cell.text(r.estimator()));
    }
    body.add(nobs);
    body.add(firms);
    body.add(r2);
    body.add(fe);
    body.add(est);
    List<String> notes = new ArrayList<>();
    notes.add("Standard errors in parentheses: " + cols.get(0).fit().vcovType() + ". " + starLegend(stars)
        + " (two-sided, each model's own t or z distribution).");
    notes.add("All paths use the same fixed effects, controls and common sample (" + m.nobs() + " firm-years, "
        + m.nFirms() + " firms, " + m.nYears() + " years).");
    if (m.lag() > 0)
      notes.add("In the outcome equations the treatment and mediators enter at t−" + m.lag()
          + "; path a relates them in year t.");
    return new Table("mediation_paths", "Mediation paths: " + chain(m, labels), header, body, List.of(rule), notes,
        true);
  }

  /** l(X, L) as the outcome equations name it: the first term of the total-effect equation. */
  private static String laggedTreatment(MediationResult m) {
    return m.totalEquation().fit().terms().get(0);
  }

  private static void addRows(List<List<Cell>> body, String label, List<ModelResult> cols, List<String> terms,
      List<Double> stars, int decimals) {
    List<Cell> coef = new ArrayList<>(List.of(Cell.text(label)));
    List<Cell> se = new ArrayList<>(List.of(Cell.blank()));
    for (int c = 0; c < cols.size(); c++) {
      String term = terms.get(c);
      Fit f = cols.get(c).fit();
      int j = term == null ? -1 : f.indexOf(term);
      if (j < 0) {
        coef.add(Cell.blank());
        se.add(Cell.blank());
        continue;
      }
      double b = f.coef()[j], s = f.se(j);
      double p = Inference.pValue(b / s, f.dfInference());
      coef.add(Cell.text(fixed(b, decimals) + stars(p, stars)));
      se.add(Cell.text("(" + fixed(s, decimals) + ")"));
    }
    body.add(coef);
    body.add(se);
  }

  static Table effects(MediationResult m, TermLabels labels) {
    BootstrapInterval any = null;
    for (Effect e : m.effects()) if (e.bootstrap() != null) any = e.bootstrap();
    String lvl = any == null ? "" : " " + percent(any.level());
    List<Cell> head = new ArrayList<>();
    // bootstrap columns first: the interval is what a mediation claim rests on (Preacher & Hayes 2008); the normal-
    // theory tests and the path coefficients follow
    for (String h : List.of("Effect", "Estimate", "Bootstrap SE", "Percentile" + lvl + " low",
        "Percentile" + lvl + " high", "BC" + lvl + " low", "BC" + lvl + " high", "Bootstrap p", "Share of total effect",
        "a", "b", "Sobel z", "Sobel p", "Aroian z", "Aroian p"))
      head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    for (Effect e : m.effects()) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(describe(e, labels)));
      row.add(Cell.num(e.estimate()));
      BootstrapInterval b = e.bootstrap();
      row.add(Cell.num(b == null ? Double.NaN : b.se()));
      row.add(Cell.num(b == null ? Double.NaN : b.percentileLow()));
      row.add(Cell.num(b == null ? Double.NaN : b.percentileHigh()));
      row.add(withNote(Cell.num(b == null ? Double.NaN : b.bcLow()), b == null ? null : b.note()));
      row.add(Cell.num(b == null ? Double.NaN : b.bcHigh()));
      row.add(bootstrapP(b));
      row.add(withNote(Cell.percent(e.share()), e.shareNote()));
      row.add(e.a() == null ? Cell.blank() : Cell.num(e.a().estimate()));
      row.add(e.b() == null ? Cell.blank() : Cell.num(e.b().estimate()));
      Test t = e.test();
      Test ar = e.aroian();
      row.add(withNote(Cell.num(t == null ? Double.NaN : t.statistic()), t == null ? null : t.note()));
      row.add(Cell.pValue(t == null ? Double.NaN : t.pValue()));
      row.add(Cell.num(ar == null ? Double.NaN : ar.statistic()));
      row.add(Cell.pValue(ar == null ? Double.NaN : ar.pValue()));
      body.add(row);
    }
    List<String> notes = new ArrayList<>(m.notes());
    notes.add("Indirect effect = a·b; total indirect = Σ a·b; direct = c′; total = c. Sobel: z = ab/√(b²s_a² + "
        + "a²s_b²); Aroian adds s_a²s_b². For direct and total effects the Sobel columns hold the coefficient's "
        + "own test.");
    notes.add("Share of total effect = indirect / c; left blank when c is not distinguishable from zero or has the "
        + "opposite sign (see the cell notes).");
    if (m.bootstrap() != null)
      notes.add("Bootstrap: " + m.bootstrap().requested() + " replications (" + m.bootstrap().valid() + " usable), "
          + "seed " + m.bootstrap().seed() + ", whole firms resampled; BC = bias-corrected percentile interval with "
          + "z0 = Φ⁻¹(share of replicates below the estimate).");
    return new Table("mediation_effects", "Indirect, direct and total effects of " + labels.label(m.treatment())
        + " on " + labels.label(m.outcome()), List.of(head), body, List.of(m.mediators().size() - 1), notes, false);
  }

  /**
   * The bootstrap p-value; when no replicate fell on the other side of zero it is only known to be below the
   * resolution 2/R, and the cell says so ("<0.002" for 1,000 replicates) instead of showing a p of zero.
   */
  static Cell bootstrapP(BootstrapInterval b) {
    return b == null ? Cell.blank() : bootstrapP(b.pValue(), b.valid());
  }

  private static Cell bootstrapP(double p, int valid) {
    if (p == 0 && valid > 0)
      return Cell.text("<" + java.math.BigDecimal.valueOf(2.0 / valid).round(new java.math.MathContext(2,
          java.math.RoundingMode.CEILING)).stripTrailingZeros().toPlainString())
          .withNote("all " + valid + " replicates on one side of zero");
    return Cell.pValue(p);
  }

  /** The tested term as readers know it, with the term as written in the cell note when the two differ. */
  private static Cell term(Verdict.Check c, TermLabels labels) {
    if (c.term() == null) return Cell.blank();
    String l = labels.label(c.term());
    return l.equals(c.term()) ? Cell.text(l) : Cell.text(l).withNote(c.term());
  }


  private static String describe(Effect e, TermLabels labels) {
    return switch (e.kind()) {
      case INDIRECT -> "Indirect via " + labels.label(e.mediator());
      case TOTAL_INDIRECT -> "Total indirect";
      case DIRECT -> "Direct (c′)";
      case TOTAL -> "Total (c)";
    };
  }

  /** The scorecard: one row per hypothesis. */
  public static Table scorecard(List<Verdict> verdicts, double alpha) {
    return scorecard(verdicts, alpha, TermLabels.NONE);
  }

  /** The scorecard with terms in the readers' labels; the term as written is the cell's note. */
  public static Table scorecard(List<Verdict> verdicts, double alpha, TermLabels labels) {
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("ID", "Hypothesis", "Model", "Term", "Expected sign", "Estimate",
        percent(1 - alpha) + " CI low", percent(1 - alpha) + " CI high", "p-value", "Verdict", "Robustness"))
      head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    for (Verdict v : verdicts) {
      Verdict.Check c = v.main();
      body.add(List.of(Cell.bold(v.id() == null ? "" : v.id()), Cell.text(v.statement()), Cell.text(c.label()),
          term(c, labels), Cell.text(v.expected()), Cell.num(c.estimate()), Cell.num(c.low()), Cell.num(c.high()),
          withNote(bootstrapP(c.pValue(), c.replicates()), c.method()), withNote(Cell.bold(c.outcome().text()), c.reason()),
          Cell.text(v.robustnessSummary())));
    }
    List<String> notes = List.of(
        "Verdict: supported = expected sign and p < " + fmt(alpha) + "; not supported = p ≥ " + fmt(alpha)
            + "; opposite sign = the other sign and p < " + fmt(alpha) + "; not testable = model failed or term "
            + "missing (reason in the cell note).",
        "Coefficients: the model's own covariance and t/z distribution. Mediation effects: bootstrap percentile "
            + "interval and its implied p when the bootstrap ran, else the Sobel test (indirect effects) or the "
            + "coefficient's test (direct, total).",
        "Robustness: the number of robustness checks in which the hypothesis is supported.");
    return new Table("scorecard", "Hypothesis scorecard", List.of(head), body, List.of(), notes, false);
  }

  /** Every robustness check of every hypothesis, one row each. */
  public static Table robustness(List<Verdict> verdicts, double alpha) {
    return robustness(verdicts, alpha, TermLabels.NONE);
  }

  public static Table robustness(List<Verdict> verdicts, double alpha, TermLabels labels) {
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("ID", "Check", "Model", "Term", "Estimate", percent(1 - alpha) + " CI low",
        percent(1 - alpha) + " CI high", "p-value", "Verdict", "Reason"))
      head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    for (Verdict v : verdicts)
      for (Verdict.Check c : v.robustness())
        body.add(List.of(Cell.text(v.id()), Cell.text(c.label()), Cell.text(c.model()), term(c, labels),
            Cell.num(c.estimate()), Cell.num(c.low()), Cell.num(c.high()), bootstrapP(c.pValue(), c.replicates()),
            Cell.bold(c.outcome().text()), Cell.text(c.reason())));
    return new Table("scorecard_robustness", "Robustness checks of the hypotheses", List.of(head), body, List.of(),
        List.of("Each check applies the scorecard's rules to the named model and term."), false);
  }

  /** Marginal effects of each focal regressor at low, mean and high moderator (all models in one table). */
  public static Table moderation(List<ModerationEffects.Result> results, TermLabels labels) {
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("Model", "Focal regressor", "Moderator", "Moderator level", "Moderator value",
        "Value (original units)", "Marginal effect", "Std. error", "CI low", "CI high", "p-value"))
      head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ModerationEffects.Result r : results) {
      if (r.levels().isEmpty()) {
        body.add(List.of(Cell.text(r.label()), Cell.text(labels.label(r.x())), Cell.text(labels.label(r.z())),
            Cell.text(String.join("; ", r.notes()))));
      } else {
        for (ModerationEffects.Level l : r.levels())
          body.add(List.of(Cell.text(r.label()), Cell.text(labels.label(r.x())), Cell.text(labels.label(r.z())),
              Cell.text(l.label().startsWith("z = ") ? labels.label(r.z()) + l.label().substring(1) : l.label()),
              Cell.num(l.z()), Cell.num(l.zRaw()), Cell.num(l.effect()), Cell.num(l.se()), Cell.num(l.low()),
              Cell.num(l.high()), Cell.pValue(l.pValue())));
        for (String n : r.notes()) notes.add(r.label() + ": " + n);
      }
      rules.add(body.size() - 1);
    }
    if (!rules.isEmpty()) rules.remove(rules.size() - 1);
    String lvl = results.isEmpty() ? "" : percent(results.get(0).level()) + " ";
    notes.add(0, "Marginal effect of the focal regressor x at moderator z: b_x + z·b_xz, variance V_xx + z²V_xz,xz "
        + "+ 2z·V_x,xz from each model's covariance; " + lvl + "intervals with the model's t or z critical value. "
        + "Low/high = mean ∓ 1 SD of z on the estimation sample; a binary z at its two values. Moderator value is in "
        + "the units z entered the model (centred when listed under center:).");
    return new Table("moderation", "Moderation: marginal effects", List.of(head), body, rules, notes, false);
  }

  /** One interval chart per interaction: the marginal effect and its interval against z (original units). */
  public static List<Chart> moderationCharts(List<ModerationEffects.Result> results, TermLabels labels) {
    List<Chart> out = new ArrayList<>();
    for (ModerationEffects.Result r : results) {
      if (r.levels().isEmpty()) continue;
      int k = r.levels().size();
      double[] x = new double[k], y = new double[k], lo = new double[k], hi = new double[k];
      for (int i = 0; i < k; i++) {
        ModerationEffects.Level l = r.levels().get(i);
        x[i] = l.zRaw();
        y[i] = l.effect();
        lo[i] = l.low();
        hi[i] = l.high();
      }
      String xl = labels.label(r.x()), zl = labels.label(r.z());
      out.add(new Chart(("moderation_" + r.model() + "_" + r.x() + "_" + r.z()).replaceAll("[^A-Za-z0-9_]+", "_"),
          "Marginal effect of " + xl + " by " + zl + " (" + r.label() + ")", Chart.Kind.INTERVAL, zl,
          "marginal effect of " + xl, x, List.of(), List.of(new Chart.Series("marginal effect of " + xl, y, lo, hi))));
    }
    return out;
  }

  static String stars(double p, List<Double> thresholds) {
    if (Double.isNaN(p)) return "";
    StringBuilder s = new StringBuilder();
    for (double t : thresholds) if (p < t) s.append('*');
    return s.toString();
  }

  private static String starLegend(List<Double> stars) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < stars.size(); i++) parts.add("*".repeat(i + 1) + " p < " + fmt(stars.get(i)));
    return String.join(", ", parts);
  }

  private static Cell withNote(Cell c, String note) { return note == null ? c : c.withNote(note); }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String fmt(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static String percent(double level) { return fmt(level * 100) + "%"; }
}
