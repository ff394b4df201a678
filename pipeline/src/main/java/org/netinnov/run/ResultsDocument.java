package org.netinnov.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.json.IndexJson;
import org.netinnov.report.json.LagJson;
import org.netinnov.report.json.Json;
import org.netinnov.report.json.ModelJson;

/**
 * {@code results.json}, the stable machine-readable form of a run (schema {@code netinnov.results/1}, documented
 * in the README): run facts, the sample and cleaning log, indices, every model with every coefficient, lag
 * models, diagnostics, mediation and the scorecard.
 */
final class ResultsDocument {
  private ResultsDocument() {}

  static ObjectNode build(RunResults r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", "netinnov.results/1");
    ObjectNode run = root.putObject("run");
    run.put("name", r.config().name());
    run.put("seed", r.config().seed());
    if (r.config().data() != null) run.put("data", r.config().data().path());
    if (r.clean() != null) {
      ObjectNode sample = root.putObject("sample");
      sample.put("raw_rows", r.clean().rawRows());
      sample.set("before", Json.MAPPER.valueToTree(r.clean().log().before()));
      sample.set("after", Json.MAPPER.valueToTree(r.clean().log().after()));
      sample.set("cleaning", Json.MAPPER.valueToTree(r.clean().log().steps()));
    }
    if (r.indices() != null) root.set("indices", IndexJson.of(r.indices()));
    ObjectNode models = root.putObject("models");
    for (ModelResult m : r.models()) models.set(m.name(), ModelJson.of(m));
    if (r.lags() != null) root.set("lags", LagJson.of(r.lags()));
    if (r.diagnostics() != null) root.set("diagnostics", org.netinnov.report.json.DiagnosticsJson.of(r.diagnostics()));
    if (r.mechanism() != null) {
      var m = r.mechanism();
      if (m.mediation() != null) root.set("mediation", org.netinnov.report.json.MechanismJson.mediation(m.mediation()));
      if (!m.moderation().isEmpty()) root.set("moderation", org.netinnov.report.json.MechanismJson.moderation(m.moderation()));
      if (!m.scorecard().isEmpty()) root.set("scorecard", org.netinnov.report.json.MechanismJson.scorecard(m.scorecard()));
    }
    root.set("warnings", Json.MAPPER.valueToTree(r.context().warnings()));
    return root;
  }
}
