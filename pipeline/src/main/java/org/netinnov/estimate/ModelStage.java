package org.netinnov.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.Formula;

/**
 * The model stage: evaluates each configured model on the analysis panel and estimates it. A model that cannot be
 * estimated (one firm, singular design, no complete rows) becomes a failed {@link ModelResult} with the reason;
 * the run goes on and reports it.
 */
public final class ModelStage {
  private ModelStage() {}

  /** Estimates every model in config order. */
  public static List<ModelResult> run(Panel panel, LinkedHashMap<String, ModelSpec> models) {
    List<ModelResult> out = new ArrayList<>();
    for (Map.Entry<String, ModelSpec> e : models.entrySet()) out.add(estimate(e.getKey(), e.getValue(), panel));
    return out;
  }

  public static ModelResult estimate(String name, ModelSpec spec, Panel panel) {
    return estimate(name, spec, panel, null);
  }

  /** As {@link #estimate(String, ModelSpec, Panel)}, on the rows where {@code restrict} is true (null: all). */
  public static ModelResult estimate(String name, ModelSpec spec, Panel panel, boolean[] restrict) {
    String label = spec.label() == null ? name : spec.label();
    try {
      if (panel.firms() < 2 && !spec.estimator().equals("pooled"))
        return ModelResult.failure(name, label, spec.estimator(), spec.formula(), "the panel holds "
            + (panel.firms() == 1 ? "a single firm" : "no firm") + ": a " + spec.estimator()
            + " panel model needs at least two firms — one firm cannot separate firm effects from the mechanism");
      Formula f = Formula.parse(spec.formula());
      if (spec.estimator().equals("gmm")) {
        Fit fit = GmmModel.fit(spec, f, panel).fit();
        // the firm effect is removed by differencing, not estimated; the table's notes say which transformation
        List<String> fe = new ArrayList<>(List.of(panel.firmColumn()));
        if (spec.effect() == null || spec.effect().equals("twoways")) fe.add(panel.yearColumn());
        return new ModelResult(name, label, spec.estimator(), spec.formula(), fe, List.of(), fit, null, 0);
      }
      CovarianceSpec se = CovarianceSpec.parse(spec.se()).withSmallSample(smallSample(spec.ssc()));
      List<List<String>> fe = fixedEffects(f, spec, panel);
      ModelFrame.Frame frame = ModelFrame.build(panel, f, fe, se.clusters(), spec.weights(), spec.center(), spec.sample(), restrict);
      Design d = frame.design();
      if (d.n() == 0)
        return ModelResult.failure(name, label, spec.estimator(), spec.formula(), "no complete rows: every row misses "
            + "one of the model's variables (" + String.join(", ", frame.missingBy().keySet()) + ")");
      Fit fit = Estimators.fit(spec, d, se, f, panel);
      return new ModelResult(name, label, spec.estimator(), spec.formula(), frame.fixedEffects(), se.clusters(), fit,
          null, frame.droppedMissing());
    } catch (RuntimeException ex) {
      String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      return ModelResult.failure(name, label, spec.estimator(), spec.formula(), msg);
    }
  }

  /**
   * The rows a model would use (complete cases), as a mask over the panel; used to give a family of models a
   * common sample.
   */
  public static boolean[] sampleMask(ModelSpec spec, Panel panel) {
    Formula f = Formula.parse(spec.formula());
    CovarianceSpec se = CovarianceSpec.parse(spec.se());
    ModelFrame.Frame frame = ModelFrame.build(panel, f, fixedEffects(f, spec, panel), se.clusters(), spec.weights(),
        spec.center(), spec.sample());
    boolean[] mask = new boolean[panel.rows()];
    for (int r : frame.design().rows()) mask[r] = true;
    return mask;
  }

  static CovarianceSpec.SmallSample smallSample(String ssc) {
    return switch (ssc) {
      case "hc0" -> CovarianceSpec.SmallSample.HC0;
      case "hc1" -> CovarianceSpec.SmallSample.HC1;
      default -> CovarianceSpec.SmallSample.STATA;
    };
  }

  /**
   * Fixed effects of a model: the formula's {@code |} part; else, for within fits, those implied by {@code effect}
   * (individual → firm, time → year, twoways → both). Random effects and GMM take the effect from {@code effect}.
   */
  static List<List<String>> fixedEffects(Formula f, ModelSpec spec, Panel panel) {
    if (!f.fixedEffects().isEmpty()) return f.fixedEffects();
    if (!spec.estimator().equals("within")) return List.of();
    String effect = spec.effect() == null ? "individual" : spec.effect();
    return switch (effect) {
      case "time" -> List.of(List.of(panel.yearColumn()));
      case "twoways" -> List.of(List.of(panel.firmColumn()), List.of(panel.yearColumn()));
      default -> List.of(List.of(panel.firmColumn()));
    };
  }
}
