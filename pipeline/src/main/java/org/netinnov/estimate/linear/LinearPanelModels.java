package org.netinnov.estimate.linear;

import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.fe.FixedEffectsProjector;

/**
 * Linear panel estimators: pooled OLS, within (any number of absorbed fixed effects), between, random effects
 * (Swamy–Arora) and first differences, with classical, HC0–HC3, one- and two-way cluster-robust and Driscoll–Kraay
 * covariances computed on the transformed data. Results agree with R plm 2.6 (see the reference tests).
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>{@code terms}: kept regressors, intercept first as {@code (Intercept)} for pooled, between, random and fd
 *   fits with an intercept; within fits have none (it is absorbed, as in plm). Dropped regressors are in
 *   {@code Fit.dropped} with the reason.</li>
 *   <li>{@code dfResidual}: N − K for pooled, between (N = firms), fd (N = differences) and random; N − absorbed − K
 *   for within, absorbed = non-redundant fixed effects (one factor: its levels; two or more: see
 *   {@link FixedEffectsProjector}; reported as stat {@code n_absorbed}).</li>
 *   <li>{@code r2}: R² of the transformed regression as plm's {@code r.squared} (squared correlation of transformed
 *   outcome and fitted values; within R² for within fits); {@code adjR2 = 1 − (1 − R²)(N − 1)/dfResidual}.</li>
 *   <li>{@code dfInference}: classical and HC: dfResidual; cluster: G − 1 (smallest G for two-way); Driscoll–Kraay:
 *   T − 1 (Stata {@code xtscc}); random effects: normal (z) inference whatever the covariance, as plm and Stata's
 *   {@code xtreg, re}.</li>
 *   <li>stats: {@code r2_within, r2_between, r2_overall} (Stata {@code xtreg} definitions, within and random fits),
 *   {@code rmse} = √(RSS/dfResidual) (Stata's root MSE), {@code rss}, {@code tss} (centred, of the transformed
 *   outcome), {@code f, f_df1, f_df2, f_p} (Wald test of all slopes with the reported covariance, df2 =
 *   dfInference), {@code loglik} (Gaussian; for random effects the exact one-way RE likelihood at the estimated
 *   components), {@code aic, bic} with parameters = coefficients + absorbed effects + 1 (σ²) (random effects:
 *   coefficients + 2), {@code n_absorbed} (0 for estimators that absorb nothing), {@code fe_iterations} (alternating-projection sweeps, 0 when exact),
 *   {@code singletons_dropped}, and for random effects {@code sigma2_idios}, {@code sigma2_id} (or
 *   {@code sigma2_time}), {@code theta} (balanced) or {@code theta_min, theta_mean, theta_max} with the per-group
 *   θ in {@code vectors.get("theta")} (unbalanced; indexed by firm code for the individual effect, by year in
 *   increasing order for the time effect; the mean is over groups).</li>
 *   <li>{@code rows}: panel rows used: the design rows minus dropped singletons; for fd, the rows that enter a
 *   difference on either side.</li>
 *   <li>Weights ({@code Design.weights()}, analytic): supported for pooled and within fits (weighted least squares,
 *   weighted demeaning); other estimators refuse them.</li>
 *   <li>Fixed effects after {@code |} ({@code Design.absorb()}) are only meaningful for the within estimator; the
 *   other estimators refuse a non-empty absorb list. Random effects take their dimension from
 *   {@link LinearSpec#effect()}.</li>
 * </ul>
 */
public final class LinearPanelModels {
  /** Name of the intercept term. */
  public static final String INTERCEPT = "(Intercept)";

  private LinearPanelModels() {}

  /**
   * Fits the model.
   *
   * @throws EstimationException when it cannot be estimated (all regressors dropped, N ≤ K, too few groups or
   *     clusters, unsupported option), with a message saying why
   */
  public static Fit fit(Design d, LinearSpec spec) {
    return fitDetailed(d, spec).fit();
  }

  /** As {@link #fit}, also returning the transformed regression behind the fit (for diagnostics). */
  public static LinearFitDetail fitDetailed(Design d, LinearSpec spec) {
    return fitDetailed(d, spec, FixedEffectsProjector.Method.AUTO);
  }

  /**
   * As {@link #fitDetailed(Design, LinearSpec)} with a chosen fixed-effect projection method (exact dummy projection
   * or alternating projections), for cross-checks and benchmarks.
   */
  public static LinearFitDetail fitDetailed(Design d, LinearSpec spec, FixedEffectsProjector.Method feMethod) {
    validate(d, spec);
    return fitSample(sample(d, spec), spec, feMethod);
  }

  /** The estimation sample: the design, or the design without singletons (and the rows kept). */
  private record Sample(Design design, int singletons, int[] keptRows) {}

  private static Sample sample(Design d, LinearSpec spec) {
    if (spec.dropSingletons() && spec.estimator() == LinearSpec.Estimator.WITHIN) {
      SingletonFilter.Result r = SingletonFilter.apply(d);
      if (r.design().n() == 0) throw new EstimationException("every observation is a singleton of some fixed effect");
      return new Sample(r.design(), r.dropped(), r.dropped() > 0 ? r.kept() : null);
    }
    return new Sample(d, 0, null);
  }

  private static void annotate(TransformedRegression t, LinearSpec spec, int singletons) {
    if (spec.dropSingletons() && spec.estimator() == LinearSpec.Estimator.WITHIN) {
      t.stats.put("singletons_dropped", (double) singletons);
      if (singletons > 0)
        t.notes.add(singletons + " singleton observation" + (singletons == 1 ? "" : "s")
            + " dropped (fixed-effect level observed once)");
    }
    if (t.n() == 0) throw new EstimationException("no observations left for the " + t.estimator + " estimator");
  }

  private static LinearFitDetail fitSample(Sample smp, LinearSpec spec, FixedEffectsProjector.Method feMethod) {
    Design s = smp.design();
    TransformedRegression t = switch (spec.estimator()) {
      case POOLED -> PooledTransform.of(s);
      case WITHIN -> WithinTransform.of(s, feMethod);
      case BETWEEN -> BetweenTransform.of(s);
      case RANDOM -> RandomEffectsTransform.of(s, spec.effect());
      case FD -> FirstDifferenceTransform.of(s);
    };
    annotate(t, spec, smp.singletons());
    int[] keptRows = smp.keptRows();
    if (keptRows != null) {
      int[] map = new int[t.sampleRow.length];
      for (int r = 0; r < map.length; r++) map[r] = keptRows[t.sampleRow[r]];
      t.sampleRow = map;
    }
    return FitAssembler.assemble(t, s, spec);
  }

  private static void validate(Design d, LinearSpec spec) {
    int n = d.n();
    if (n == 0) throw new EstimationException("no observations");
    if (d.firm().length != n || d.year().length != n || d.rows().length != n)
      throw new EstimationException("design arrays differ in length");
    for (double[] col : d.x())
      if (col.length != n) throw new EstimationException("design arrays differ in length");
    int[] firm = d.firm(), year = d.year();
    // (firm, year) as one key that must increase strictly: one comparison per row
    long prev = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long key = ((long) firm[i] << 32) + ((long) year[i] - Integer.MIN_VALUE);
      if (key <= prev)
        throw new EstimationException("rows must be sorted by firm then year with one row per firm-year (row " + i + ")");
      prev = key;
    }
    var est = spec.estimator();
    if (est != LinearSpec.Estimator.WITHIN && !d.absorb().isEmpty())
      throw new EstimationException("fixed effects (" + String.join(" + ", d.absorb().stream().map(Factor::name)
          .toList()) + ") can only be absorbed by the within estimator, not by " + est.name().toLowerCase());
    if (d.weights() != null) {
      if (est != LinearSpec.Estimator.POOLED && est != LinearSpec.Estimator.WITHIN)
        throw new EstimationException("weights are supported for the pooled and within estimators only");
      if (d.weights().length != n) throw new EstimationException("weights differ in length from the data");
      for (double w : d.weights())
        if (!(w > 0) || !Double.isFinite(w)) throw new EstimationException("weights must be positive and finite");
    }
    // the firm is often both absorbed and the cluster: check each distinct code array once (comparing arrays is
    // a vectorised pass, cheaper than checking them)
    java.util.List<Factor> checked = new java.util.ArrayList<>();
    for (Factor f : d.absorb()) checkCodes(f, n, "fixed effect", checked);
    for (Factor f : d.clusters()) checkCodes(f, n, "cluster variable", checked);
    CovarianceSpec se = spec.se();
    if (se.kind() == CovarianceSpec.Kind.CLUSTER && d.clusters().size() != se.clusters().size())
      throw new EstimationException("the covariance names " + se.clusters().size() + " cluster variable(s) but the "
          + "design carries " + d.clusters().size());
    if (est == LinearSpec.Estimator.BETWEEN && se.kind() == CovarianceSpec.Kind.DRISCOLL_KRAAY)
      throw new EstimationException("Driscoll–Kraay standard errors need a time dimension; the between estimator has "
          + "one row per firm");
  }

  private static void checkCodes(Factor f, int n, String what, java.util.List<Factor> checked) {
    if (f.codes().length != n) throw new EstimationException(what + " `" + f.name() + "` differs in length from the data");
    for (Factor c : checked)
      if (c.levels() == f.levels() && (c.codes() == f.codes() || java.util.Arrays.equals(c.codes(), f.codes()))) return;
    checked.add(f);
    for (int c : f.codes())
      if (c < 0 || c >= f.levels()) throw new EstimationException(what + " `" + f.name() + "` has missing values");
  }
}
