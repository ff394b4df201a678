package org.netinnov.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netinnov.diagnose.CorrelationMatrix;
import org.netinnov.diagnose.DescriptiveStats;
import org.netinnov.diagnose.Descriptives;
import org.netinnov.diagnose.DiagnosticsResult;
import org.netinnov.diagnose.ModelDiagnostics;
import org.netinnov.diagnose.PanelStructure;
import org.netinnov.diagnose.TestResult;
import org.netinnov.diagnose.VifTable;

/**
 * The {@code diagnostics} section of {@code results.json}:
 * <pre>
 * { "level": 0.05,
 *   "models": { "&lt;model&gt;": { "label", "estimator", "basis", "nobs", "requested": [keys], "note",
 *                                "tests": { "&lt;key&gt;": { "name", "statistic", "distribution", "df": [..],
 *                                                           "p_value", "h0", "decision", "note" } },
 *                                "vif": { "terms": { "&lt;term&gt;": { "vif", "inverse" } }, "mean", "note" } } },
 *   "hausman_pairs": [ { "consistent", "efficient", ...test fields } ],
 *   "descriptives": { "sample", "variables": { "&lt;variable&gt;": { "n", "firms", "mean", "sd", "min", "p25",
 *                     "median", "p75", "max", "sd_within", "sd_between" } } },
 *   "correlations": { "sample", "variables": [..], "n": [[..]], "pearson": [[..]], "pearson_p": [[..]],
 *                     "spearman": [[..]], "spearman_p": [[..]] },
 *   "panel_structure": { "panel": {..}, "sample": {..} },
 *   "notes": [..] }
 * </pre>
 * NaN is written as null (a test not computed has null statistic and p-value and says why in {@code note}).
 */
public final class DiagnosticsJson {
  private DiagnosticsJson() {}

  public static ObjectNode of(DiagnosticsResult r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    Json.put(root, "level", r.level());
    ObjectNode models = root.putObject("models");
    for (ModelDiagnostics m : r.models()) {
      ObjectNode o = models.putObject(m.model());
      o.put("label", m.label());
      o.put("estimator", m.estimator());
      o.put("basis", m.basis());
      o.put("nobs", m.nobs());
      o.set("requested", Json.MAPPER.valueToTree(m.requested()));
      o.put("note", m.note());
      ObjectNode tests = o.putObject("tests");
      for (TestResult t : m.tests()) test(tests.putObject(t.key()), t);
      if (m.vif() != null) o.set("vif", vif(m.vif()));
    }
    ArrayNode pairs = root.putArray("hausman_pairs");
    for (DiagnosticsResult.PairTest p : r.hausmanPairs()) {
      ObjectNode o = pairs.addObject();
      o.put("consistent", p.consistent());
      o.put("efficient", p.efficient());
      test(o, p.result());
    }
    if (r.descriptives() != null) root.set("descriptives", descriptives(r.descriptives()));
    else root.putNull("descriptives");
    if (r.correlations() != null) root.set("correlations", correlations(r.correlations()));
    else root.putNull("correlations");
    ObjectNode ps = root.putObject("panel_structure");
    ps.set("panel", structure(r.panel()));
    if (r.descriptives() != null) ps.set("sample", structure(r.descriptives().structure()));
    root.set("notes", Json.MAPPER.valueToTree(r.notes()));
    return root;
  }

  private static void test(ObjectNode o, TestResult t) {
    o.put("name", t.name());
    Json.put(o, "statistic", t.statistic());
    o.put("distribution", t.distribution());
    o.set("df", Json.array(t.df()));
    Json.put(o, "p_value", t.pValue());
    o.put("h0", t.h0());
    o.put("decision", t.decision());
    o.put("note", t.note());
  }

  private static ObjectNode vif(VifTable v) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    ObjectNode terms = o.putObject("terms");
    for (int j = 0; j < v.terms().size(); j++) {
      ObjectNode t = terms.putObject(v.terms().get(j));
      Json.put(t, "vif", v.vif()[j]);
      Json.put(t, "inverse", v.tolerance(j));
    }
    Json.put(o, "mean", v.mean());
    o.put("note", v.note());
    return o;
  }

  private static ObjectNode descriptives(Descriptives d) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("sample", d.sample());
    ObjectNode vars = o.putObject("variables");
    for (DescriptiveStats s : d.rows()) {
      ObjectNode v = vars.putObject(s.variable());
      v.put("n", s.n());
      v.put("firms", s.firms());
      Json.put(v, "mean", s.mean());
      Json.put(v, "sd", s.sd());
      Json.put(v, "min", s.min());
      Json.put(v, "p25", s.p25());
      Json.put(v, "median", s.median());
      Json.put(v, "p75", s.p75());
      Json.put(v, "max", s.max());
      Json.put(v, "sd_within", s.sdWithin());
      Json.put(v, "sd_between", s.sdBetween());
    }
    return o;
  }

  private static ObjectNode correlations(CorrelationMatrix c) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("sample", c.sample());
    o.set("variables", Json.MAPPER.valueToTree(c.variables()));
    ArrayNode n = o.putArray("n");
    for (int[] row : c.n()) {
      ArrayNode a = n.addArray();
      for (int v : row) a.add(v);
    }
    o.set("pearson", matrix(c.pearson()));
    o.set("pearson_p", matrix(c.pearsonP()));
    if (c.hasSpearman()) {
      o.set("spearman", matrix(c.spearman()));
      o.set("spearman_p", matrix(c.spearmanP()));
    }
    return o;
  }

  private static ArrayNode matrix(double[][] m) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (double[] row : m) a.add(Json.array(row));
    return a;
  }

  private static ObjectNode structure(PanelStructure p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("observations", p.observations());
    o.put("firms", p.firms());
    o.put("years", p.years());
    o.put("first_year", p.firstYear());
    o.put("last_year", p.lastYear());
    o.put("min_per_firm", p.minPerFirm());
    Json.put(o, "mean_per_firm", p.meanPerFirm());
    o.put("max_per_firm", p.maxPerFirm());
    o.put("balanced", p.balanced());
    o.put("firms_with_gaps", p.firmsWithGaps());
    return o;
  }
}
