package org.netinnov.estimate.linear;

import java.util.Objects;
import org.netinnov.estimate.CovarianceSpec;

/**
 * What linear panel model to fit.
 *
 * @param estimator      POOLED (OLS), WITHIN (fixed effects absorbed from {@code Design.absorb()}), BETWEEN (OLS on
 *                       firm means), RANDOM (Swamy–Arora random effects) or FD (first differences within firm)
 * @param effect         the random effect's dimension for RANDOM (INDIVIDUAL or TIME); for WITHIN the runner
 *                       turns it into {@code Design.absorb()} and the estimator itself uses only the absorb list
 * @param se             covariance to report
 * @param dropSingletons WITHIN only: iteratively drop observations whose fixed-effect level occurs once (fixest)
 */
public record LinearSpec(Estimator estimator, Effect effect, CovarianceSpec se, boolean dropSingletons) {

  public enum Estimator { POOLED, WITHIN, BETWEEN, RANDOM, FD }

  public enum Effect { INDIVIDUAL, TIME, TWOWAYS }

  public LinearSpec {
    Objects.requireNonNull(estimator, "estimator");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(se, "se");
  }

  /** Classical standard errors, individual effect, singletons kept. */
  public static LinearSpec of(Estimator estimator) {
    return new LinearSpec(estimator, Effect.INDIVIDUAL, CovarianceSpec.CLASSICAL, false);
  }

  public LinearSpec withSe(CovarianceSpec s) { return new LinearSpec(estimator, effect, s, dropSingletons); }

  public LinearSpec withEffect(Effect e) { return new LinearSpec(estimator, e, se, dropSingletons); }

  public LinearSpec withDropSingletons(boolean b) { return new LinearSpec(estimator, effect, se, b); }
}
