package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.List;

/**
 * Poisson maximum likelihood by iteratively reweighted least squares with the fixed effects absorbed in every
 * weighted least-squares step (the approach of fixest {@code fepois} and Stata {@code ppmlhdfe}: Correia,
 * Guimarães &amp; Zylkin 2020, "Fast Poisson estimation with high-dimensional fixed effects", Stata Journal 20(1)).
 *
 * <pre>
 *   w_i = π_i μ_i,   z_i = η_i + (y_i − μ_i)/μ_i,   η ← fitted value of the absorbed WLS of z on X,   μ = exp(η)
 * </pre>
 * (π = prior weights). Start μ = (y + ȳ)/2 as fixest does; stop when |dev − dev_old| / (0.1 + |dev|) &lt; tol
 * (R {@code glm.fit}'s rule); halve the step while the deviance rises or overflows. The deviance is
 * 2 Σ π [y log(y/μ) − (y − μ)] computed without a log per iteration (the Σ π y log y part is a constant).
 * After convergence one more weighted step at the final μ gives (X̌'WX̌)⁻¹ and X̌ exactly at the reported
 * estimates (its own update of β is not used).
 */
final class PoissonIrls {
  /**
   * Zero-outcome rows fitted below this mean are reported as possibly separated: with separation the MLE does not
   * exist, IRLS pushes their linear predictor down by about one unit per iteration and stops (deviance converged)
   * with μ around 1e-9..1e-11, far below anything a finite fit of count data produces.
   */
  static final double SEPARATION_MU = 1e-8;

  private PoissonIrls() {}

  static String separationNote(int rows) {
    return rows + " observation(s) with zero outcome have a fitted mean below " + SEPARATION_MU + ": likely "
        + "separation (Santos Silva & Tenreyro 2010; Correia, Guimarães & Zylkin 2019, arXiv:1903.01633). The "
        + "maximum likelihood estimate does not exist; the coefficient(s) or effect(s) that separate these rows "
        + "diverge (huge estimate and standard error) and should be dropped or the rows removed";
  }

  /**
   * @param beta      estimates (0 where a column was dropped)
   * @param kept      estimated columns
   * @param bread     (X̌'WX̌)⁻¹ at the final μ: the classical covariance (inverse Fisher information)
   * @param partialled X̌ at the final μ, [K][n]
   * @param mu        fitted means
   * @param separationSuspects zero-outcome rows whose fitted mean is below {@link #SEPARATION_MU}
   */
  record Result(double[] beta, boolean[] kept, double[][] bread, double[][] partialled, double[] mu,
                int iterations, boolean converged, double deviance, double loglik, double loglikNull,
                int absorbedParameters, List<String> notes, int separationSuspects) {}

  static Result fit(double[] y, double[] priorWeights, AbsorbedWls wls, CountOptions opt) {
    int n = y.length;
    double sw = 0, swy = 0, yLogY = 0, logFact = 0;
    for (int i = 0; i < n; i++) {
      double pi = priorWeights == null ? 1.0 : priorWeights[i];
      sw += pi;
      swy += pi * y[i];
      if (y[i] > 0) yLogY += pi * y[i] * Math.log(y[i]);
      logFact += pi * LogFactorial.of(y[i]);
    }
    double ybar = swy / sw;
    double[] eta = new double[n], mu = new double[n], etaNew = new double[n], muNew = new double[n];
    double[] w = new double[n], z = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = 0.5 * (y[i] + ybar);
      eta[i] = Math.log(mu[i]);
    }
    double dev = deviance(y, priorWeights, eta, mu, yLogY);
    List<String> notes = new ArrayList<>();
    double[] beta = new double[wls.k()];
    boolean converged = false;
    int iter = 0;
    while (iter < opt.maxIterations()) {
      iter++;
      working(y, priorWeights, eta, mu, w, z);
      wls.solve(w, z, etaNew);
      double[] betaNew = wls.beta();
      double devNew = expDeviance(y, priorWeights, etaNew, muNew, yLogY);
      int halvings = 0;
      while (!(devNew <= dev + 1e-12 * (Math.abs(dev) + 0.1)) && halvings < 40 && iter > 1) {
        // step halving: the linear predictor and the coefficients move back together
        for (int i = 0; i < n; i++) etaNew[i] = 0.5 * (eta[i] + etaNew[i]);
        for (int j = 0; j < betaNew.length; j++) betaNew[j] = 0.5 * (beta[j] + betaNew[j]);
        devNew = expDeviance(y, priorWeights, etaNew, muNew, yLogY);
        halvings++;
      }
      if (!Double.isFinite(devNew)) {
        notes.add("IRLS stopped at iteration " + iter + ": the deviance is not finite even after step halving");
        break;
      }
      double crit = Math.abs(devNew - dev) / (0.1 + Math.abs(devNew));
      double[] t = eta; eta = etaNew; etaNew = t;
      t = mu; mu = muNew; muNew = t;
      beta = betaNew;
      dev = devNew;
      if (crit < opt.tolerance()) {
        converged = true;
        break;
      }
    }
    if (!converged && notes.isEmpty())
      notes.add("IRLS did not converge in " + iter + " iterations (tolerance " + opt.tolerance()
          + " on the relative deviance change); estimates are those of the last iteration");
    // the covariance is evaluated at the reported estimates
    working(y, priorWeights, eta, mu, w, z);
    wls.solve(w, z, null);
    double[][] bread = wls.inverseCrossProduct();
    double[][] partialled = wls.partialledColumns();
    double loglik = 0;
    int tiny = 0;
    for (int i = 0; i < n; i++) {
      double pi = priorWeights == null ? 1.0 : priorWeights[i];
      loglik += pi * (y[i] * eta[i] - mu[i]);
      if (y[i] == 0 && mu[i] < SEPARATION_MU) tiny++;
    }
    loglik -= logFact;
    double loglikNull = (ybar > 0 ? swy * Math.log(ybar) : 0) - sw * ybar - logFact;
    if (tiny > 0)
      notes.add(PoissonIrls.separationNote(tiny));
    notes.addAll(wls.notes());
    return new Result(beta, wls.kept(), bread, partialled, mu, iter, converged, dev, loglik, loglikNull,
        wls.absorbedParameters(), notes, tiny);
  }

  private static void working(double[] y, double[] pw, double[] eta, double[] mu, double[] w, double[] z) {
    for (int i = 0; i < y.length; i++) {
      double m = mu[i];
      w[i] = pw == null ? m : pw[i] * m;
      z[i] = eta[i] + (y[i] - m) / m;
    }
  }

  /** Sets mu = exp(eta) and returns the deviance. */
  private static double expDeviance(double[] y, double[] pw, double[] eta, double[] mu, double yLogY) {
    for (int i = 0; i < y.length; i++) mu[i] = Math.exp(eta[i]);
    return deviance(y, pw, eta, mu, yLogY);
  }

  /** 2 Σ π [y log y − y η − (y − μ)]. */
  private static double deviance(double[] y, double[] pw, double[] eta, double[] mu, double yLogY) {
    double s = 0;
    if (pw == null) for (int i = 0; i < y.length; i++) s += y[i] * eta[i] + y[i] - mu[i];
    else for (int i = 0; i < y.length; i++) s += pw[i] * (y[i] * eta[i] + y[i] - mu[i]);
    return 2.0 * (yLogY - s);
  }
}
