package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;

/**
 * Count models of innovation outcomes (patents): Poisson with absorbed fixed effects and pooled negative binomial
 * (NB2). Inference is normal (z): {@code dfInference = +∞}.
 *
 * <p>Poisson ({@link #poisson}): ML by IRLS with every factor of {@code d.absorb()} absorbed at each step
 * (fixest {@code fepois}, Stata {@code ppmlhdfe}); groups with an all-zero outcome dropped first. Stats:
 * {@code loglik}, {@code loglik_null} (intercept-only Poisson on the estimation sample, μ = ȳ — the null model of
 * fixest's {@code pr2} and of pyfixest), {@code pseudo_r2} = 1 − loglik/loglik_null (McFadden), {@code deviance},
 * {@code iterations}, {@code converged} (1/0), {@code dropped_groups} (firms removed entirely), {@code dropped_obs},
 * {@code n_fe_params} (identified fixed-effect parameters), {@code aic} = −2ℓ + 2(K + n_fe_params),
 * {@code bic} = −2ℓ + ln(N)(K + n_fe_params) (fixest counts the fixed effects as parameters too; R's logLik df of
 * the dummy-variable glm is the same number), {@code separation_suspects} (zero-outcome rows fitted below 1e-8:
 * with separation the MLE does not exist — a note says so), {@code n_clusters} for clustered errors. Regressors
 * collinear with the effects are dropped and listed in {@code Fit.dropped()}. Prior weights
 * ({@code d.weights()}) multiply each row's log-likelihood (frequency-weight semantics).
 *
 * <p>NB2 ({@link #negativeBinomial}): pooled ML; absorbed factors become dummy columns (first level dropped, named
 * {@code factor::level}) next to an intercept; levels whose outcome is all zero are dropped first, as for Poisson
 * (their dummy would diverge). Estimates of α at the boundary (α → 0, no overdispersion) are reported with
 * {@code converged = 0} and a note. Stats: {@code alpha}, {@code alpha_se} (delta method from ln α), {@code lnalpha},
 * {@code lnalpha_se}, {@code theta} = 1/α (R {@code MASS::glm.nb}'s parameter), {@code loglik}, {@code loglik_null}
 * (constant-only NB2, as Stata {@code nbreg}), {@code pseudo_r2}, {@code loglik_poisson}, {@code lr_alpha0} and
 * {@code lr_alpha0_p} (LR test of α = 0 against the Poisson fit, p from the χ̄²(01) mixture), iterations, converged,
 * aic, bic (K + 1 parameters).
 *
 * <p>Standard errors: see {@link CountCovariance}; for clustered errors ssc STATA (the default) means G/(G−1),
 * HC0 none.
 */
public final class CountModels {
  /**
   * Above this many dummy columns the non-largest factors are absorbed by alternating projections instead (the
   * dummy block costs O(L³) per iteration for its Cholesky and O(L²) memory per chunk).
   */
  static final int MAX_DUMMY_COLUMNS = 500;

  private CountModels() {}

  /** Incidence-rate ratio exp(b_j) with the interval exp(b_j ± q·se_j), q the {@code level} critical value. */
  public record Irr(String term, double ratio, double lower, double upper, double level) {}

  public static Fit poisson(Design d, CovarianceSpec se) { return poisson(d, se, CountOptions.DEFAULT); }

  public static Fit negativeBinomial(Design d, CovarianceSpec se) {
    return negativeBinomial(d, se, CountOptions.DEFAULT);
  }

  /** IRR of coefficient j of a count fit and its confidence interval at {@code level} (e.g. 0.95). */
  public static Irr irr(Fit fit, int j, double level) {
    if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    double b = fit.coef()[j], s = fit.se(j), q = Inference.critical(level, fit.dfInference());
    return new Irr(fit.terms().get(j), Math.exp(b), Math.exp(b - q * s), Math.exp(b + q * s), level);
  }

  public static Fit poisson(Design d, CovarianceSpec se, CountOptions opt) {
    requireSupported(se);
    CountSample s = CountSample.prepare(d, "poisson", opt.parallel());
    List<String> notes = new ArrayList<>(s.notes);
    List<String> names = new ArrayList<>();
    double[][] x;
    if (s.absorb.isEmpty() && d.intercept()) {
      names.add("(Intercept)");
      names.addAll(d.terms());
      x = new double[d.k() + 1][];
      x[0] = new double[s.n()];
      java.util.Arrays.fill(x[0], 1.0);
      System.arraycopy(s.x, 0, x, 1, d.k());
    } else {
      names.addAll(d.terms());
      x = s.x;
    }
    if (x.length == 0 && s.absorb.isEmpty())
      throw new CountModelException("poisson: the model has neither regressors, an intercept nor fixed effects");
    PoissonIrls.Result r = estimate(s, x, opt, notes);
    notes.addAll(r.notes());

    int[] idx = keptIndex(r.kept());
    Map<String, String> dropped = new LinkedHashMap<>();
    for (int j = 0; j < names.size(); j++)
      if (!r.kept()[j])
        dropped.put(names.get(j), s.absorb.isEmpty() ? "collinear with other regressors"
            : "collinear with the fixed effects or other regressors");
    int kk = idx.length, n = s.n();
    double[][] bread = new double[kk][kk];
    boolean sandwich = se.kind() != CovarianceSpec.Kind.CLASSICAL;
    // with absorbed effects X̌ is a fresh array per fit (only the pooled path hands back the design's own columns),
    // so the scores overwrite it instead of taking another K × N
    boolean inPlace = !s.absorb.isEmpty();
    double[][] scores = new double[kk][];
    for (int a = 0; a < kk; a++) scores[a] = !sandwich ? new double[0] : inPlace ? r.partialled()[idx[a]] : new double[n];
    double[] mu = r.mu(), y = s.y, pw = s.weights;
    for (int a = 0; a < kk; a++)
      for (int b = 0; b < kk; b++) bread[a][b] = r.bread()[idx[a]][idx[b]];
    if (sandwich) {
      java.util.stream.IntStream cols = java.util.stream.IntStream.range(0, kk);
      if (opt.parallel() && (long) kk * n >= 200_000 && kk > 1) cols = cols.parallel();
      cols.forEach(a -> {
        double[] xp = r.partialled()[idx[a]], sc = scores[a];
        // score of the concentrated likelihood: π (y − μ) x̌
        for (int i = 0; i < n; i++) sc[i] = (pw == null ? y[i] - mu[i] : pw[i] * (y[i] - mu[i])) * xp[i];
      });
    }
    CountCovariance.Result v = CountCovariance.compute(se, bread, scores, s.clusters, n, opt.parallel());
    if (v.note() != null) notes.add(v.note());
    double[] coef = new double[kk];
    List<String> terms = new ArrayList<>();
    for (int a = 0; a < kk; a++) {
      coef[a] = r.beta()[idx[a]];
      terms.add(names.get(idx[a]));
    }
    int params = kk + r.absorbedParameters();
    Map<String, Double> stats = new LinkedHashMap<>();
    stats.put("loglik", r.loglik());
    stats.put("loglik_null", r.loglikNull());
    stats.put("pseudo_r2", 1.0 - r.loglik() / r.loglikNull());
    stats.put("deviance", r.deviance());
    stats.put("iterations", (double) r.iterations());
    stats.put("converged", r.converged() ? 1.0 : 0.0);
    stats.put("dropped_groups", (double) s.droppedFirms);
    stats.put("dropped_obs", (double) s.droppedObs);
    stats.put("n_fe_params", (double) r.absorbedParameters());
    stats.put("separation_suspects", (double) r.separationSuspects());
    stats.put("aic", -2 * r.loglik() + 2.0 * params);
    stats.put("bic", -2 * r.loglik() + Math.log(n) * params);
    if (v.clusters() > 0) stats.put("n_clusters", (double) v.clusters());
    notes.add("pseudo R2 is McFadden's against the intercept-only Poisson on the estimation sample (as fixest)");
    return new Fit("poisson", d.outcome(), List.copyOf(terms), coef, v.vcov(), v.description(),
        Double.POSITIVE_INFINITY, n, s.nFirms, s.nYears, n - (double) params, Double.NaN, Double.NaN,
        stats, Map.of(), dropped, List.copyOf(notes), s.rows);
  }

  /**
   * Picks the absorption: nothing (pooled), exact one-way for the factor with most levels plus a dummy block for
   * the others ({@link OneWayPoissonIrls}), or alternating projections for all of them when the dummy block would
   * be large ({@link ProjectionAbsorptionWls}).
   */
  private static PoissonIrls.Result estimate(CountSample s, double[][] x, CountOptions opt, List<String> notes) {
    List<Factor> fs = new ArrayList<>(s.absorb);
    if (fs.isEmpty()) return PoissonIrls.fit(s.y, s.weights, new PooledWls(x, s.n()), opt);
    fs.sort(Comparator.comparingInt(Factor::levels).reversed());
    Factor big = fs.get(0);
    long dummyCols = 0;
    for (int q = 1; q < fs.size(); q++) dummyCols += fs.get(q).levels() - 1;
    boolean projections = opt.absorption() == CountOptions.Absorption.ALTERNATING_PROJECTIONS
        || (opt.absorption() == CountOptions.Absorption.AUTO
            && dummyCols > MAX_DUMMY_COLUMNS);
    if (projections) {
      int[][] codes = new int[fs.size()][];
      int[] levels = new int[fs.size()];
      for (int q = 0; q < fs.size(); q++) {
        codes[q] = fs.get(q).codes();
        levels[q] = fs.get(q).levels();
      }
      return PoissonIrls.fit(s.y, s.weights, new ProjectionAbsorptionWls(x, codes, levels), opt);
    }
    int[][] codes = new int[fs.size() - 1][];
    int[] levels = new int[fs.size() - 1];
    StringBuilder names = new StringBuilder();
    for (int q = 1; q < fs.size(); q++) {
      codes[q - 1] = fs.get(q).codes();
      levels[q - 1] = fs.get(q).levels();
      names.append(q == 1 ? "" : ", ").append('`').append(fs.get(q).name()).append('`');
    }
    if (fs.size() > 1)
      notes.add("fixed effects: `" + big.name() + "` absorbed exactly, " + names + " entered as " + dummyCols
          + " dummy column(s) solved jointly (Frisch-Waugh-Lovell)");
    return OneWayPoissonIrls.fit(s.y, s.weights, x, big.codes(), big.levels(), codes, levels, opt);
  }

  public static Fit negativeBinomial(Design d, CovarianceSpec se, CountOptions opt) {
    requireSupported(se);
    CountSample s = CountSample.prepare(d, "negbin");
    List<String> notes = new ArrayList<>(s.notes);
    int n = s.n();
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    if (d.intercept() || !s.absorb.isEmpty()) {
      double[] one = new double[n];
      java.util.Arrays.fill(one, 1.0);
      names.add("(Intercept)");
      cols.add(one);
    }
    for (int j = 0; j < d.k(); j++) {
      names.add(d.terms().get(j));
      cols.add(s.x[j]);
    }
    for (Factor f : s.absorb)
      for (int l = 1; l < f.levels(); l++) {
        double[] dum = new double[n];
        int[] c = f.codes();
        for (int i = 0; i < n; i++) if (c[i] == l) dum[i] = 1.0;
        names.add(f.name() + "::" + f.labels()[l]);
        cols.add(dum);
      }
    if (cols.isEmpty()) throw new CountModelException("negbin: the model has no regressors and no intercept");
    double[][] xAll = cols.toArray(new double[0][]);

    // Poisson start (also decides which columns are collinear, in column order as R's glm does)
    PoissonIrls.Result pois = PoissonIrls.fit(s.y, s.weights,
        new PooledWls(xAll, n), CountOptions.DEFAULT);
    int[] idx = keptIndex(pois.kept());
    Map<String, String> dropped = new LinkedHashMap<>();
    for (int j = 0; j < names.size(); j++)
      if (!pois.kept()[j]) dropped.put(names.get(j), "collinear with other regressors or dummies");
    int kk = idx.length;
    double[][] x = new double[kk][];
    double[] b0 = new double[kk];
    for (int a = 0; a < kk; a++) {
      x[a] = xAll[idx[a]];
      b0[a] = pois.beta()[idx[a]];
    }
    NegativeBinomial2.Result r = NegativeBinomial2.fit(s.y, s.weights, x, b0, momentAlpha(s.y, pois.mu()), opt);
    notes.addAll(r.notes());
    NegativeBinomial2.Result nul = nullModel(s.y, s.weights);

    CountCovariance.Result v = CountCovariance.compute(se, r.bread(), r.scores(), s.clusters, n);
    if (v.note() != null) notes.add(v.note());
    double[][] vb = new double[kk][kk];
    for (int a = 0; a < kk; a++) System.arraycopy(v.vcov()[a], 0, vb[a], 0, kk);
    double alpha = Math.exp(r.lnAlpha());
    double lnSe = Math.sqrt(v.vcov()[kk][kk]);
    double lr = 2 * (r.loglik() - pois.loglik());
    int params = kk + 1;
    Map<String, Double> stats = new LinkedHashMap<>();
    stats.put("alpha", alpha);
    stats.put("alpha_se", alpha * lnSe);
    stats.put("lnalpha", r.lnAlpha());
    stats.put("lnalpha_se", lnSe);
    stats.put("theta", 1.0 / alpha);
    stats.put("loglik", r.loglik());
    stats.put("loglik_null", nul.loglik());
    stats.put("pseudo_r2", 1.0 - r.loglik() / nul.loglik());
    stats.put("loglik_poisson", pois.loglik());
    stats.put("lr_alpha0", lr);
    stats.put("lr_alpha0_p", 0.5 * Erf.erfc(Math.sqrt(Math.max(lr, 0) / 2.0)));
    stats.put("iterations", (double) r.iterations());
    stats.put("converged", r.converged() ? 1.0 : 0.0);
    stats.put("dropped_groups", (double) s.droppedFirms);
    stats.put("dropped_obs", (double) s.droppedObs);
    stats.put("aic", -2 * r.loglik() + 2.0 * params);
    stats.put("bic", -2 * r.loglik() + Math.log(n) * params);
    if (v.clusters() > 0) stats.put("n_clusters", (double) v.clusters());
    if (!nul.converged()) notes.add("the constant-only NB2 model (for loglik_null) did not converge");
    List<String> terms = new ArrayList<>();
    for (int a : idx) terms.add(names.get(a));
    return new Fit("negbin", d.outcome(), List.copyOf(terms), r.beta(), vb, v.description(),
        Double.POSITIVE_INFINITY, n, s.nFirms, s.nYears, n - (double) params, Double.NaN, Double.NaN,
        stats, Map.of(), dropped, List.copyOf(notes), s.rows);
  }

  /** Constant-only NB2 on the estimation sample (the null model of Stata's nbreg pseudo R²). */
  private static NegativeBinomial2.Result nullModel(double[] y, double[] pw) {
    int n = y.length;
    double[] one = new double[n];
    java.util.Arrays.fill(one, 1.0);
    double sw = 0, swy = 0;
    for (int i = 0; i < n; i++) {
      double w = pw == null ? 1 : pw[i];
      sw += w;
      swy += w * y[i];
    }
    double mean = swy / sw;
    double[] mu = new double[n];
    java.util.Arrays.fill(mu, mean);
    return NegativeBinomial2.fit(y, pw, new double[][] {one}, new double[] {Math.log(mean)}, momentAlpha(y, mu),
        CountOptions.DEFAULT);
  }

  /** Start for α: Σ[(y−μ)² − y] / Σ μ² (Cameron &amp; Trivedi's auxiliary regression), kept in [0.01, 100]. */
  private static double momentAlpha(double[] y, double[] mu) {
    double num = 0, den = 0;
    for (int i = 0; i < y.length; i++) {
      double e = y[i] - mu[i];
      num += e * e - y[i];
      den += mu[i] * mu[i];
    }
    double a = num / den;
    return Double.isFinite(a) ? Math.min(Math.max(a, 0.01), 100) : 0.1;
  }

  private static void requireSupported(CovarianceSpec se) {
    switch (se.kind()) {
      case CLASSICAL: case HC0: case HC1: case CLUSTER: return;
      default:
        throw new CountModelException("standard errors `" + se + "` are not available for count models; use "
            + "classical, hc0, hc1 (robust) or cluster(var)");
    }
  }

  private static int[] keptIndex(boolean[] kept) {
    int m = 0;
    for (boolean k : kept) if (k) m++;
    int[] idx = new int[m];
    for (int j = 0, a = 0; j < kept.length; j++) if (kept[j]) idx[a++] = j;
    return idx;
  }
}
