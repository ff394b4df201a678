package org.netinnov.report.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;

/**
 * One model in {@code results.json}: every coefficient under its term as written in the formula with
 * {@code estimate}, {@code std_error}, {@code statistic}, {@code p_value}, {@code ci_low}, {@code ci_high} (95%),
 * and the fit's statistics.
 */
public final class ModelJson {
  private ModelJson() {}

  public static ObjectNode of(ModelResult r) {
    ObjectNode m = Json.MAPPER.createObjectNode();
    m.put("label", r.label());
    m.put("estimator", r.estimator());
    m.put("formula", r.formula());
    m.set("fixed_effects", Json.MAPPER.valueToTree(r.fixedEffects()));
    m.set("cluster", Json.MAPPER.valueToTree(r.cluster()));
    m.put("dropped_missing", r.droppedMissing());
    if (r.failed()) {
      m.put("status", "failed");
      m.put("failure", r.failure());
      return m;
    }
    m.put("status", "ok");
    Fit f = r.fit();
    m.put("outcome", f.outcome());
    m.put("vcov_type", f.vcovType());
    m.put("inference", f.zInference() ? "z" : "t");
    Json.put(m, "df_inference", f.dfInference());
    m.put("nobs", f.nobs());
    m.put("n_firms", f.nFirms());
    m.put("n_years", f.nYears());
    Json.put(m, "df_residual", f.dfResidual());
    Json.put(m, "r2", f.r2());
    Json.put(m, "adj_r2", f.adjR2());
    ObjectNode coefs = m.putObject("coefficients");
    double crit = Inference.critical(0.95, f.dfInference());
    for (int j = 0; j < f.k(); j++) {
      ObjectNode c = coefs.putObject(f.terms().get(j));
      double b = f.coef()[j], se = f.se(j), t = b / se;
      Json.put(c, "estimate", b);
      Json.put(c, "std_error", se);
      Json.put(c, "statistic", t);
      Json.put(c, "p_value", Inference.pValue(t, f.dfInference()));
      Json.put(c, "ci_low", b - crit * se);
      Json.put(c, "ci_high", b + crit * se);
    }
    ObjectNode stats = m.putObject("statistics");
    for (var e : f.stats().entrySet()) Json.put(stats, e.getKey(), e.getValue());
    if (!f.vectors().isEmpty()) {
      ObjectNode v = m.putObject("vectors");
      for (var e : f.vectors().entrySet()) v.set(e.getKey(), Json.array(e.getValue()));
    }
    m.set("dropped_terms", Json.MAPPER.valueToTree(f.dropped()));
    m.set("notes", Json.MAPPER.valueToTree(f.notes()));
    ObjectNode vc = m.putObject("vcov");
    for (int i = 0; i < f.k(); i++) vc.set(f.terms().get(i), Json.array(f.vcov()[i]));
    return m;
  }
}
