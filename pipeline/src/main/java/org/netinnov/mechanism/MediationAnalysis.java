package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.netinnov.config.MediationSpec;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelFrame;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;
import org.netinnov.mechanism.MediationResult.BootstrapInterval;
import org.netinnov.mechanism.MediationResult.Effect;
import org.netinnov.mechanism.MediationResult.Kind;
import org.netinnov.mechanism.MediationResult.PathCoefficient;
import org.netinnov.mechanism.MediationResult.Test;

/**
 * The mediation test of the mechanism X (international entrepreneurship) → M_j (government, business,
 * technological networks) → Y (innovation), in the product-of-coefficients form for parallel mediators (Preacher &amp;
 * Hayes 2008, "Asymptotic and resampling strategies for assessing and comparing indirect effects in multiple mediator
 * models", Behavior Research Methods 40(3)) with panel fixed effects:
 *
 * <pre>
 *   a_j:     M_j,t = a_j X_t + W_t'γ + FE + e                          (one equation per mediator)
 *   b_j, c′: Y_t = Σ_j b_j M_j,t−L + c′ X_t−L + W_t'δ + FE + u
 *   c:       Y_t = c X_t−L + W_t'θ + FE + v
 *   indirect_j = a_j b_j,  total indirect = Σ_j a_j b_j,  share_j = a_j b_j / c
 * </pre>
 *
 * All paths use the same fixed effects and controls and ONE common sample (the rows complete for every path), so
 * that with L = 0 and linear paths c = c′ + Σ a_j b_j holds exactly. Each indirect effect gets the Sobel and Aroian
 * tests (covariance as configured) and a cluster-bootstrap interval (whole firms resampled; see
 * {@link ClusterBootstrap}); with a Poisson outcome the indirect effect is on the log scale and only the bootstrap
 * tests it.
 *
 * <p>Share mediated: reported as NaN with a note when the total effect c is not distinguishable from zero (its
 * confidence interval at {@code bootstrap.level} contains 0 — the ratio then has no stable meaning) or when c and
 * the indirect effect have opposite signs (inconsistent mediation: the "share" would be negative or above one for
 * reasons unrelated to mediation).
 */
public final class MediationAnalysis {
  private MediationAnalysis() {}

  /**
   * @param panel    the analysis panel (indices already built)
   * @param spec     the {@code mediation:} section
   * @param runSeed  the run's seed: the bootstrap seed unless {@code bootstrap.seed} is set
   * @param progress progress of the bootstrap ({@link ProgressListener#terminal()} in a run)
   * @return the result; a specification or data problem gives a result with {@link MediationResult#failure()}
   */
  public static MediationResult run(Panel panel, MediationSpec spec, long runSeed, ProgressListener progress) {
    String model = spec.outcomeModel() == null ? "linear" : spec.outcomeModel().toLowerCase(Locale.ROOT);
    if (!model.equals("linear") && !model.equals("poisson"))
      return failed(spec, "mediation.outcome_model must be linear or poisson, got `" + spec.outcomeModel() + "`");
    boolean poisson = model.equals("poisson");
    MediationPaths paths;
    CovarianceSpec se;
    try {
      paths = MediationPaths.of(spec);
      se = CovarianceSpec.parse(spec.se());
    } catch (RuntimeException e) {
      return failed(spec, e.getMessage());
    }
    double level = spec.bootstrap().level();
    if (!(level > 0 && level < 1)) return failed(spec, "mediation.bootstrap.level must be in (0, 1), got " + level);
    List<String> notes = new ArrayList<>();

    // the common sample: complete rows of the union of all path variables (and fixed effects and clusters)
    ModelFrame.Frame frame;
    try {
      frame = ModelFrame.build(panel, paths.common, paths.fixedEffects, se.clusters(), null, List.of(), null);
    } catch (RuntimeException e) {
      return failed(spec, e.getMessage());
    }
    int firmIdx = frame.fixedEffects().indexOf(panel.firmColumn());
    boolean firmEffect = firmIdx >= 0;
    if (poisson && firmEffect) {
      int zeroFirms = zeroOutcomeFirms(frame.design());
      if (zeroFirms > 0) {
        boolean[] keep = mask(panel, frame.design(), true);
        frame = ModelFrame.build(panel, paths.common, paths.fixedEffects, se.clusters(), null, List.of(), null, keep);
        notes.add(zeroFirms + " firm(s) whose outcome is zero in every year of the common sample were dropped from "
            + "every path (their Poisson firm effect is −∞ and they carry no information on b or c)");
      }
    }
    Design common = frame.design();
    if (common.n() == 0)
      return failed(spec, "no firm-year is complete for every mediation path (missing: "
          + String.join(", ", frame.missingBy().keySet()) + ")");
    int nYears = (int) Arrays.stream(common.year()).distinct().count();
    notes.add("Common sample: " + common.n() + " firm-years of " + common.nFirms() + " firms in " + nYears
        + " years, complete for every path" + (frame.droppedMissing() > 0 ? " (" + frame.droppedMissing()
        + " rows dropped for missing values: " + frame.missingBy() + ")" : ""));
    boolean[] mask = mask(panel, common, false);

    // the path regressions
    String linearEstimator = paths.fixedEffects.isEmpty() ? "pooled" : "within";
    List<ModelResult> aFits = new ArrayList<>();
    for (int j = 0; j < paths.mediators.size(); j++) {
      String m = paths.mediators.get(j);
      aFits.add(ModelStage.estimate("mediation.a." + m, pathSpec(paths.aFormulas.get(j), linearEstimator, spec.se(),
          "a: " + m), panel, mask));
    }
    String outcomeEstimator = poisson ? "poisson" : linearEstimator;
    ModelResult outFit = ModelStage.estimate("mediation.outcome", pathSpec(paths.outcomeFormula, outcomeEstimator,
        spec.se(), "b, c′: " + paths.y), panel, mask);
    ModelResult totFit = ModelStage.estimate("mediation.total", pathSpec(paths.totalFormula, outcomeEstimator,
        spec.se(), "c: " + paths.y), panel, mask);

    List<String> problems = new ArrayList<>();
    for (ModelResult r : aFits) if (r.failed()) problems.add("path " + r.label() + " failed: " + r.failure());
    if (outFit.failed()) problems.add("the outcome equation failed: " + outFit.failure());
    if (totFit.failed()) problems.add("the total-effect equation failed: " + totFit.failure());
    PathCoefficient[] a = new PathCoefficient[paths.mediators.size()];
    PathCoefficient[] b = new PathCoefficient[paths.mediators.size()];
    PathCoefficient direct = null, total = null;
    if (problems.isEmpty()) {
      for (int j = 0; j < a.length; j++) {
        a[j] = coefficient(aFits.get(j), paths.x, problems);
        b[j] = coefficient(outFit, paths.mediatorsLagged.get(j), problems);
      }
      direct = coefficient(outFit, paths.xLagged, problems);
      total = coefficient(totFit, paths.xLagged, problems);
    }
    if (!problems.isEmpty())
      return new MediationResult(paths.x, paths.mediators, paths.y, model, paths.lag, paths.feText, spec.se(),
          common.n(), common.nFirms(), nYears, aFits, outFit, totFit, List.of(), null, notes, String.join("; ", problems));
    for (ModelResult r : aFits) sampleCheck(r, common.n(), notes);
    sampleCheck(outFit, common.n(), notes);
    sampleCheck(totFit, common.n(), notes);

    // point estimates and analytic tests
    int nm = a.length;
    double[] ab = new double[nm];
    double sumAb = 0;
    for (int j = 0; j < nm; j++) {
      ab[j] = a[j].estimate() * b[j].estimate();
      sumAb += ab[j];
    }
    decompositionNote(paths, poisson, direct.estimate(), total.estimate(), sumAb, notes);

    // bootstrap
    MediationResult.Bootstrap boot = null;
    List<String> names = ReplicateEstimators.names(paths.mediators);
    int reps = spec.bootstrap().replications();
    if (reps > 0) {
      long seed = spec.bootstrap().seed() != null ? spec.bootstrap().seed() : runSeed;
      double[] full = new double[names.size()];
      double[] aEst = new double[nm], bEst = new double[nm];
      for (int j = 0; j < nm; j++) {
        aEst[j] = a[j].estimate();
        bEst[j] = b[j].estimate();
      }
      ReplicateEstimators.effects(aEst, bEst, direct.estimate(), total.estimate(), full);
      try {
        boot = bootstrap(common, frame, panel.firmColumn(), paths, poisson, reps, seed,
            spec.bootstrap().threads(), level, names, full, notes, progress);
      } catch (RuntimeException e) {
        notes.add("the bootstrap could not run: " + e.getMessage());
      }
    } else {
      notes.add("bootstrap.replications is 0: no bootstrap intervals; indirect effects are tested by Sobel only");
    }

    List<Effect> effects = new ArrayList<>();
    for (int j = 0; j < nm; j++) {
      Test sobel = poisson ? Sobel.notValidForNonlinear()
          : Sobel.sobel(a[j].estimate(), a[j].se(), b[j].estimate(), b[j].se());
      Test aroian = poisson ? Sobel.notValidForNonlinear()
          : Sobel.aroian(a[j].estimate(), a[j].se(), b[j].estimate(), b[j].se());
      String[] why = new String[1];
      double share = share(ab[j], total, 1 - level, why);
      effects.add(new Effect(names.get(j), Kind.INDIRECT, paths.mediators.get(j), ab[j], a[j], b[j], sobel, aroian,
          share, why[0], interval(boot, names.get(j), ab[j], level)));
    }
    String[] why = new String[1];
    double share = share(sumAb, total, 1 - level, why);
    effects.add(new Effect("total_indirect", Kind.TOTAL_INDIRECT, null, sumAb, null, null,
        Test.none("the total indirect effect is tested by the bootstrap only (a delta-method test would need the "
            + "cross-equation covariance of the a paths)"), null, share, why[0],
        interval(boot, "total_indirect", sumAb, level)));
    effects.add(new Effect("direct", Kind.DIRECT, null, direct.estimate(), null, null, coefficientTest(outFit, direct),
        null, Double.NaN, null, interval(boot, "direct", direct.estimate(), level)));
    effects.add(new Effect("total", Kind.TOTAL, null, total.estimate(), null, null, coefficientTest(totFit, total),
        null, Double.NaN, null, interval(boot, "total", total.estimate(), level)));
    if (poisson)
      notes.add("Outcome equations are Poisson with fixed effects: b, c′ and c are semi-elasticities (log points of "
          + "the expected outcome per unit), so a·b is an effect on the log scale; Sobel tests do not apply");
    return new MediationResult(paths.x, paths.mediators, paths.y, model, paths.lag, paths.feText, spec.se(),
        common.n(), common.nFirms(), nYears, aFits, outFit, totFit, effects, boot, notes, null);
  }

  private static MediationResult.Bootstrap bootstrap(Design common, ModelFrame.Frame frame, String firmName,
      MediationPaths paths, boolean poisson, int reps, long seed, int threads, double level, List<String> names,
      double[] full, List<String> notes, ProgressListener progress) {
    BootstrapSetup setup = new BootstrapSetup(common, frame.fixedEffects(), firmName, paths);
    Supplier<ClusterBootstrap.Replicate> est = null;
    String method = null;
    if (!poisson && setup.crossProducts != null) {
      est = setup.fast();
      method = "per-firm cross products (exact within re-estimation of every path)";
    } else if (poisson) {
      try {
        est = setup.poissonFast();
        method = "a paths from per-firm cross products; outcome equations by Newton on the conditional (firm-"
            + "concentrated) Poisson likelihood, firm weights = times drawn";
      } catch (IllegalArgumentException e) {
        notes.add("the fast Poisson bootstrap path does not apply (" + e.getMessage() + "); every replicate "
            + "re-estimates the Poisson equations on the firm copies");
      }
    }
    if (est == null) {
      est = setup.general(poisson);
      if (setup.crossProducts == null)
        method = "every path re-estimated on the firm copies (" + setup.noFastPath + ")";
      else
        method = "a paths from per-firm cross products, outcome equations re-estimated by Poisson on the firm copies";
    }

    // the re-estimation on the full sample must reproduce the fitted paths
    double[] check = new double[names.size()];
    int[] ones = new int[common.nFirms()];
    Arrays.fill(ones, 1);
    est.get().estimate(ones, check);
    double worst = 0;
    for (int e = 0; e < check.length; e++) {
      double d = Math.abs(check[e] - full[e]) / Math.max(1e-300, Math.max(Math.abs(full[e]), 1e-8));
      worst = Math.max(worst, Double.isNaN(d) ? Double.POSITIVE_INFINITY : d);
    }
    if (!(worst < 1e-6))
      throw new IllegalStateException("the bootstrap re-estimation does not reproduce the full-sample paths "
          + "(largest relative difference " + worst + ")");

    long t0 = System.nanoTime();
    double[][] out = ClusterBootstrap.run(common.nFirms(), reps, seed, threads, names.size(), est, progress);
    double secs = (System.nanoTime() - t0) / 1e9;
    int valid = 0;
    for (double[] row : out) {
      boolean ok = true;
      for (double v : row) ok &= Double.isFinite(v);
      if (ok) valid++;
    }
    int workers = ClusterBootstrap.workerCount(threads, reps);
    notes.add("Cluster bootstrap: " + reps + " replications (" + valid + " usable), each drawing "
        + common.nFirms() + " firms with replacement (whole firms, clusters = " + firmName + "); each drawn copy "
        + "of a firm has its own firm effect; seed " + seed + "; percentile and bias-corrected (BC) intervals at "
        + fmtLevel(level) + "; bootstrap p = 2·min(share of replicates ≤ 0, share ≥ 0)");
    return new MediationResult.Bootstrap(reps, valid, seed, level, method, workers, secs, names, out);
  }

  private static BootstrapInterval interval(MediationResult.Bootstrap boot, String name, double est, double level) {
    if (boot == null) return null;
    return BootstrapIntervals.of(boot.draws(name), est, level);
  }

  /**
   * Share mediated = indirect / c, or NaN (reason in {@code why[0]}) when c's confidence interval at 1 − alpha
   * contains 0 (its p-value, from the fit's own distribution, is at least alpha) or c and the indirect effect have
   * opposite signs.
   */
  static double share(double indirect, PathCoefficient total, double alpha, String[] why) {
    double c = total.estimate();
    if (!Double.isFinite(c) || !Double.isFinite(total.pValue())) {
      why[0] = "total effect not estimated";
      return Double.NaN;
    }
    if (total.pValue() >= alpha) {
      why[0] = String.format(Locale.ROOT, "the total effect c = %.4g is not distinguishable from zero (p = %.3f); "
          + "a share of it is meaningless", c, total.pValue());
      return Double.NaN;
    }
    if (indirect * c < 0) {
      why[0] = "the indirect and total effects have opposite signs (inconsistent mediation); a share is meaningless";
      return Double.NaN;
    }
    why[0] = null;
    return indirect / c;
  }

  private static Test coefficientTest(ModelResult r, PathCoefficient p) {
    Fit f = r.fit();
    String method = (f.zInference() ? "z" : "t") + " test of the coefficient (" + f.vcovType() + ")";
    return new Test(method, p.se(), p.estimate() / p.se(), p.pValue(), f.dfInference(), null);
  }

  private static PathCoefficient coefficient(ModelResult r, String term, List<String> problems) {
    Fit f = r.fit();
    int j = f.indexOf(term);
    if (j < 0) {
      String why = f.dropped().get(term);
      problems.add("`" + term + "` has no coefficient in " + r.label() + (why == null ? "" : " (" + why + ")"));
      return null;
    }
    double b = f.coef()[j], s = f.se(j);
    return new PathCoefficient(r.name(), term, b, s, Inference.pValue(b / s, f.dfInference()));
  }

  private static ModelSpec pathSpec(String formula, String estimator, String se, String label) {
    return new ModelSpec(formula, estimator, null, se, null, null, null, null, null, label, null, null, null, null,
        null);
  }

  private static void sampleCheck(ModelResult r, int n, List<String> notes) {
    if (r.fit().nobs() != n)
      notes.add(r.label() + " used " + r.fit().nobs() + " of the " + n + " common-sample rows (" + r.fit().notes() + ")");
  }

  private static void decompositionNote(MediationPaths paths, boolean poisson, double direct, double total,
      double sumAb, List<String> notes) {
    if (poisson) return;
    if (paths.lag == 0)
      notes.add(String.format(Locale.ROOT, "Decomposition c = c′ + Σ a·b: %.6g = %.6g + %.6g (difference %.2g)",
          total, direct, sumAb, total - direct - sumAb));
    else
      notes.add(String.format(Locale.ROOT, "With mediator_lag = %d the a paths relate M and X in the same year while "
          + "the outcome equations use l(·, %d), so c − c′ (%.6g) need not equal Σ a·b (%.6g)", paths.lag, paths.lag,
          total - direct, sumAb));
  }

  /** Panel-row mask of the design's rows; with {@code dropZeroFirms}, without firms whose outcome is all zero. */
  private static boolean[] mask(Panel panel, Design d, boolean dropZeroFirms) {
    boolean[] m = new boolean[panel.rows()];
    boolean[] positive = new boolean[d.nFirms()];
    for (int i = 0; i < d.n(); i++) if (d.y()[i] != 0) positive[d.firm()[i]] = true;
    for (int i = 0; i < d.n(); i++) if (!dropZeroFirms || positive[d.firm()[i]]) m[d.rows()[i]] = true;
    return m;
  }

  private static int zeroOutcomeFirms(Design d) {
    boolean[] positive = new boolean[d.nFirms()];
    for (int i = 0; i < d.n(); i++) if (d.y()[i] != 0) positive[d.firm()[i]] = true;
    int z = 0;
    for (boolean p : positive) if (!p) z++;
    return z;
  }

  private static String fmtLevel(double level) {
    double pct = level * 100;
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
  }

  private static MediationResult failed(MediationSpec spec, String why) {
    return new MediationResult(spec.treatment(), spec.mediators(), spec.outcome(), spec.outcomeModel(),
        spec.mediatorLag() == null ? 0 : spec.mediatorLag(), spec.fixedEffects() == null ? "" : spec.fixedEffects(),
        spec.se(), 0, 0, 0, List.of(), null, null, List.of(), null, List.of(), why);
  }
}
