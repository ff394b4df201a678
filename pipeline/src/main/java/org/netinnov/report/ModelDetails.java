package org.netinnov.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.netinnov.config.ReportSpec;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * The full-precision companion of the regression tables: every coefficient of every model as numbers (estimate,
 * standard error, t or z, p-value, 95% interval, and for count models the incidence-rate ratio with its interval),
 * and every model statistic. Numbers are stored exactly as the fit holds them; only the display is rounded
 * ({@value #DECIMALS} decimals).
 *
 * <p>Interval: b ± q·se with q = {@code Inference.critical(0.95, dfInference)} (t quantile, or normal when the fit's
 * inference is asymptotic). IRR = exp(b), its interval exp(b ± q·se) — the interval Stata prints with {@code irr}.
 */
public final class ModelDetails {
  private ModelDetails() {}

  /** Digits displayed in the details tables (the stored value keeps full precision). */
  public static final int DECIMALS = 6;

  /** Column index of the estimate in {@link #coefficients} (for readers of the table). */
  public static final int COL_ESTIMATE = 3;

  /** A sheet holding the coefficient table ({@code <idPrefix>_coefficients}) and the statistics table. */
  public static Sheet sheet(String sheetName, String idPrefix, List<ModelResult> models, ReportSpec spec) {
    return new Sheet(sheetName, List.of(
        new Block.TableBlock(coefficients(idPrefix + "_coefficients", "Model details: coefficients", models, spec)),
        new Block.TableBlock(statistics(idPrefix + "_statistics", "Model details: statistics", models, spec))));
  }

  /**
   * One row per (model, coefficient): Model | Term | Label | Estimate | Std. error | t / z | Distribution | p-value |
   * CI 95% low | CI 95% high, then IRR | IRR low | IRR high when any model is a count model. A failed model has
   * one row with its reason. A rule separates models.
   */
  public static Table coefficients(String id, String title, List<ModelResult> models, ReportSpec spec) {
    TermLabels labels = new TermLabels(spec.labels());
    boolean anyCount = models.stream().anyMatch(ModelFacts::isCount);
    List<Cell> head = new ArrayList<>(List.of(Cell.text("Model"), Cell.text("Term"), Cell.text("Label"),
        Cell.text("Estimate"), Cell.text("Std. error"), Cell.text("t / z"), Cell.text("Distribution"),
        Cell.text("p-value"), Cell.text("95% CI low"), Cell.text("95% CI high")));
    if (anyCount) head.addAll(List.of(Cell.text("IRR"), Cell.text("IRR 95% low"), Cell.text("IRR 95% high")));

    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      ModelResult mr = models.get(m);
      String model = "(" + (m + 1) + ") " + ModelFacts.columnLabel(mr);
      Fit f = mr.fit();
      if (f == null) {
        body.add(List.of(Cell.text(model), Cell.text("not estimated"), Cell.text(mr.failure())));
      } else {
        double q = Inference.critical(0.95, f.dfInference());
        String dist = f.zInference() ? "z" : "t(" + dfText(f.dfInference()) + ")";
        boolean count = ModelFacts.isCount(mr);
        for (int j = 0; j < f.k(); j++) {
          double b = f.coef()[j];
          double se = f.se(j);
          double stat = b / se;
          double lo = b - q * se;
          double hi = b + q * se;
          List<Cell> r = new ArrayList<>(List.of(Cell.text(model), Cell.text(f.terms().get(j)),
              Cell.text(labels.label(f.terms().get(j))), Cell.num(b, DECIMALS), Cell.num(se, DECIMALS),
              Cell.num(stat, DECIMALS), Cell.text(dist), Cell.pValue(Inference.pValue(stat, f.dfInference())),
              Cell.num(lo, DECIMALS), Cell.num(hi, DECIMALS)));
          if (anyCount) {
            r.add(count ? Cell.num(Math.exp(b), DECIMALS) : Cell.blank());
            r.add(count ? Cell.num(Math.exp(lo), DECIMALS) : Cell.blank());
            r.add(count ? Cell.num(Math.exp(hi), DECIMALS) : Cell.blank());
          }
          body.add(r);
        }
        if (f.k() == 0) body.add(List.of(Cell.text(model), Cell.text("(no coefficients)")));
      }
      if (m < models.size() - 1) rules.add(body.size() - 1);
    }
    List<String> notes = new ArrayList<>();
    notes.add("Values are stored at full precision; the display shows " + DECIMALS + " decimals.");
    notes.add("p-values are two-sided; intervals are b ± q·se with q the 0.975 quantile of the model's t (or normal)"
        + " distribution.");
    if (anyCount) notes.add("IRR = exp(b) with interval exp(b ± q·se), for Poisson and negative binomial models.");
    return new Table(id, title, List.of(head), body, rules, notes, false);
  }

  /**
   * One row per statistic, one column per model: specification (estimator, outcome, formula, fixed effects,
   * cluster, covariance), sample (N, firms, years, rows dropped for missing values), degrees of freedom, R², every
   * entry of {@link Fit#stats()} (alphabetically), dropped terms, notes and failures.
   */
  public static Table statistics(String id, String title, List<ModelResult> models, ReportSpec spec) {
    List<List<Cell>> header = new ArrayList<>();
    List<Cell> h1 = new ArrayList<>(List.of(Cell.blank()));
    List<Cell> h2 = new ArrayList<>(List.of(Cell.blank()));
    for (int j = 0; j < models.size(); j++) {
      h1.add(Cell.text("(" + (j + 1) + ")"));
      h2.add(Cell.text(ModelFacts.columnLabel(models.get(j))));
    }
    header.add(h1);
    header.add(h2);

    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();
    textRow(body, "Model name", models, m -> m.name());
    textRow(body, "Estimator", models, m -> m.estimator());
    textRow(body, "Outcome", models, ModelFacts::outcome);
    textRow(body, "Formula", models, m -> m.formula());
    textRow(body, "Fixed effects", models, m -> String.join(", ", m.fixedEffects()));
    textRow(body, "Cluster", models, m -> String.join(", ", m.cluster()));
    textRow(body, "Covariance", models, m -> m.fit() == null ? null : m.fit().vcovType());
    rules.add(body.size() - 1);
    numRow(body, "Observations", models, f -> Cell.integer(f.nobs()));
    numRow(body, "Firms", models, f -> Cell.integer(f.nFirms()));
    numRow(body, "Years", models, f -> Cell.integer(f.nYears()));
    List<Cell> dm = new ArrayList<>(List.of(Cell.text("Rows dropped (missing values)")));
    for (ModelResult m : models) dm.add(Cell.integer(m.droppedMissing()));
    body.add(dm);
    numRow(body, "Residual df", models, f -> df(f.dfResidual()));
    numRow(body, "Inference df", models, f -> f.zInference() ? Cell.text("∞ (z)") : df(f.dfInference()));
    numRow(body, "R² (within R² for within fits)", models, f -> Cell.num(f.r2(), DECIMALS));
    numRow(body, "Adj. R²", models, f -> Cell.num(f.adjR2(), DECIMALS));
    rules.add(body.size() - 1);
    TreeSet<String> keys = new TreeSet<>();
    for (ModelResult m : models) if (m.fit() != null) keys.addAll(m.fit().stats().keySet());
    for (String k : keys) numRow(body, statLabel(k), models, f -> Cell.num(f.stat(k), DECIMALS));
    if (!keys.isEmpty()) rules.add(body.size() - 1);
    textRow(body, "Dropped terms", models, m -> m.fit() == null ? null : joinMap(m.fit().dropped()));
    textRow(body, "Notes", models, m -> m.fit() == null ? null : String.join("; ", m.fit().notes()));
    textRow(body, "Failure", models, ModelResult::failure);
    List<Integer> rulesAfter = rules.stream().filter(i -> i >= 0 && i < body.size() - 1).distinct().toList();
    return new Table(id, title, header, body, rulesAfter,
        List.of("Numbers are stored at full precision; the display shows " + DECIMALS + " decimals."), false);
  }

  private static final Map<String, String> STAT_LABELS = Map.ofEntries(Map.entry("f", "F statistic"),
      Map.entry("f_df1", "F df1"), Map.entry("f_df2", "F df2"), Map.entry("f_p", "F p-value"),
      Map.entry("loglik", "Log-likelihood"), Map.entry("aic", "AIC"), Map.entry("bic", "BIC"),
      Map.entry("rmse", "RMSE"), Map.entry("r2_overall", "R² overall"), Map.entry("r2_between", "R² between"),
      Map.entry("r2_within", "R² within"), Map.entry("sigma2_idios", "σ² idiosyncratic"),
      Map.entry("sigma2_id", "σ² individual"), Map.entry("theta", "θ"), Map.entry("iterations", "Iterations"));

  /** A known statistic's name in words, with the {@code Fit.stats} key it comes from: "F statistic [f]". */
  static String statLabel(String key) {
    String l = STAT_LABELS.get(key);
    return l == null ? key : l + " [" + key + "]";
  }

  private static Cell df(double v) {
    return v == Math.rint(v) ? Cell.integer(v) : Cell.num(v, DECIMALS);
  }

  private static String joinMap(Map<String, String> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(k + " (" + v + ")"));
    return String.join("; ", parts);
  }

  static String dfText(double df) {
    return df == Math.rint(df) ? NumberText.grouped(df) : NumberText.fixed(df, 2);
  }

  private static void textRow(List<List<Cell>> body, String label, List<ModelResult> models,
      java.util.function.Function<ModelResult, String> f) {
    List<Cell> r = new ArrayList<>(List.of(Cell.text(label)));
    for (ModelResult m : models) {
      String s = f.apply(m);
      r.add(s == null || s.isEmpty() ? Cell.blank() : Cell.text(s));
    }
    body.add(r);
  }

  private static void numRow(List<List<Cell>> body, String label, List<ModelResult> models,
      java.util.function.Function<Fit, Cell> f) {
    List<Cell> r = new ArrayList<>(List.of(Cell.text(label)));
    for (ModelResult m : models) r.add(m.fit() == null ? Cell.blank() : f.apply(m.fit()));
    body.add(r);
  }
}
