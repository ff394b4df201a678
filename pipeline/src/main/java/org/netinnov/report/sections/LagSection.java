package org.netinnov.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.config.ReportSpec;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.LagModels;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.RegressionTable;
import org.netinnov.report.TermLabels;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Table;

/**
 * The "Lag models" sheet: the distributed-lag family side by side, the cumulative effects with their standard
 * errors, a chart per regressor of its coefficient by lag with the 95% interval, the lead design, and dynamic
 * GMM fits with their specification tests under the table.
 */
public final class LagSection {
  private LagSection() {}

  public static List<Block> blocks(LagModels.LagResult lags, List<ModelResult> gmm, ReportSpec spec) {
    List<Block> out = new ArrayList<>();
    if (lags != null) {
      String outcome = new TermLabels(spec.labels()).label(lags.spec().outcome());
      List<ModelResult> fits = lags.distributed().stream().map(LagModels.LagFit::model).toList();
      String sample = "Common sample of the longest lag: " + lags.commonRows() + " firm-years (lags follow the "
          + "calendar year within each firm).";
      out.add(new Block.TableBlock(RegressionTable.build("lag_models", "Distributed-lag models of "
          + outcome, fits, spec, RegressionTable.Options.defaults().withSample(sample)
              .withStat("aic", "AIC").withStat("bic", "BIC"))));
      out.add(new Block.TableBlock(cumulative(lags, spec)));
      LagModels.LagFit longest = lags.distributed().get(lags.distributed().size() - 1);
      if (!longest.model().failed())
        for (String r : lags.spec().regressors()) {
          Chart c = byLag(longest.model().fit(), r, longest.lag(), spec);
          if (c != null) out.add(new Block.ChartBlock(c));
        }
      if (!lags.leads().isEmpty()) {
        List<ModelResult> leads = lags.leads().stream().map(LagModels.LagFit::model).toList();
        out.add(new Block.TableBlock(RegressionTable.build("lead_models", "Outcome leads: "
            + outcome + " at t+h on the regressors at t", leads, spec,
            RegressionTable.Options.defaults().withSample("Common sample of the longest lead."))));
      }
    }
    if (!gmm.isEmpty()) {
      java.util.Set<String> years = new java.util.HashSet<>();
      for (ModelResult m : gmm)
        if (m.fit() != null) for (String t : m.fit().terms()) if (t.matches("\\d{4}")) years.add(t);
      out.add(new Block.TableBlock(RegressionTable.build("gmm_models", "Dynamic panel models (GMM)", gmm, spec,
          RegressionTable.Options.defaults().hiding(years, "Year dummies included where Year FE is Yes (not shown; "
              + "all coefficients are in Model details)."))));
      out.add(new Block.TableBlock(gmmTests(gmm)));
    }
    return out;
  }

  static Table cumulative(LagModels.LagResult lags, ReportSpec spec) {
    List<Cell> head = new ArrayList<>(List.of(Cell.bold("Regressor")));
    for (LagModels.LagFit f : lags.distributed()) head.add(Cell.bold("Lags 0.." + f.lag()));
    List<List<Cell>> body = new ArrayList<>();
    TermLabels labels = new TermLabels(spec.labels());
    for (String reg : lags.spec().regressors()) {
      String base = org.netinnov.data.expr.Parser.parseExpression(reg).text();
      List<Cell> est = new ArrayList<>(List.of(Cell.text(labels.label(base))));
      List<Cell> se = new ArrayList<>(List.of(Cell.blank()));
      for (LagModels.LagFit f : lags.distributed()) {
        LagModels.CumulativeEffect c = f.cumulative().stream().filter(e -> e.regressor().equals(base)).findFirst()
            .orElse(null);
        if (c == null) {
          est.add(Cell.blank());
          se.add(Cell.blank());
        } else {
          est.add(Cell.text(org.netinnov.report.NumberText.fixed(c.estimate(), spec.decimals())
              + org.netinnov.report.Significance.stars(c.pValue(), spec.stars())).withNote("full precision: " + c.estimate()));
          se.add(Cell.text("(" + org.netinnov.report.NumberText.fixed(c.stdError(), spec.decimals()) + ")"));
        }
      }
      body.add(est);
      body.add(se);
    }
    return new Table("lag_cumulative", "Cumulative effects (sum of the coefficients over lags 0..K)", List.of(head),
        body, List.of(), List.of("Standard errors in parentheses from the full covariance matrix, sqrt(1'V1). "
            + org.netinnov.report.Significance.legend(spec.stars())), false);
  }

  static Chart byLag(Fit f, String regressor, int maxLag, ReportSpec spec) {
    String base = org.netinnov.data.expr.Parser.parseExpression(regressor).text();
    double[] x = new double[maxLag + 1], y = new double[maxLag + 1], lo = new double[maxLag + 1], hi = new double[maxLag + 1];
    double crit = Inference.critical(0.95, f.dfInference());
    int found = 0;
    for (int k = 0; k <= maxLag; k++) {
      x[k] = k;
      int j = f.indexOf(k == 0 ? base : "l(" + base + ", " + k + ")");
      if (j < 0) {
        y[k] = lo[k] = hi[k] = Double.NaN;
        continue;
      }
      found++;
      y[k] = f.coef()[j];
      lo[k] = y[k] - crit * f.se(j);
      hi[k] = y[k] + crit * f.se(j);
    }
    if (found == 0) return null;
    String label = new TermLabels(spec.labels()).label(base);
    return new Chart("lag_" + base.replaceAll("[^A-Za-z0-9_]", "_"), label + ": coefficient by lag (95% interval)",
        Chart.Kind.INTERVAL, "Lag (years)", "Coefficient", x, List.of(), List.of(new Chart.Series(label, y, lo, hi)));
  }

  static Table gmmTests(List<ModelResult> gmm) {
    List<Cell> head = new ArrayList<>(List.of(Cell.bold("Test")));
    for (ModelResult m : gmm) head.add(Cell.bold(m.label()));
    String[][] rows = {
        {"Instruments", "n_instruments", null},
        {"Firms", null, null},
        {"Sargan (plm::sargan)", "sargan", "sargan_p"},
        {"Sargan (one-step weighting, as xtabond2)", "sargan_onestep", "sargan_onestep_p"},
        {"Hansen J", "hansen", "hansen_p"},
        {"AR(1) in differences (robust)", "ar1_robust", "ar1_robust_p"},
        {"AR(2) in differences (robust)", "ar2_robust", "ar2_robust_p"}};
    List<List<Cell>> body = new ArrayList<>();
    for (String[] r : rows) {
      List<Cell> stat = new ArrayList<>(List.of(Cell.text(r[0])));
      List<Cell> p = new ArrayList<>(List.of(Cell.text(r[2] == null ? null : "  p-value")));
      for (ModelResult m : gmm) {
        Fit f = m.fit();
        if (f == null) { stat.add(Cell.blank()); p.add(Cell.blank()); continue; }
        if (r[1] == null) stat.add(Cell.integer(f.nFirms()));
        else if (r[1].equals("n_instruments")) stat.add(Cell.integer(f.stat(r[1])));
        else stat.add(Cell.num(f.stat(r[1])));
        p.add(r[2] == null ? Cell.blank() : Cell.pValue(f.stat(r[2])));
      }
      body.add(stat);
      if (r[2] != null) body.add(p);
    }
    List<String> notes = new ArrayList<>(List.of("Sargan and Hansen: over-identifying restrictions (H0: instruments "
        + "valid). AR(1)/AR(2): Arellano–Bond tests for serial correlation of the differenced residuals (H0: none); "
        + "AR(1) is expected, AR(2) should not be rejected."));
    for (ModelResult m : gmm)
      if (m.fit() != null) for (String n : m.fit().notes()) notes.add(m.label() + ": " + n);
    return new Table("gmm_tests", "GMM specification tests", List.of(head), body, List.of(), notes, false);
  }
}
