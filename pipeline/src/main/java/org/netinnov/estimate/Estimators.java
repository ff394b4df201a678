package org.netinnov.estimate;

import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.Formula;
import org.netinnov.estimate.count.CountModels;
import org.netinnov.estimate.linear.LinearPanelModels;
import org.netinnov.estimate.linear.LinearSpec;

/** Dispatches a configured model to its estimator. */
final class Estimators {
  private Estimators() {}

  static Fit fit(ModelSpec spec, Design d, CovarianceSpec se, Formula f, Panel panel) {
    return switch (spec.estimator()) {
      case "pooled" -> linear(LinearSpec.Estimator.POOLED, spec, d, se);
      case "between" -> linear(LinearSpec.Estimator.BETWEEN, spec, d, se);
      case "within" -> linear(LinearSpec.Estimator.WITHIN, spec, d, se);
      case "random" -> linear(LinearSpec.Estimator.RANDOM, spec, d, se);
      case "fd" -> linear(LinearSpec.Estimator.FD, spec, d, se);
      case "poisson" -> CountModels.poisson(d, se);
      case "negbin" -> CountModels.negativeBinomial(d, se);
      default -> throw new IllegalArgumentException("estimator `" + spec.estimator() + "` is not available in this build yet");
    };
  }

  private static Fit linear(LinearSpec.Estimator e, ModelSpec spec, Design d, CovarianceSpec se) {
    LinearSpec.Effect effect = switch (spec.effect() == null ? "individual" : spec.effect()) {
      case "time" -> LinearSpec.Effect.TIME;
      case "twoways" -> LinearSpec.Effect.TWOWAYS;
      default -> LinearSpec.Effect.INDIVIDUAL;
    };
    return LinearPanelModels.fit(d, new LinearSpec(e, effect, se, spec.dropSingletons()));
  }
}
