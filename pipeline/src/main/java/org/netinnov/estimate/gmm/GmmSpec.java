package org.netinnov.estimate.gmm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A linear dynamic panel model estimated by GMM, in the terms of R plm's {@code pgmm} (Croissant &amp; Millo) and
 * Stata's {@code xtabond2} (Roodman 2009).
 *
 * <pre>
 * y(i,t) = Σ_k β_k x_k(i, t - lag_k) + [time effects] + μ_i + v(i,t)
 * </pre>
 *
 * The fixed effect μ_i is removed by first differences ({@link Transformation#DIFFERENCE}, Arellano–Bond 1991) or
 * the differenced equations are stacked with the equations in levels ({@link Transformation#SYSTEM},
 * Arellano–Bover 1995 / Blundell–Bond 1998).
 *
 * @param outcome         numeric panel column holding y (already transformed, e.g. log(emp) precomputed)
 * @param regressors      right-hand-side terms (variable, lag, reported name); at least one
 * @param gmmInstruments  GMM-style instruments; at least one
 * @param ivInstruments   standard ("IV-style") instruments, one column each, entering differenced in the
 *                        differenced equation and, for system GMM, in levels in the levels equation (a separate
 *                        column each). Each entry is either the {@link GmmRegressor#name() name} of a regressor (the
 *                        instrument is that regressor's variable at its lag) or the name of a numeric panel column
 *                        (contemporaneous). pgmm's two-part formula {@code y ~ ... | lag(y, 2:99)} uses every
 *                        regressor whose variable is not GMM-instrumented: see {@link #exogenousRegressors}.
 *                        Missing instrument values count as 0 (pgmm, xtabond2), they never drop a row.
 * @param transformation  {@code DIFFERENCE} (pgmm {@code "d"}) or {@code SYSTEM} (pgmm {@code "ld"})
 * @param twoSteps        two-step efficient GMM (Windmeijer-corrected covariance) instead of one-step
 * @param timeDummies     pgmm {@code effect = "twoways"}: year dummies (and, in system GMM, an intercept) as
 *                        regressors and instruments. Without them ({@code "individual"}) a system model has no
 *                        intercept either, as in pgmm.
 * @param collapse        Roodman's collapsed GMM instruments: one column per lag instead of one per year and lag
 */
public record GmmSpec(
    String outcome,
    List<GmmRegressor> regressors,
    List<GmmInstrument> gmmInstruments,
    List<String> ivInstruments,
    Transformation transformation,
    boolean twoSteps,
    boolean timeDummies,
    boolean collapse) {

  /** How the fixed effects are removed. */
  public enum Transformation {
    /** Arellano–Bond difference GMM (pgmm {@code transformation = "d"}). */
    DIFFERENCE,
    /** Blundell–Bond system GMM: differenced and levels equations stacked (pgmm {@code "ld"}). */
    SYSTEM
  }

  public GmmSpec {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(transformation, "transformation");
    regressors = List.copyOf(regressors);
    gmmInstruments = List.copyOf(gmmInstruments);
    ivInstruments = List.copyOf(ivInstruments);
    if (regressors.isEmpty()) throw new IllegalArgumentException("a GMM model needs at least one regressor");
    if (gmmInstruments.isEmpty())
      throw new IllegalArgumentException("a GMM model needs at least one GMM-style instrument (e.g. lags 2+ of y)");
    var names = new HashSet<String>();
    for (GmmRegressor r : regressors)
      if (!names.add(r.name())) throw new IllegalArgumentException("regressor name `" + r.name() + "` given twice");
    var ivs = new HashSet<String>();
    for (String s : ivInstruments)
      if (!ivs.add(s)) throw new IllegalArgumentException("IV instrument `" + s + "` given twice");
  }

  /**
   * The names of the regressors whose variable has no GMM-style instrument: the standard instruments pgmm uses
   * for a two-part formula {@code y ~ regressors | gmm instruments} (strictly exogenous regressors instrument
   * themselves).
   */
  public static List<String> exogenousRegressors(List<GmmRegressor> regressors, List<GmmInstrument> gmmInstruments) {
    var gmmVars = new HashSet<String>();
    for (GmmInstrument g : gmmInstruments) gmmVars.add(g.variable());
    var out = new ArrayList<String>();
    for (GmmRegressor r : regressors) if (!gmmVars.contains(r.variable())) out.add(r.name());
    return List.copyOf(out);
  }

  /** Largest regressor lag (0 when all are contemporaneous). */
  public int maxRegressorLag() {
    int m = 0;
    for (GmmRegressor r : regressors) m = Math.max(m, r.lag());
    return m;
  }

  /** Smallest minimum lag among the GMM-style instruments. */
  public int minGmmLag() {
    int m = Integer.MAX_VALUE;
    for (GmmInstrument g : gmmInstruments) m = Math.min(m, g.minLag());
    return m;
  }
}
