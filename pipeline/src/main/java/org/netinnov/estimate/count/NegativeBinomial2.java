package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Negative binomial regression, NB2 (Var y = μ + αμ², μ = exp(x'β)), by Newton's method on the exact log-likelihood
 * in (β, ln α) with the analytic gradient and Hessian (Cameron &amp; Trivedi 2013, Regression Analysis of Count
 * Data, 2nd ed., §3.3; Stata {@code nbreg} also maximizes over ln α). For θ = 1/α and integer y
 * <pre>
 *   ℓ_i = Σ_{j&lt;y} log(1 + αj) − log y! − (1/α + y) log(1 + αμ) + y η
 *   ∂ℓ/∂η = (y − μ)/(1 + αμ),     ∂²ℓ/∂η² = −μ(1 + αy)/(1 + αμ)²,     ∂²ℓ/∂η∂α = −μ(y − μ)/(1 + αμ)²
 *   ∂ℓ/∂α = Σ_{j&lt;y} j/(1 + αj) + log(1 + αμ)/α² − (1 + αy)μ/(α(1 + αμ))
 *   ∂²ℓ/∂α² = −Σ_{j&lt;y} j²/(1 + αj)² + μ/(α²(1 + αμ)) − 2 log(1 + αμ)/α³ + μ(1 + 2αμ + α²yμ)/(α²(1 + αμ)²)
 * </pre>
 * (the finite sums replace lgamma/digamma differences, which lose precision when α is small; they depend on y and α
 * only, so each Newton step computes them once per distinct count by prefix sums). ln α: g_λ = α g_α,
 * H_λλ = α² H_αα + α g_α, H_βλ = α H_βα. Steps are halved while the log-likelihood falls; a Hessian that is not
 * negative definite is shifted (Levenberg) until it is.
 */
final class NegativeBinomial2 {
  /** Counts above this use lgamma/digamma/trigamma instead of the finite sums. */
  private static final int PREFIX_LIMIT = 1_000_000;

  private NegativeBinomial2() {}

  /**
   * @param beta     estimates for the columns of x
   * @param bread    (−H)⁻¹ over (β, ln α), (p+1)×(p+1)
   * @param scores   per-observation scores over (β, ln α), [p+1][n] (prior weights included)
   */
  record Result(double[] beta, double lnAlpha, double[][] bread, double[][] scores, double loglik, int iterations,
                boolean converged, List<String> notes) {}

  static Result fit(double[] y, double[] pw, double[][] x, double[] betaStart, double alphaStart, CountOptions opt) {
    int p = x.length, n = y.length;
    double[] th = new double[p + 1];
    System.arraycopy(betaStart, 0, th, 0, p);
    th[p] = Math.log(alphaStart);
    Evaluation ev = new Evaluation(y, pw, x);
    ev.at(th, true);
    List<String> notes = new ArrayList<>();
    boolean converged = false;
    int iter = 0;
    while (iter < opt.maxIterations()) {
      iter++;
      double[] delta = newtonStep(ev.grad, ev.hess);
      double decrement = 0;
      for (int a = 0; a <= p; a++) decrement += ev.grad[a] * delta[a];
      double llOld = ev.loglik;
      double[] trial = new double[p + 1];
      double step = 1;
      boolean improved = false;
      for (int h = 0; h < 40; h++) {
        for (int a = 0; a <= p; a++) trial[a] = th[a] + step * delta[a];
        ev.at(trial, false);
        if (ev.loglik >= llOld - 1e-12 * (Math.abs(llOld) + 0.1)) {
          improved = true;
          break;
        }
        step *= 0.5;
      }
      if (!improved) {
        ev.at(th, true);
        notes.add("NB2 Newton iterations stalled at iteration " + iter + " (no step increases the log-likelihood)");
        break;
      }
      th = trial;
      ev.at(th, true);
      if (th[p] < -20) {
        notes.add("alpha tends to 0 (ln alpha = " + th[p] + "): no overdispersion, NB2 collapses to Poisson; the "
            + "maximum is on the boundary, so the estimates are not those of an interior optimum");
        break;
      }
      if (0.5 * Math.abs(decrement) < opt.tolerance() * (Math.abs(llOld) + 0.1)
          && Math.abs(ev.loglik - llOld) < opt.tolerance() * (Math.abs(ev.loglik) + 0.1)) {
        converged = true;
        break;
      }
    }
    if (!converged && notes.isEmpty())
      notes.add("NB2 did not converge in " + iter + " Newton iterations (tolerance " + opt.tolerance()
          + " on the relative log-likelihood change); estimates are those of the last iteration");
    double[][] negH = new double[p + 1][p + 1];
    for (int a = 0; a <= p; a++)
      for (int b = 0; b <= p; b++) negH[a][b] = -ev.hess[a][b];
    double[] ref = new double[p + 1];
    for (int a = 0; a <= p; a++) ref[a] = Math.abs(negH[a][a]);
    CholeskyWithDropping ch = CholeskyWithDropping.decide(negH, p + 1, ref, 1e-14);
    if (ch.rank() < p + 1)
      throw new CountModelException("NB2: the Hessian at the estimates is singular (collinear regressors or alpha "
          + "on the boundary)");
    double[][] bread = ch.inverse();
    double[][] scores = ev.scores(th);
    double[] beta = new double[p];
    System.arraycopy(th, 0, beta, 0, p);
    return new Result(beta, th[p], bread, scores, ev.loglik, iter, converged, notes);
  }

  /** δ = (−H)⁻¹ g, shifting −H by τ·I until it is positive definite. */
  private static double[] newtonStep(double[] g, double[][] h) {
    int m = g.length;
    double[][] a = new double[m][m];
    double scale = 0;
    for (int i = 0; i < m; i++) scale = Math.max(scale, Math.abs(h[i][i]));
    double tau = 0;
    for (int attempt = 0; attempt < 60; attempt++) {
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) a[i][j] = -h[i][j];
        a[i][i] += tau;
      }
      boolean[] all = new boolean[m];
      java.util.Arrays.fill(all, true);
      CholeskyWithDropping ch = CholeskyWithDropping.withKept(a, m, all);
      if (ch != null) {
        double[] d = g.clone();
        ch.solveInPlace(d);
        return d;
      }
      tau = tau == 0 ? 1e-8 * Math.max(scale, 1e-300) : tau * 10;
    }
    throw new CountModelException("NB2: the Hessian could not be made negative definite");
  }

  /** Log-likelihood, gradient and Hessian at a parameter vector (β, ln α). */
  private static final class Evaluation {
    final double[] y, pw;
    final double[][] x;
    final int n, p;
    final double[] grad;
    final double[][] hess;
    double loglik;
    final int limit;
    double[] s1, s2, s3;   // prefix sums over j < y of log1p(αj), j/(1+αj), j²/(1+αj)²
    final double logFact;

    Evaluation(double[] y, double[] pw, double[][] x) {
      this.y = y;
      this.pw = pw;
      this.x = x;
      this.n = y.length;
      this.p = x.length;
      this.grad = new double[p + 1];
      this.hess = new double[p + 1][p + 1];
      double ymax = 0, lf = 0;
      for (int i = 0; i < n; i++) {
        ymax = Math.max(ymax, y[i]);
        lf += w(i) * LogFactorial.of(y[i]);
      }
      this.logFact = lf;
      this.limit = (int) Math.min(ymax, PREFIX_LIMIT);
      s1 = new double[limit + 1];
      s2 = new double[limit + 1];
      s3 = new double[limit + 1];
    }

    double w(int i) { return pw == null ? 1.0 : pw[i]; }

    void prefix(double alpha) {
      for (int j = 0; j < limit; j++) {
        double d = 1.0 + alpha * j;
        double r = j / d;
        s1[j + 1] = s1[j] + Math.log1p(alpha * j);
        s2[j + 1] = s2[j] + r;
        s3[j + 1] = s3[j] + r * r;
      }
    }

    /** The three y-dependent sums for one count (finite sums below the limit, special functions above). */
    void countTerms(double yi, double alpha, double[] out) {
      if (yi <= limit) {
        int k = (int) yi;
        out[0] = s1[k];
        out[1] = s2[k];
        out[2] = s3[k];
        return;
      }
      double theta = 1.0 / alpha;
      double dpsi = Gamma.digamma(yi + theta) - Gamma.digamma(theta);
      out[0] = Gamma.logGamma(yi + theta) - Gamma.logGamma(theta) + yi * Math.log(alpha);
      out[1] = yi / alpha - dpsi / (alpha * alpha);
      out[2] = (yi - 2 * theta * dpsi + theta * theta * (Gamma.trigamma(theta) - Gamma.trigamma(yi + theta)))
          / (alpha * alpha);
    }

    void at(double[] th, boolean derivatives) {
      double alpha = Math.exp(th[p]);
      prefix(alpha);
      double ll = 0, ga = 0, haa = 0;
      double[] t3 = new double[3];
      if (derivatives) {
        java.util.Arrays.fill(grad, 0);
        for (double[] r : hess) java.util.Arrays.fill(r, 0);
      }
      double[] hba = new double[p];
      for (int i = 0; i < n; i++) {
        double eta = 0;
        for (int j = 0; j < p; j++) eta += x[j][i] * th[j];
        double mu = Math.exp(eta), yi = y[i], wi = w(i);
        double t = alpha * mu, inv = 1.0 / (1.0 + t), l1p = Math.log1p(t);
        countTerms(yi, alpha, t3);
        ll += wi * (t3[0] - (1.0 / alpha + yi) * l1p + yi * eta);
        if (!derivatives) continue;
        double gEta = (yi - mu) * inv;
        double hEta = -mu * (1.0 + alpha * yi) * inv * inv;
        double hEtaA = -(yi - mu) * mu * inv * inv;
        double gA = t3[1] + l1p / (alpha * alpha) - (1.0 + alpha * yi) * mu * inv / alpha;
        double hAA = -t3[2] + mu * inv / (alpha * alpha) - 2.0 * l1p / (alpha * alpha * alpha)
            + mu * (1.0 + 2.0 * t + t * alpha * yi) * inv * inv / (alpha * alpha);
        ga += wi * gA;
        haa += wi * hAA;
        for (int j = 0; j < p; j++) {
          double xj = x[j][i];
          grad[j] += wi * gEta * xj;
          hba[j] += wi * hEtaA * xj;
          double wh = wi * hEta * xj;
          double[] hj = hess[j];
          for (int m = j; m < p; m++) hj[m] += wh * x[m][i];
        }
      }
      loglik = ll - logFact;
      if (!derivatives) return;
      grad[p] = alpha * ga;
      hess[p][p] = alpha * alpha * haa + alpha * ga;
      for (int j = 0; j < p; j++) {
        hess[j][p] = alpha * hba[j];
        hess[p][j] = hess[j][p];
        for (int m = 0; m < j; m++) hess[j][m] = hess[m][j];
      }
    }

    /** Per-observation scores over (β, ln α), prior weights included. */
    double[][] scores(double[] th) {
      double alpha = Math.exp(th[p]);
      prefix(alpha);
      double[][] s = new double[p + 1][n];
      double[] t3 = new double[3];
      for (int i = 0; i < n; i++) {
        double eta = 0;
        for (int j = 0; j < p; j++) eta += x[j][i] * th[j];
        double mu = Math.exp(eta), yi = y[i], wi = w(i);
        double t = alpha * mu, inv = 1.0 / (1.0 + t);
        countTerms(yi, alpha, t3);
        double gEta = wi * (yi - mu) * inv;
        for (int j = 0; j < p; j++) s[j][i] = gEta * x[j][i];
        s[p][i] = wi * alpha * (t3[1] + Math.log1p(t) / (alpha * alpha) - (1.0 + alpha * yi) * mu * inv / alpha);
      }
      return s;
    }
  }
}
