package org.netinnov.estimate.count;

/**
 * Numerical options of the count estimators.
 *
 * @param maxIterations IRLS (Poisson) or Newton (NB2) iterations before giving up; the fit is then returned with
 *                      {@code converged = 0} and a note, never thrown away silently
 * @param tolerance     convergence threshold on the relative change of the deviance (Poisson,
 *                      |dev − dev_old| / (0.1 + |dev|) as R {@code glm.fit}) or of the log-likelihood (NB2)
 * @param absorption    how fixed effects are absorbed in the Poisson model (AUTO chooses; the others force a path,
 *                      which the tests use to check that both paths agree)
 * @param parallel      let the Poisson fit use the common fork-join pool (the one-way IRLS passes, and the large
 *                      column copies, checks, score and cluster sums around them); the data are cut into a number
 *                      of chunks that depends on N only and the partial sums are added in chunk order, so the
 *                      results are bit-for-bit the same with or without threads
 */
public record CountOptions(int maxIterations, double tolerance, Absorption absorption, boolean parallel) {

  /**
   * EXACT_ONE_WAY: the factor with most levels is swept out exactly by weighted group means and every other
   * factor enters as an explicit dummy block (Frisch–Waugh–Lovell); ALTERNATING_PROJECTIONS: all factors are
   * swept out by weighted alternating projections (method of alternating projections, Gaure 2013).
   */
  public enum Absorption { AUTO, EXACT_ONE_WAY, ALTERNATING_PROJECTIONS }

  public static final CountOptions DEFAULT = new CountOptions(100, 1e-10, Absorption.AUTO, true);

  public CountOptions {
    if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    if (!(tolerance > 0)) throw new IllegalArgumentException("tolerance must be > 0, got " + tolerance);
    if (absorption == null) throw new IllegalArgumentException("absorption must not be null");
  }

  public CountOptions withMaxIterations(int m) { return new CountOptions(m, tolerance, absorption, parallel); }

  public CountOptions withAbsorption(Absorption a) { return new CountOptions(maxIterations, tolerance, a, parallel); }

  public CountOptions withParallel(boolean p) { return new CountOptions(maxIterations, tolerance, absorption, p); }
}
