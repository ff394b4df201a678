package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.netinnov.clean.CleanResult;
import org.netinnov.config.RunConfig;
import org.netinnov.estimate.LagModels;
import org.netinnov.estimate.ModelResult;
import org.netinnov.index.IndexResult;

/**
 * Everything a run computed, handed from the stages to the writers. Sections the config does not ask for are
 * null or empty.
 */
public record RunResults(
    RunConfig config,
    JsonNode configAsRun,
    CleanResult clean,
    IndexResult indices,
    List<ModelResult> models,
    LagModels.LagResult lags,
    org.netinnov.diagnose.DiagnosticsResult diagnostics,
    Mechanism mechanism,
    org.netinnov.casestudy.CaseStudy caseStudy,
    RunContext context) {

  /** The mechanism stage: mediation (or null), moderation effects of interaction terms, the scorecard. */
  public record Mechanism(org.netinnov.mechanism.MediationResult mediation,
      List<org.netinnov.mechanism.ModerationEffects.Result> moderation, List<org.netinnov.mechanism.Verdict> scorecard) {}


  /** The analysis panel with the indices added (null for a case-study run without data). */
  public org.netinnov.data.Panel panel() {
    return indices != null ? indices.panel() : clean != null ? clean.panel() : null;
  }

  /** Every estimated model by name: the configured ones, then the lag block's. */
  public java.util.Map<String, ModelResult> allModels() {
    var m = new java.util.LinkedHashMap<String, ModelResult>();
    for (ModelResult r : models) m.put(r.name(), r);
    if (lags != null) m.putAll(lags.models());
    if (mechanism != null && mechanism.mediation() != null) m.putAll(mechanism.mediation().models());
    return m;
  }

  public List<String> failedModels() {
    return allModels().values().stream().filter(ModelResult::failed).map(ModelResult::name).toList();
  }
}
