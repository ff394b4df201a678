package org.netinnov.mechanism;

import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.count.CountModels;
import org.netinnov.estimate.count.CountOptions;

/**
 * The Poisson fixed-effects fit of the outcome equations in a bootstrap replicate when
 * {@code outcome_model: poisson} ({@link CountModels#poisson}). The replicates already run in parallel, so the
 * estimator's own fork-join pass is switched off (its results are bit-identical either way).
 */
final class PoissonOutcome {
  private static final CountOptions SERIAL = CountOptions.DEFAULT.withParallel(false);

  private PoissonOutcome() {}

  /** Poisson ML with the design's fixed effects absorbed; the covariance as asked. */
  static Fit fit(Design d, CovarianceSpec se) {
    return CountModels.poisson(d, se, SERIAL);
  }
}
