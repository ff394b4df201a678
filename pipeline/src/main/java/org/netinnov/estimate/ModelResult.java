package org.netinnov.estimate;

import java.util.List;

/**
 * A configured model and its outcome: the fit, or why it could not be estimated. Failed models stay in the
 * report (with the reason) instead of stopping the run.
 *
 * @param name          the model's name in the config
 * @param label         column header in tables
 * @param estimator     estimator as configured (within, random, poisson, gmm, ...)
 * @param formula       the formula as written
 * @param fixedEffects  fixed effects absorbed or entered as dummies, by name ({@code firm_id}, {@code industry^year})
 * @param cluster       cluster variables of the covariance (empty if not clustered)
 * @param fit           the estimates, or null when the model failed
 * @param failure       why the model could not be estimated, or null
 * @param droppedMissing rows dropped because a model variable was missing
 */
public record ModelResult(String name, String label, String estimator, String formula, List<String> fixedEffects,
    List<String> cluster, Fit fit, String failure, int droppedMissing) {

  public boolean failed() { return fit == null; }

  public static ModelResult failure(String name, String label, String estimator, String formula, String why) {
    return new ModelResult(name, label, estimator, formula, List.of(), List.of(), null, why, 0);
  }
}
