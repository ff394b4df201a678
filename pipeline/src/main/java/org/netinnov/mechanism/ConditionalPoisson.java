package org.netinnov.mechanism;

import java.util.Arrays;
import org.netinnov.estimate.linalg.SequentialCholesky;

/**
 * Poisson regression with firm fixed effects for any multiset of whole firms, by Newton's method on the
 * likelihood with the firm effects concentrated out — the fast path of the bootstrap for a count outcome.
 *
 * <p>With α_g concentrated out (α̂_g = log Y_g − log Σ_{i∈g} exp(z_i'θ), Y_g = Σ_{i∈g} y_i) the Poisson
 * log-likelihood becomes, up to a constant, the conditional (multinomial) likelihood of Hausman, Hall &amp; Griliches
 * (1984, "Econometric models for count data with an application to the patents–R&amp;D relationship", Econometrica
 * 52(4)); its maximiser is the Poisson fixed-effects MLE:
 *
 * <pre>
 *   ℓ(θ) = Σ_g w_g [ Σ_i y_i z_i'θ − Y_g log Σ_i exp(z_i'θ) ],   p_gi = exp(z_i'θ) / Σ_j exp(z_j'θ)
 *   ∇ℓ  = Σ_g w_g [ Σ_i y_i z_i − Y_g z̄_g ],   z̄_g = Σ_i p_gi z_i
 *   −∇²ℓ = Σ_g w_g Y_g [ Σ_i p_gi z_i z_i' − z̄_g z̄_g' ]
 * </pre>
 *
 * z = (regressors, dummies of the other fixed effects without their first level). Because α̂_g does not depend on
 * how often firm g is drawn, w_g copies of a firm — each with its own firm effect — are the weight w_g here, exactly.
 * Firms whose outcome is zero throughout add nothing (their α̂ is −∞), as in every Poisson FE estimator.
 *
 * <p>Newton steps with step halving on ℓ, from the full-sample estimate; converged when every component of a full
 * Newton step just taken was below 1e-5·(1 + |θ_j|) (the remaining error is of the order of its square), or when
 * the next step would be below 1e-10·(1 + |θ_j|). Redundant dummies (a level absent from the sample) are skipped by an order-keeping
 * Cholesky. A replicate that does not converge (e.g. a year whose outcome is zero in every drawn firm: separation)
 * gives NaN.
 */
final class ConditionalPoisson {
  static final double STEP_TOL = 1e-10;
  /** A full Newton step below this (relative) ends the iteration after it is taken. */
  static final double FINAL_STEP = 1e-5;
  static final int MAX_ITERATIONS = 200;

  final int k;
  final int q;
  final int p;
  final int nFirms;
  private final int[] start;
  private final double[] x;
  private final double[] y;
  private final double[] yTotal;
  private final int[][] dummy;
  private final int maxRows;
  private final double[] theta0;

  /**
   * @param columns regressors, each of length n (rows sorted by firm)
   * @param y       the count outcome
   * @param firm    firm code per row (non-decreasing)
   * @param factors codes of the other absorbed factors
   * @param levels  their numbers of levels
   * @throws IllegalArgumentException when the full sample does not converge
   */
  ConditionalPoisson(double[][] columns, double[] y, int[] firm, int nFirms, int[][] factors, int[] levels) {
    int n = y.length;
    this.k = columns.length;
    this.nFirms = nFirms;
    this.y = y.clone();
    start = new int[nFirms + 1];
    for (int f : firm) start[f + 1]++;
    for (int g = 0; g < nFirms; g++) start[g + 1] += start[g];
    int mr = 0;
    for (int g = 0; g < nFirms; g++) mr = Math.max(mr, start[g + 1] - start[g]);
    maxRows = mr;
    x = new double[n * k];
    for (int i = 0; i < n; i++) for (int a = 0; a < k; a++) x[i * k + a] = columns[a][i];
    yTotal = new double[nFirms];
    for (int g = 0; g < nFirms; g++) for (int i = start[g]; i < start[g + 1]; i++) yTotal[g] += y[i];
    dummy = new int[factors.length][];
    int col = 0;
    for (int f = 0; f < factors.length; f++) {
      int[] d = new int[n];
      for (int i = 0; i < n; i++) d[i] = factors[f][i] == 0 ? -1 : col + factors[f][i] - 1;
      dummy[f] = d;
      col += levels[f] - 1;
    }
    q = col;
    p = k + q;
    if (q > FirmCrossProducts.MAX_DUMMIES)
      throw new IllegalArgumentException("the fast Poisson path handles at most " + FirmCrossProducts.MAX_DUMMIES
          + " dummy columns for fixed effects other than the firm; these have " + q);
    theta0 = new double[p];
    Workspace ws = new Workspace(this);
    int[] ones = new int[nFirms];
    Arrays.fill(ones, 1);
    if (!fit(ones, ws))
      throw new IllegalArgumentException("the conditional Poisson likelihood did not converge on the full sample");
    System.arraycopy(ws.theta, 0, theta0, 0, p);
  }

  /** Buffers of one thread. */
  static final class Workspace {
    final double[] theta, trial, grad, gradTrial, step, zbar, e;
    final double[][] h, hTrial, l;
    final double[] scale;
    final boolean[] kept;
    final boolean[] seen;
    final int[] touched;

    Workspace(ConditionalPoisson c) {
      int p = c.p;
      theta = new double[p];
      trial = new double[p];
      grad = new double[p];
      gradTrial = new double[p];
      step = new double[p];
      zbar = new double[p];
      e = new double[c.maxRows];
      h = new double[p][p];
      hTrial = new double[p][p];
      l = new double[p][p];
      scale = new double[p];
      kept = new boolean[p];
      touched = new int[Math.max(c.q, 1)];
      seen = new boolean[Math.max(c.q, 1)];
    }
  }

  /**
   * Maximises ℓ for the sample with firm weights {@code w}; the estimate is in {@code ws.theta} (regressors first).
   *
   * @return whether Newton's method converged
   */
  boolean fit(int[] w, Workspace ws) {
    System.arraycopy(theta0, 0, ws.theta, 0, p);
    double ll = evaluate(ws.theta, w, ws, ws.grad, ws.h);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      SequentialCholesky.factorInto(ws.h, p, FirmCrossProducts.TOL, ws.l, ws.scale, ws.kept);
      SequentialCholesky.solveInto(ws.l, ws.scale, ws.kept, p, ws.grad, ws.step);
      boolean small = true;
      for (int j = 0; j < p; j++) if (Math.abs(ws.step[j]) > STEP_TOL * (1 + Math.abs(ws.theta[j]))) small = false;
      if (small) return Double.isFinite(ll);
      double t = 1.0;
      boolean accepted = false;
      for (int half = 0; half < 40; half++) {
        for (int j = 0; j < p; j++) ws.trial[j] = ws.theta[j] + t * ws.step[j];
        double lt = evaluate(ws.trial, w, ws, ws.gradTrial, ws.hTrial);
        if (Double.isFinite(lt) && lt >= ll - 1e-13 * Math.abs(ll)) {
          ll = lt;
          System.arraycopy(ws.trial, 0, ws.theta, 0, p);
          System.arraycopy(ws.gradTrial, 0, ws.grad, 0, p);
          for (int j = 0; j < p; j++) System.arraycopy(ws.hTrial[j], 0, ws.h[j], 0, p);
          accepted = true;
          break;
        }
        t *= 0.5;
      }
      if (!accepted) return false;
      // a full Newton step this small leaves an error of order step² (quadratic convergence): done
      if (t == 1.0) {
        boolean tiny = true;
        for (int j = 0; j < p; j++) if (Math.abs(ws.step[j]) > FINAL_STEP * (1 + Math.abs(ws.theta[j]))) tiny = false;
        if (tiny) return true;
      }
    }
    return false;
  }

  /** ℓ(θ); gradient and negative Hessian (lower triangle, then mirrored) into {@code grad}, {@code h}. */
  private double evaluate(double[] theta, int[] w, Workspace ws, double[] grad, double[][] h) {
    Arrays.fill(grad, 0.0);
    for (double[] row : h) Arrays.fill(row, 0.0);
    double ll = 0;
    double[] e = ws.e, zbar = ws.zbar;
    int[] touched = ws.touched;
    boolean[] seen = ws.seen;
    int nf = dummy.length;
    for (int g = 0; g < nFirms; g++) {
      int wg = w[g];
      double yg = yTotal[g];
      if (wg == 0 || yg == 0) continue;
      int from = start[g], to = start[g + 1];
      double mx = Double.NEGATIVE_INFINITY, ys = 0;
      for (int i = from; i < to; i++) {
        double s = 0;
        int r = i * k;
        for (int a = 0; a < k; a++) s += x[r + a] * theta[a];
        for (int f = 0; f < nf; f++) {
          int c = dummy[f][i];
          if (c >= 0) s += theta[k + c];
        }
        e[i - from] = s;
        ys += y[i] * s;
        if (s > mx) mx = s;
      }
      double sum = 0;
      for (int i = from; i < to; i++) {
        double v = Math.exp(e[i - from] - mx);
        e[i - from] = v;
        sum += v;
      }
      ll += wg * (ys - yg * (mx + Math.log(sum)));
      // derivatives: weights c·e_i = w_g Y_g p_gi
      double c = wg * yg / sum;
      double wy = wg * yg;
      int nt = 0;
      for (int a = 0; a < k; a++) zbar[a] = 0;
      for (int i = from; i < to; i++) {
        double ei = e[i - from], pe = ei / sum, ce = c * ei, yi = wg * y[i];
        int r = i * k;
        for (int a = 0; a < k; a++) {
          double xa = x[r + a];
          zbar[a] += pe * xa;
          grad[a] += yi * xa;
          double cx = ce * xa;
          double[] ha = h[a];
          for (int b = 0; b <= a; b++) ha[b] += cx * x[r + b];
        }
        for (int f = 0; f < nf; f++) {
          int col = dummy[f][i];
          if (col < 0) continue;
          int j = k + col;
          if (!seen[col]) {
            seen[col] = true;
            touched[nt++] = col;
          }
          zbar[j] += pe;
          grad[j] += yi;
          double[] hj = h[j];
          hj[j] += ce;
          for (int a = 0; a < k; a++) hj[a] += ce * x[r + a];
          for (int f2 = 0; f2 < f; f2++) {
            int col2 = dummy[f2][i];
            if (col2 < 0) continue;
            int j2 = k + col2;
            if (j > j2) hj[j2] += ce;
            else h[j2][j] += ce;
          }
        }
      }
      // − w_g Y_g z̄ z̄' and − w_g Y_g z̄ in the gradient
      for (int a = 0; a < k; a++) {
        double za = zbar[a];
        grad[a] -= wy * za;
        double[] ha = h[a];
        for (int b = 0; b <= a; b++) ha[b] -= wy * za * zbar[b];
      }
      for (int t = 0; t < nt; t++) {
        int j = k + touched[t];
        double zj = zbar[j];
        grad[j] -= wy * zj;
        double[] hj = h[j];
        for (int a = 0; a < k; a++) hj[a] -= wy * zj * zbar[a];
        for (int u = 0; u < nt; u++) {
          int j2 = k + touched[u];
          if (j2 <= j) hj[j2] -= wy * zj * zbar[j2];
        }
      }
      for (int t = 0; t < nt; t++) {
        zbar[k + touched[t]] = 0;
        seen[touched[t]] = false;
      }
    }
    for (int a = 0; a < p; a++) for (int b = 0; b < a; b++) h[b][a] = h[a][b];
    return ll;
  }
}
