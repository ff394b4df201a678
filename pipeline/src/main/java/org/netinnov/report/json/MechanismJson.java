package org.netinnov.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.netinnov.estimate.ModelResult;
import org.netinnov.mechanism.MediationResult;
import org.netinnov.mechanism.MediationResult.BootstrapInterval;
import org.netinnov.mechanism.MediationResult.Effect;
import org.netinnov.mechanism.MediationResult.PathCoefficient;
import org.netinnov.mechanism.MediationResult.Test;
import org.netinnov.mechanism.ModerationEffects;
import org.netinnov.mechanism.Verdict;

/**
 * The mechanism sections of {@code results.json}: {@code mediation} (paths, effects with Sobel/Aroian tests,
 * bootstrap intervals and shares, bootstrap settings, the path models), {@code scorecard} (one object per
 * hypothesis) and {@code moderation} (marginal effects). Timing and thread counts are left out so that the file is
 * the same on every machine.
 */
public final class MechanismJson {
  private MechanismJson() {}

  public static ObjectNode mediation(MediationResult m) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("treatment", m.treatment());
    o.set("mediators", Json.MAPPER.valueToTree(m.mediators()));
    o.put("outcome", m.outcome());
    o.put("outcome_model", m.outcomeModel());
    o.put("mediator_lag", m.lag());
    o.put("fixed_effects", m.fixedEffects());
    o.put("se", m.se());
    o.put("status", m.failed() ? "failed" : "ok");
    if (m.failed()) o.put("failure", m.failure());
    ObjectNode sample = o.putObject("sample");
    sample.put("nobs", m.nobs());
    sample.put("n_firms", m.nFirms());
    sample.put("n_years", m.nYears());
    if (!m.effects().isEmpty()) {
      ObjectNode paths = o.putObject("paths");
      for (Effect e : m.effects()) {
        if (e.a() != null) paths.set("a(" + e.mediator() + ")", path(e.a()));
        if (e.b() != null) paths.set("b(" + e.mediator() + ")", path(e.b()));
      }
      ObjectNode effects = o.putObject("effects");
      for (Effect e : m.effects()) effects.set(e.name(), effect(e));
    }
    if (m.bootstrap() != null) {
      ObjectNode b = o.putObject("bootstrap");
      b.put("replications", m.bootstrap().requested());
      b.put("valid", m.bootstrap().valid());
      b.put("seed", m.bootstrap().seed());
      Json.put(b, "level", m.bootstrap().level());
      b.put("resampled", "firms (clusters), with replacement; each copy its own firm effect");
      b.put("method", m.bootstrap().method());
    } else {
      o.putNull("bootstrap");
    }
    ObjectNode models = o.putObject("models");
    for (ModelResult r : m.models().values()) models.set(r.name(), ModelJson.of(r));
    o.set("notes", Json.MAPPER.valueToTree(m.notes()));
    return o;
  }

  private static ObjectNode path(PathCoefficient p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("model", p.model());
    o.put("term", p.term());
    Json.put(o, "estimate", p.estimate());
    Json.put(o, "std_error", p.se());
    Json.put(o, "p_value", p.pValue());
    return o;
  }

  private static ObjectNode effect(Effect e) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (e.mediator() != null) o.put("mediator", e.mediator());
    Json.put(o, "estimate", e.estimate());
    if (e.kind() == MediationResult.Kind.INDIRECT) {
      o.set("sobel", test(e.test()));
      o.set("aroian", test(e.aroian()));
    } else {
      o.set("test", test(e.test()));
    }
    if (e.kind() == MediationResult.Kind.INDIRECT || e.kind() == MediationResult.Kind.TOTAL_INDIRECT) {
      Json.put(o, "share_of_total", e.share());
      if (e.shareNote() != null) o.put("share_note", e.shareNote());
    }
    BootstrapInterval b = e.bootstrap();
    if (b == null) {
      o.putNull("bootstrap");
    } else {
      ObjectNode bo = o.putObject("bootstrap");
      Json.put(bo, "level", b.level());
      bo.put("valid", b.valid());
      Json.put(bo, "std_error", b.se());
      bo.set("percentile", Json.array(new double[] {b.percentileLow(), b.percentileHigh()}));
      bo.set("bc", Json.array(new double[] {b.bcLow(), b.bcHigh()}));
      Json.put(bo, "z0", b.z0());
      Json.put(bo, "p_value", b.pValue());
      if (b.note() != null) bo.put("note", b.note());
    }
    return o;
  }

  private static ObjectNode test(Test t) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    if (t == null) return o;
    o.put("method", t.method());
    Json.put(o, "std_error", t.se());
    Json.put(o, "statistic", t.statistic());
    Json.put(o, "p_value", t.pValue());
    if (t.note() != null) o.put("note", t.note());
    return o;
  }

  /** {@code scorecard}: one object per hypothesis, in config order. */
  public static ArrayNode scorecard(List<Verdict> verdicts) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Verdict v : verdicts) {
      ObjectNode o = check(v.main());
      o.put("id", v.id());
      o.put("statement", v.statement());
      o.put("expected", v.expected());
      ArrayNode rob = o.putArray("robustness");
      for (Verdict.Check c : v.robustness()) rob.add(check(c));
      o.put("robustness_held", v.robustnessHeld());
      o.put("robustness_checks", v.robustness().size());
      o.put("robustness_summary", v.robustnessSummary());
      a.add(o);
    }
    return a;
  }

  private static ObjectNode check(Verdict.Check c) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("model", c.model());
    o.put("term", c.term());
    o.put("label", c.label());
    Json.put(o, "estimate", c.estimate());
    Json.put(o, "ci_low", c.low());
    Json.put(o, "ci_high", c.high());
    Json.put(o, "p_value", c.pValue());
    o.put("method", c.method());
    o.put("verdict", c.outcome().text());
    if (c.reason() != null) o.put("reason", c.reason());
    return o;
  }

  /** {@code moderation}: marginal effects per model and interaction. */
  public static ArrayNode moderation(List<ModerationEffects.Result> results) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (ModerationEffects.Result r : results) {
      ObjectNode o = a.addObject();
      o.put("model", r.model());
      o.put("label", r.label());
      o.put("x", r.x());
      o.put("z", r.z());
      o.put("term", r.term());
      o.put("centred", r.centred());
      Json.put(o, "z_mean", r.zMean());
      Json.put(o, "z_sd", r.zSd());
      o.put("n", r.n());
      Json.put(o, "level", r.level());
      ArrayNode lv = o.putArray("levels");
      for (ModerationEffects.Level l : r.levels()) {
        ObjectNode x = lv.addObject();
        x.put("label", l.label());
        Json.put(x, "z", l.z());
        Json.put(x, "z_original", l.zRaw());
        Json.put(x, "effect", l.effect());
        Json.put(x, "std_error", l.se());
        Json.put(x, "ci_low", l.low());
        Json.put(x, "ci_high", l.high());
        Json.put(x, "p_value", l.pValue());
      }
      o.set("notes", Json.MAPPER.valueToTree(r.notes()));
    }
    return a;
  }
}
