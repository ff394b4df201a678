package org.netinnov.estimate;

import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.Formula;

/** Dispatches a configured model to its estimator. */
final class Estimators {
  private Estimators() {}

  static Fit fit(ModelSpec spec, Design d, CovarianceSpec se, Formula f, Panel panel) {
    throw new UnsupportedOperationException("estimator `" + spec.estimator() + "` is not available in this build yet");
  }
}
