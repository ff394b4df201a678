package org.netinnov.mechanism;

import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;

/**
 * The Poisson fixed-effects fit of the outcome equations when {@code outcome_model: poisson}.
 *
 * <p>UNFINISHED: the Poisson estimator ({@code org.netinnov.estimate.count.CountModels.poisson(Design,
 * CovarianceSpec) → Fit}) is not on main yet. Once it is, the body of {@link #fit} becomes
 * {@code return CountModels.poisson(d, se);} — everything around it (common sample without all-zero firms, the
 * log-scale indirect effect a·b, Sobel reported as not valid, the bootstrap re-estimating the outcome equations on
 * firm copies) is in place and uses only this method.
 */
final class PoissonOutcome {
  static final String UNAVAILABLE = "outcome_model: poisson needs the Poisson fixed-effects estimator "
      + "(estimate/count/CountModels.poisson), which is not in this build yet";

  private PoissonOutcome() {}

  /** Poisson ML with the design's fixed effects absorbed; the covariance as asked. */
  static Fit fit(Design d, CovarianceSpec se) {
    throw new UnsupportedOperationException(UNAVAILABLE);
  }
}
