package org.netinnov.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netinnov.config.ReportSpec;
import org.netinnov.report.NumberText;
import org.netinnov.report.Significance;
import org.netinnov.report.TermLabels;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * The diagnostics as tables papers print: a title, the table, notes under it. Tables for three sheets, told apart
 * by their id prefix ({@link #sheetOf}): "Descriptives" (descriptive statistics, panel structure), "Correlations"
 * (the correlation matrix), "Diagnostics" (one table of specification tests per model, one VIF table per model,
 * Hausman tests between configured pairs).
 */
public final class DiagnosticsTables {
  public static final String DESCRIPTIVES_SHEET = "Descriptives";
  public static final String CORRELATIONS_SHEET = "Correlations";
  public static final String DIAGNOSTICS_SHEET = "Diagnostics";

  private DiagnosticsTables() {}

  /** Every table, sheet by sheet in the order Descriptives, Correlations, Diagnostics. */
  public static List<Table> build(DiagnosticsResult r, ReportSpec report) {
    List<Table> out = new ArrayList<>();
    if (r.descriptives() != null) out.add(descriptives(r.descriptives(), report));
    out.add(structure(r));
    if (r.correlations() != null) out.add(correlations(r.correlations(), report));
    for (ModelDiagnostics m : r.models()) {
      if (m.requested().isEmpty()) continue;
      boolean onlyVif = m.requested().size() == 1 && m.requested().get(0).equals(DiagnosticsStage.VIF);
      if (!onlyVif || m.vif() == null) out.add(tests(m, r.level(), report));
      if (m.vif() != null) out.add(vif(m, report));
    }
    if (!r.hausmanPairs().isEmpty()) out.add(hausmanPairs(r, report));
    return out;
  }

  /** The three sheets holding the tables of {@link #build}. */
  public static List<Sheet> sheets(DiagnosticsResult r, ReportSpec report) {
    List<Block> d = new ArrayList<>(), c = new ArrayList<>(), t = new ArrayList<>();
    for (Table table : build(r, report)) {
      switch (sheetOf(table)) {
        case DESCRIPTIVES_SHEET -> d.add(new Block.TableBlock(table));
        case CORRELATIONS_SHEET -> c.add(new Block.TableBlock(table));
        default -> t.add(new Block.TableBlock(table));
      }
    }
    for (String n : r.notes()) d.add(new Block.TextBlock("Note", List.of(n)));
    return List.of(new Sheet(DESCRIPTIVES_SHEET, d), new Sheet(CORRELATIONS_SHEET, c),
        new Sheet(DIAGNOSTICS_SHEET, t));
  }

  /** The sheet a table of {@link #build} belongs on. */
  public static String sheetOf(Table t) {
    if (t.id().startsWith("descriptives") || t.id().startsWith("panel_structure")) return DESCRIPTIVES_SHEET;
    if (t.id().startsWith("correlations")) return CORRELATIONS_SHEET;
    return DIAGNOSTICS_SHEET;
  }

  static Table descriptives(Descriptives d, ReportSpec report) {
    TermLabels labels = new TermLabels(report.labels());
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("Variable", "N", "Mean", "SD", "Min", "P25", "Median", "P75", "Max", "SD within",
        "SD between")) head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    int dec = report.decimals();
    for (DescriptiveStats s : d.rows()) {
      body.add(List.of(Cell.text(labels.label(s.variable())), Cell.integer(s.n()), Cell.num(s.mean(), dec),
          Cell.num(s.sd(), dec), Cell.num(s.min(), dec), Cell.num(s.p25(), dec), Cell.num(s.median(), dec),
          Cell.num(s.p75(), dec), Cell.num(s.max(), dec), Cell.num(s.sdWithin(), dec), Cell.num(s.sdBetween(), dec)));
    }
    PanelStructure p = d.structure();
    return new Table("descriptives", "Descriptive statistics", List.of(head), body, List.of(), List.of(
        "Sample: " + d.sample() + "; " + p.firms() + " firms, " + p.firstYear() + "–" + p.lastYear() + ".",
        "Percentiles by linear interpolation between order statistics (R's default, type 7).",
        "SD within and SD between as Stata's xtsum: within = SD of x_it − x̄_i + x̄ over all observations; "
            + "between = SD of the firm means x̄_i across firms."), false);
  }

  static Table structure(DiagnosticsResult r) {
    PanelStructure a = r.panel();
    PanelStructure s = r.descriptives() == null ? null : r.descriptives().structure();
    List<Cell> head = new ArrayList<>(List.of(Cell.bold(""), Cell.bold("Analysis panel")));
    if (s != null) head.add(Cell.bold("Estimation sample"));
    List<List<Cell>> body = new ArrayList<>();
    body.add(row("Firms", Cell.integer(a.firms()), s == null ? null : Cell.integer(s.firms())));
    body.add(row("Years", Cell.integer(a.years()), s == null ? null : Cell.integer(s.years())));
    body.add(row("Period", Cell.text(a.firstYear() + "–" + a.lastYear()),
        s == null ? null : Cell.text(s.firstYear() + "–" + s.lastYear())));
    body.add(row("Observations (firm-years)", Cell.integer(a.observations()),
        s == null ? null : Cell.integer(s.observations())));
    body.add(row("Observations per firm: min", Cell.integer(a.minPerFirm()),
        s == null ? null : Cell.integer(s.minPerFirm())));
    body.add(row("Observations per firm: mean", Cell.num(a.meanPerFirm(), 2),
        s == null ? null : Cell.num(s.meanPerFirm(), 2)));
    body.add(row("Observations per firm: max", Cell.integer(a.maxPerFirm()),
        s == null ? null : Cell.integer(s.maxPerFirm())));
    body.add(row("Balanced", Cell.text(a.balanced() ? "Yes" : "No"),
        s == null ? null : Cell.text(s.balanced() ? "Yes" : "No")));
    body.add(row("Firms with gaps in their years", Cell.integer(a.firmsWithGaps()),
        s == null ? null : Cell.integer(s.firmsWithGaps())));
    List<String> notes = new ArrayList<>();
    notes.add("Balanced: every firm observed in every year of the panel (sample).");
    if (s != null) notes.add("Estimation sample: " + r.descriptives().sample() + ".");
    return new Table("panel_structure", "Panel structure", List.of(head), body, List.of(), notes, false);
  }

  private static List<Cell> row(String label, Cell a, Cell b) {
    List<Cell> r = new ArrayList<>(List.of(Cell.text(label), a));
    if (b != null) r.add(b);
    return r;
  }

  static Table correlations(CorrelationMatrix c, ReportSpec report) {
    TermLabels labels = new TermLabels(report.labels());
    int k = c.variables().size();
    List<Cell> head = new ArrayList<>(List.of(Cell.bold("Variable")));
    for (int j = 0; j < k; j++) head.add(Cell.bold("(" + (j + 1) + ")"));
    List<List<Cell>> body = new ArrayList<>();
    int dec = report.decimals();
    for (int i = 0; i < k; i++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text("(" + (i + 1) + ") " + labels.label(c.variables().get(i))));
      for (int j = 0; j < k; j++) {
        if (i == j) row.add(Cell.text(Double.isNaN(c.pearson()[i][i]) ? "" : "1"));
        else if (j < i) row.add(starred(c.pearson()[i][j], c.pearsonP()[i][j], dec, report));
        else if (c.hasSpearman()) row.add(starred(c.spearman()[i][j], c.spearmanP()[i][j], dec, report));
        else row.add(Cell.blank());
      }
      body.add(row);
    }
    List<String> notes = new ArrayList<>();
    notes.add(c.hasSpearman()
        ? "Pearson correlations below the diagonal, Spearman rank correlations above."
        : "Pearson correlations.");
    notes.add(starNote(report) + " (two-sided t test of zero correlation, n − 2 degrees of freedom"
        + (c.hasSpearman() ? "; for Spearman the same t approximation" : "") + ").");
    notes.add("Sample: " + c.sample() + "; pairwise-complete observations.");
    return new Table("correlations", "Correlation matrix", List.of(head), body, List.of(), notes, false);
  }

  static Table tests(ModelDiagnostics m, double level, ReportSpec report) {
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("Test", "H0", "Statistic", "df", "p-value", "Decision", "Note")) head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    int dec = report.decimals();
    for (TestResult t : m.tests()) {
      body.add(List.of(Cell.text(t.name()), Cell.text(t.h0()), Cell.num(t.statistic(), dec),
          Cell.text(t.computed() ? dfText(t) : ""), Cell.pValue(t.pValue()), Cell.text(t.decision()),
          Cell.text(t.note())));
    }
    List<String> notes = new ArrayList<>();
    if (m.note() != null) notes.add("Not computed: " + m.note() + ".");
    if (m.basis() != null) notes.add("Computed on " + m.basis() + ".");
    notes.add("Decisions at the " + fmt(level) + " level: reject H0 when p < " + fmt(level) + ".");
    notes.add("Statistics: χ² (Hausman, LM, BG, Wald, BP, JB), F (effects, Wooldridge), z (Honda, Pesaran CD; "
        + "Honda one-sided). Blank cells: see the note column.");
    return new Table("diagnostics_" + m.model(), "Specification tests: " + m.label() + " (" + m.estimator() + ")",
        List.of(head), body, List.of(), notes, false);
  }

  static Table vif(ModelDiagnostics m, ReportSpec report) {
    TermLabels labels = new TermLabels(report.labels());
    VifTable v = m.vif();
    List<Cell> head = List.of(Cell.bold("Variable"), Cell.bold("VIF"), Cell.bold("1/VIF"));
    List<List<Cell>> body = new ArrayList<>();
    for (int j = 0; j < v.terms().size(); j++)
      body.add(List.of(Cell.text(labels.label(v.terms().get(j))), Cell.num(v.vif()[j], 2),
          Cell.num(v.tolerance(j), 3)));
    body.add(List.of(Cell.text("Mean VIF"), Cell.num(v.mean(), 2), Cell.blank()));
    List<String> notes = new ArrayList<>();
    notes.add("VIF_j = 1/(1 − R²_j), R²_j from regressing regressor j on the others with an intercept, on the "
        + "estimation sample of `" + m.model() + "`.");
    if (v.note() != null) notes.add(v.note() + ".");
    return new Table("vif_" + m.model(), "Variance inflation factors: " + m.label(), List.of(head), body,
        List.of(body.size() - 2), notes, false);
  }

  static Table hausmanPairs(DiagnosticsResult r, ReportSpec report) {
    List<Cell> head = new ArrayList<>();
    for (String h : List.of("Models", "Statistic", "df", "p-value", "Decision", "Note")) head.add(Cell.bold(h));
    List<List<Cell>> body = new ArrayList<>();
    for (DiagnosticsResult.PairTest p : r.hausmanPairs()) {
      TestResult t = p.result();
      body.add(List.of(Cell.text(p.consistent() + " vs " + p.efficient()), Cell.num(t.statistic(), report.decimals()),
          Cell.text(t.computed() ? dfText(t) : ""), Cell.pValue(t.pValue()), Cell.text(t.decision()),
          Cell.text(t.note())));
    }
    return new Table("diagnostics_hausman_pairs", "Hausman tests between models", List.of(head), body, List.of(),
        List.of("H0: " + SpecificationTest.HAUSMAN.h0() + "; χ² on the common slopes with classical covariances "
            + "(plm phtest).", "Decisions at the " + fmt(r.level()) + " level."), false);
  }

  private static String dfText(TestResult t) {
    double[] df = t.df();
    if (df.length == 0) return "";
    StringBuilder sb = new StringBuilder();
    for (double d : df) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(d == Math.rint(d) ? Long.toString((long) d) : fmt(d));
    }
    return sb.toString();
  }

  private static Cell starred(double r, double p, int decimals, ReportSpec report) {
    if (Double.isNaN(r)) return Cell.blank();
    String s = NumberText.fixed(r, decimals) + Significance.stars(p, report.stars());
    return Cell.text(s);
  }

  private static String starNote(ReportSpec report) {
    List<Double> t = new ArrayList<>(report.stars());
    t.sort((a, b) -> Double.compare(b, a));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append("*".repeat(i + 1)).append(" p < ").append(fmt(t.get(i)));
    }
    return sb.toString();
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
