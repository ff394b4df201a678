package org.netinnov.estimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netinnov.data.Factor;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Expr;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;

/**
 * Evaluates a formula on a panel and keeps the complete rows: the numeric {@link Design} an estimator takes.
 *
 * <p>A row enters the estimation sample when the outcome, every regressor, the weight, every fixed effect and every
 * cluster variable are present (listwise deletion per model, counted per variable) and the optional sample filter
 * is true. Components of interactions named in {@code center} are mean-centred on that sample before the products
 * are formed, so that main effects are effects at the mean of the other component.
 */
public final class ModelFrame {
  private ModelFrame() {}

  /**
   * The design and what it cost.
   *
   * @param design          the estimation sample
   * @param droppedMissing  rows of the (filtered) panel dropped because something was missing
   * @param missingBy       variable → rows where it was missing (a row may count under several variables)
   * @param excludedBySample rows excluded by the sample filter
   * @param fixedEffects    the fixed-effect names in the design's absorb order
   * @param log             undefined arithmetic met while evaluating
   */
  public record Frame(Design design, int droppedMissing, Map<String, Integer> missingBy, int excludedBySample,
      List<String> fixedEffects, EvalLog log) {}

  /**
   * @param fixedEffects fixed effects to absorb, each a list of interacted columns (from the formula's {@code |}
   *                     part, or from the estimator's effect when the formula has none)
   * @param clusters     cluster variables of the covariance
   * @param weights      column of analytic weights, or null
   * @param center       factor texts to mean-centre
   * @param sample       filter expression, or null
   */
  public static Frame build(Panel panel, Formula formula, List<List<String>> fixedEffects, List<String> clusters,
      String weights, List<String> center, String sample) {
    return build(panel, formula, fixedEffects, clusters, weights, center, sample, null);
  }

  /**
   * As above, restricted to the rows where {@code restrict} is true (e.g. the common sample of a family of lag
   * models); rows outside it count as excluded by the sample, not as missing.
   */
  public static Frame build(Panel panel, Formula formula, List<List<String>> fixedEffects, List<String> clusters,
      String weights, List<String> center, String sample, boolean[] restrict) {
    int n = panel.rows();
    EvalLog log = new EvalLog();
    boolean[] ok = new boolean[n];
    java.util.Arrays.fill(ok, true);
    int excluded = 0;
    if (restrict != null)
      for (int i = 0; i < n; i++) if (!restrict[i]) { ok[i] = false; excluded++; }
    if (sample != null && !sample.isBlank()) {
      double[] s = Parser.parseExpression(sample).eval(panel, log);
      for (int i = 0; i < n; i++) if (ok[i] && !(s[i] == 1.0)) { ok[i] = false; excluded++; }
    }
    boolean[] inSample = ok.clone();
    Map<String, Integer> missingBy = new LinkedHashMap<>();
    double[] y = formula.outcome().eval(panel, log);
    markMissing(y, ok, inSample, formula.outcome().text(), missingBy);

    Map<String, double[]> factorValues = new HashMap<>();
    for (Formula.Term t : formula.terms())
      for (Expr e : t.factors())
        factorValues.computeIfAbsent(e.text(), k -> e.eval(panel, log));
    for (var e : factorValues.entrySet()) markMissing(e.getValue(), ok, inSample, e.getKey(), missingBy);

    double[] w = null;
    if (weights != null) {
      w = panel.numeric(weights);
      for (int i = 0; i < n; i++) {
        if (inSample[i] && !(w[i] > 0) ) {
          if (ok[i]) missingBy.merge(weights + " (missing or not positive)", 1, Integer::sum);
          ok[i] = false;
        }
      }
    }
    List<Factor> feFactors = new ArrayList<>();
    List<String> feNames = new ArrayList<>();
    for (List<String> fe : fixedEffects) {
      Factor f = panel.factor(fe.get(0));
      for (int j = 1; j < fe.size(); j++) f = Factor.interact(f, panel.factor(fe.get(j)));
      String name = Formula.fixedEffectName(fe);
      feFactors.add(f);
      feNames.add(name);
      markMissing(f.codes(), ok, inSample, name, missingBy);
    }
    List<Factor> clusterFactors = new ArrayList<>();
    for (String c : clusters) {
      Factor f = panel.factor(c);
      clusterFactors.add(f);
      markMissing(f.codes(), ok, inSample, c + " (cluster)", missingBy);
    }

    int m = 0;
    for (boolean b : ok) if (b) m++;
    int[] rows = new int[m];
    for (int i = 0, j = 0; i < n; i++) if (ok[i]) rows[j++] = i;
    int dropped = (n - excluded) - m;

    Set<String> centred = Set.copyOf(center);
    Map<String, double[]> sampleValues = new HashMap<>();
    for (var e : factorValues.entrySet()) {
      double[] src = e.getValue(), dst = new double[m];
      for (int j = 0; j < m; j++) dst[j] = src[rows[j]];
      if (centred.contains(e.getKey())) {
        double mean = 0;
        for (double v : dst) mean += v;
        mean /= Math.max(m, 1);
        for (int j = 0; j < m; j++) dst[j] -= mean;
      }
      sampleValues.put(e.getKey(), dst);
    }
    List<String> names = new ArrayList<>();
    double[][] x = new double[formula.terms().size()][];
    int k = 0;
    for (Formula.Term t : formula.terms()) {
      double[] col = sampleValues.get(t.factors().get(0).text()).clone();
      for (int f = 1; f < t.factors().size(); f++) {
        double[] other = sampleValues.get(t.factors().get(f).text());
        for (int j = 0; j < m; j++) col[j] *= other[j];
      }
      x[k++] = col;
      names.add(t.name());
    }
    double[] ys = new double[m], ws = w == null ? null : new double[m];
    int[] years = new int[m];
    for (int j = 0; j < m; j++) {
      ys[j] = y[rows[j]];
      years[j] = panel.year()[rows[j]];
      if (ws != null) ws[j] = w[rows[j]];
    }
    Factor firm = panel.factor(panel.firmColumn()).subset(rows);
    List<Factor> absorb = new ArrayList<>();
    for (Factor f : feFactors) absorb.add(f.subset(rows));
    List<Factor> cl = new ArrayList<>();
    for (Factor f : clusterFactors) cl.add(f.subset(rows));
    Design d = new Design(formula.outcome().text(), ys, List.copyOf(names), x, formula.intercept(), ws, firm.codes(),
        firm.levels(), years, List.copyOf(absorb), List.copyOf(cl), rows);
    return new Frame(d, dropped, missingBy, excluded, List.copyOf(feNames), log);
  }

  private static void markMissing(double[] v, boolean[] ok, boolean[] inSample, String name, Map<String, Integer> by) {
    int c = 0;
    for (int i = 0; i < v.length; i++) {
      if (inSample[i] && Double.isNaN(v[i])) {
        c++;
        ok[i] = false;
      }
    }
    if (c > 0) by.merge(name, c, Integer::sum);
  }

  private static void markMissing(int[] codes, boolean[] ok, boolean[] inSample, String name, Map<String, Integer> by) {
    int c = 0;
    for (int i = 0; i < codes.length; i++) {
      if (inSample[i] && codes[i] < 0) {
        c++;
        ok[i] = false;
      }
    }
    if (c > 0) by.merge(name, c, Integer::sum);
  }
}
