package org.netinnov.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.LagSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;

/**
 * Distributed-lag models of innovation on the network indices: for K = 0..max_lag, the outcome on every regressor
 * at lags 0..K (lags follow the year), all on the common sample of the longest lag so that coefficients, AIC and
 * BIC compare; the cumulative (summed) effect of each regressor with its standard error from the full covariance
 * matrix, sqrt(1'V1); and the lead design, the outcome at t+h on the regressors at t, on a common sample too.
 */
public final class LagModels {
  private LagModels() {}

  /** Sum of a regressor's coefficients over lags 0..K and its standard error. */
  public record CumulativeEffect(String regressor, int maxLag, List<String> terms, double estimate, double stdError,
      double pValue) {}

  /** One fit of the family: the model and the cumulative effects in it. */
  public record LagFit(int lag, ModelResult model, List<CumulativeEffect> cumulative) {}

  /**
   * The lag family and the lead family.
   *
   * @param distributed K = 0..max_lag
   * @param leads       h = each configured lead
   * @param commonRows  rows of the common sample of the distributed-lag family
   */
  public record LagResult(LagSpec spec, List<LagFit> distributed, List<LagFit> leads, int commonRows) {

    /** All models of the block by their names ({@code lags.k0}, ..., {@code lags.lead1}, ...). */
    public Map<String, ModelResult> models() {
      Map<String, ModelResult> m = new LinkedHashMap<>();
      for (LagFit f : distributed) m.put(f.model().name(), f.model());
      for (LagFit f : leads) m.put(f.model().name(), f.model());
      return m;
    }
  }

  public static LagResult run(Panel panel, LagSpec spec) {
    String fe = spec.fixedEffects() == null || spec.fixedEffects().isBlank() ? "" : " | " + spec.fixedEffects();
    List<ModelSpec> specs = new ArrayList<>();
    for (int k = 0; k <= spec.maxLag(); k++) specs.add(model(spec, spec.outcome(), lagTerms(spec, k), fe, "lag " + k));
    boolean[] common = ModelStage.sampleMask(specs.get(specs.size() - 1), panel);
    int commonRows = 0;
    for (boolean b : common) if (b) commonRows++;
    List<LagFit> distributed = new ArrayList<>();
    for (int k = 0; k <= spec.maxLag(); k++) {
      ModelResult r = ModelStage.estimate("lags.k" + k, specs.get(k), panel, common);
      distributed.add(new LagFit(k, r, cumulative(r, spec, k)));
    }
    List<LagFit> leads = new ArrayList<>();
    if (!spec.leads().isEmpty()) {
      int maxLead = spec.leads().stream().mapToInt(Integer::intValue).max().orElseThrow();
      String rhs = String.join(" + ", rhs(spec, spec.regressors()));
      boolean[] leadCommon = ModelStage.sampleMask(model(spec, "f(" + spec.outcome() + ", " + maxLead + ")", rhs, fe, ""), panel);
      for (int h : spec.leads()) {
        ModelSpec m = model(spec, "f(" + spec.outcome() + ", " + h + ")", rhs, fe, "t+" + h);
        ModelResult r = ModelStage.estimate("lags.lead" + h, m, panel, leadCommon);
        leads.add(new LagFit(-h, r, List.of()));
      }
    }
    return new LagResult(spec, distributed, leads, commonRows);
  }

  private static ModelSpec model(LagSpec s, String outcome, String rhs, String fe, String label) {
    return new ModelSpec(outcome + " ~ " + rhs + fe, s.estimator(), null, s.se(), null, null, null, null, s.sample(),
        label, null, null, null, null, null);
  }

  private static String lagTerms(LagSpec s, int k) {
    List<String> terms = new ArrayList<>();
    for (String r : s.regressors()) terms.add(k == 0 ? r : "l(" + r + ", 0:" + k + ")");
    return String.join(" + ", rhs(s, terms));
  }

  private static List<String> rhs(LagSpec s, List<String> terms) {
    List<String> all = new ArrayList<>(terms);
    all.addAll(s.controls());
    return all;
  }

  /** Cumulative effect of each regressor in a fit with lags 0..k. */
  static List<CumulativeEffect> cumulative(ModelResult r, LagSpec spec, int k) {
    List<CumulativeEffect> out = new ArrayList<>();
    if (r.failed()) return out;
    Fit f = r.fit();
    for (String reg : spec.regressors()) {
      String base = org.netinnov.data.expr.Parser.parseExpression(reg).text();
      List<String> names = new ArrayList<>();
      names.add(base);
      for (int j = 1; j <= k; j++) names.add("l(" + base + ", " + j + ")");
      int[] idx = new int[names.size()];
      boolean all = true;
      for (int j = 0; j < idx.length; j++) {
        idx[j] = f.indexOf(names.get(j));
        if (idx[j] < 0) all = false;
      }
      if (!all) continue; // a lag was dropped as collinear: no cumulative effect to report
      double est = 0, var = 0;
      for (int a : idx) {
        est += f.coef()[a];
        for (int b : idx) var += f.vcov()[a][b];
      }
      double se = Math.sqrt(var);
      out.add(new CumulativeEffect(base, k, List.copyOf(names), est, se, Inference.pValue(est / se, f.dfInference())));
    }
    return out;
  }
}
