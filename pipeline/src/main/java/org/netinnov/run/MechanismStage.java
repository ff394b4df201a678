package org.netinnov.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.RunConfig;
import org.netinnov.data.Panel;
import org.netinnov.estimate.LagModels;
import org.netinnov.estimate.ModelResult;
import org.netinnov.mechanism.MediationAnalysis;
import org.netinnov.mechanism.MediationResult;
import org.netinnov.mechanism.ModerationEffects;
import org.netinnov.mechanism.ProgressListener;
import org.netinnov.mechanism.Scorecard;
import org.netinnov.mechanism.Verdict;

/**
 * The mechanism stage: the mediation test (international entrepreneurship → networks → innovation) with its cluster
 * bootstrap, marginal effects of every interaction term, and the hypothesis scorecard over all models.
 */
final class MechanismStage {
  private MechanismStage() {}

  static RunResults.Mechanism run(RunConfig cfg, Panel panel, List<ModelResult> models, LagModels.LagResult lags) {
    MediationResult mediation = cfg.mediation() == null ? null
        : MediationAnalysis.run(panel, cfg.mediation(), cfg.seed(), ProgressListener.terminal());
    Map<String, ModelResult> all = new LinkedHashMap<>();
    for (ModelResult m : models) all.put(m.name(), m);
    List<ModerationEffects.Result> moderation = ModerationEffects.all(all, cfg.models(), panel, 0.95);
    if (lags != null) all.putAll(lags.models());
    if (mediation != null) all.putAll(mediation.models());
    List<Verdict> scorecard = cfg.hypotheses().isEmpty() ? List.of()
        : Scorecard.evaluate(cfg.hypotheses(), all, mediation, cfg.report().level());
    return new RunResults.Mechanism(mediation, moderation, scorecard);
  }
}
