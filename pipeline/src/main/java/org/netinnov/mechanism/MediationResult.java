package org.netinnov.mechanism;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.estimate.ModelResult;

/**
 * The mediation test X → M_j → Y: the path regressions, the indirect, direct and total effects with their tests,
 * and the cluster-bootstrap replicates.
 *
 * @param treatment      X as written (normalised expression text)
 * @param mediators      M_j as written
 * @param outcome        Y as written
 * @param outcomeModel   {@code linear} or {@code poisson}
 * @param lag            years between X, M and Y in the outcome equations
 * @param fixedEffects   the fixed effects of every path (text after {@code |}, empty for none)
 * @param se             covariance of the path regressions as configured
 * @param nobs           rows of the common sample
 * @param nFirms         firms of the common sample
 * @param nYears         distinct years of the common sample
 * @param pathA          per mediator the fit of M_j on X (+ controls | FE); empty when the analysis could not start
 * @param outcomeEquation Y on l(M_j, L) and l(X, L) (+ controls | FE): paths b_j and c′; null when not reached
 * @param totalEquation  Y on l(X, L) (+ controls | FE): path c; null when not reached
 * @param effects        indirect(M_j) for each mediator, total_indirect, direct, total — in that order
 * @param bootstrap      the bootstrap run, or null when {@code replications: 0} or the analysis failed
 * @param notes          what a reader must know (sample, decomposition, dropped firms, ...)
 * @param failure        why the analysis could not be completed, or null
 */
public record MediationResult(
    String treatment,
    List<String> mediators,
    String outcome,
    String outcomeModel,
    int lag,
    String fixedEffects,
    String se,
    int nobs,
    int nFirms,
    int nYears,
    List<ModelResult> pathA,
    ModelResult outcomeEquation,
    ModelResult totalEquation,
    List<Effect> effects,
    Bootstrap bootstrap,
    List<String> notes,
    String failure) {

  public MediationResult {
    mediators = List.copyOf(mediators);
    pathA = List.copyOf(pathA);
    effects = List.copyOf(effects);
    notes = List.copyOf(notes);
  }

  public boolean failed() { return failure != null; }

  /**
   * The effect a hypothesis names: {@code indirect(<mediator>)}, {@code total_indirect}, {@code direct} or
   * {@code total}; null when there is none.
   */
  public Effect effect(String name) {
    String key = name.replace(" ", "");
    for (Effect e : effects) if (e.name().replace(" ", "").equals(key)) return e;
    return null;
  }

  /** The path regressions by name: {@code mediation.a.<mediator>}, {@code mediation.outcome}, {@code mediation.total}. */
  public Map<String, ModelResult> models() {
    Map<String, ModelResult> m = new LinkedHashMap<>();
    for (ModelResult r : pathA) m.put(r.name(), r);
    if (outcomeEquation != null) m.put(outcomeEquation.name(), outcomeEquation);
    if (totalEquation != null) m.put(totalEquation.name(), totalEquation);
    return m;
  }

  /** What an effect is. */
  public enum Kind { INDIRECT, TOTAL_INDIRECT, DIRECT, TOTAL }

  /**
   * A coefficient of a path regression.
   *
   * @param model    the path regression's name
   * @param term     its term
   * @param estimate the coefficient
   * @param se       its standard error (covariance as configured)
   * @param pValue   two-sided p-value of the fit (t with the fit's degrees of freedom, or z)
   */
  public record PathCoefficient(String model, String term, double estimate, double se, double pValue) {}

  /**
   * An analytic test of an effect; NaN fields with a {@code note} when it does not apply.
   *
   * @param method    "Sobel (first-order delta method)", "Aroian", "t test of the coefficient", or "none"
   * @param se        standard error
   * @param statistic estimate / se
   * @param pValue    two-sided p-value (normal for Sobel/Aroian, the fit's distribution for coefficients)
   * @param df        degrees of freedom of the p-value ({@code +inf}: normal)
   * @param note      why the test is missing or how to read it, or null
   */
  public record Test(String method, double se, double statistic, double pValue, double df, String note) {
    public static Test none(String note) {
      return new Test("none", Double.NaN, Double.NaN, Double.NaN, Double.NaN, note);
    }

    public boolean available() { return !Double.isNaN(pValue); }
  }

  /**
   * Bootstrap interval of one effect.
   *
   * @param level          confidence level
   * @param valid          replicates with a finite value (singular replicates are left out)
   * @param se             standard deviation of the replicates
   * @param percentileLow  lower bound of the percentile interval
   * @param percentileHigh upper bound of the percentile interval
   * @param bcLow          lower bound of the bias-corrected (BC) interval
   * @param bcHigh         upper bound of the BC interval
   * @param z0             bias correction Φ⁻¹(share of replicates below the estimate, ties counted half)
   * @param pValue         percentile-implied two-sided p-value: 2·min(share ≤ 0, share ≥ 0), capped at 1
   * @param note           why an interval is missing, or null
   */
  public record BootstrapInterval(double level, int valid, double se, double percentileLow, double percentileHigh,
      double bcLow, double bcHigh, double z0, double pValue, String note) {}

  /**
   * One effect.
   *
   * @param name      {@code indirect(<mediator>)}, {@code total_indirect}, {@code direct} or {@code total}
   * @param kind      what it is
   * @param mediator  the mediator of an indirect effect, else null
   * @param estimate  a·b (indirect), Σ a_j b_j (total indirect), c′ (direct) or c (total); on the log scale of the
   *                  outcome's mean for a Poisson outcome
   * @param a         path a of an indirect effect, else null
   * @param b         path b of an indirect effect, else null
   * @param test      Sobel for an indirect effect, the coefficient's test for direct and total, none for the total
   *                  indirect effect
   * @param aroian    Aroian's variant of the Sobel test (indirect effects), else null
   * @param share     estimate / total effect for indirect effects (NaN with {@code shareNote} when meaningless)
   * @param shareNote why the share is not reported, or null
   * @param bootstrap bootstrap interval, or null when no bootstrap ran
   */
  public record Effect(String name, Kind kind, String mediator, double estimate, PathCoefficient a,
      PathCoefficient b, Test test, Test aroian, double share, String shareNote, BootstrapInterval bootstrap) {}

  /**
   * The bootstrap run.
   *
   * @param requested   replications asked for
   * @param valid       replications with every effect finite
   * @param seed        the seed the replicate generators derive from
   * @param level       confidence level of the stored intervals
   * @param method      how replicates were re-estimated (the fast cross-product path or full re-estimation)
   * @param threads     worker threads used (the results do not depend on it)
   * @param seconds     wall time
   * @param names       effect names, aligned with the columns of {@code replicates}
   * @param replicates  {@code replicates[r][e]}: effect e in replicate r (NaN when that replicate was singular)
   */
  public record Bootstrap(int requested, int valid, long seed, double level, String method, int threads,
      double seconds, List<String> names, double[][] replicates) {

    /** The replicates of one effect by name (a copy), or null. */
    public double[] draws(String name) {
      int e = names.indexOf(name);
      if (e < 0) return null;
      double[] out = new double[replicates.length];
      for (int r = 0; r < out.length; r++) out[r] = replicates[r][e];
      return out;
    }
  }
}
