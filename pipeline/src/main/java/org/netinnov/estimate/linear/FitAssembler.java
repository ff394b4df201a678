package org.netinnov.estimate.linear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.cov.ClusterRobustCovariance;
import org.netinnov.estimate.cov.CovarianceEstimators;
import org.netinnov.estimate.cov.CovarianceInput;
import org.netinnov.estimate.cov.CovarianceResult;
import org.netinnov.estimate.linalg.CrossProducts;
import org.netinnov.estimate.linalg.SequentialCholesky;

/**
 * Turns a {@link TransformedRegression} into a {@link Fit}: drops collinear regressors, solves OLS, computes the
 * covariance and the fit statistics.
 *
 * <p>Collinearity: a regressor whose sum of squares the transformation reduced to at most 1e-10 of its centred
 * sum of squares is "collinear with the fixed effects" (or removed by differencing); then an order-keeping
 * Cholesky of the equilibrated X'X drops every regressor whose squared residual on the regressors kept before it
 * is at most {@link SequentialCholesky#DEFAULT_TOL} = 1e-10 of its own sum of squares, naming those regressors.
 */
final class FitAssembler {
  private FitAssembler() {}

  /** What the cross products decide: the kept candidate columns, estimates, (X'X)⁻¹ and the residual df. */
  record Solution(int[] kept, double[] beta, double[][] bread, List<String> terms, Map<String, String> dropped,
                  double dfResidual) {
    int k() { return kept.length; }

    /** Coefficients on the design's own regressors {@code d.x()} (0 for dropped ones), intercept left out. */
    double[] slopesByDesignColumn(TransformedRegression t, int designColumns) {
      double[] b = new double[designColumns];
      for (int r = 0; r < kept.length; r++)
        if (kept[r] != t.interceptIndex) b[kept[r] - (t.interceptIndex >= 0 ? 1 : 0)] = beta[r];
      return b;
    }
  }

  /**
   * What the residuals give: RSS, the centred moments {@code {Σ(y−ȳ)², Σ(f−f̄)², Σ(y−ȳ)(f−f̄)}} of the transformed
   * outcome and fitted values (weighted, unweighted values), Stata's within/between/overall R² (null when not
   * reported) and {@code ½ Σ log w_i} for the weighted log-likelihood (0 unweighted).
   */
  record ResidualSummary(double rss, double[] moments, double[] panelR2, double halfLogWeights) {}

  static LinearFitDetail assemble(TransformedRegression t, Design d, LinearSpec spec) {
    int n = t.n();
    Solution sol = solve(t, d);
    int k = sol.k();
    double[] beta = sol.beta();
    double[][] xk = new double[k][];
    for (int r = 0; r < k; r++) xk[r] = t.x[sol.kept()[r]];
    // one-way clustering: the cluster scores in the residual pass, while the rows are in cache
    boolean clusterScores = spec.se().kind() == CovarianceSpec.Kind.CLUSTER && t.clusters.size() == 1
        && t.clusters.get(0).length == n;
    // unweighted: the centred moments of y and the fitted values for R² in the same pass, about the first row
    boolean moments = t.sqrtW == null && n > 0;
    ResidualPass pass = ResidualPass.run(t.y, xk, beta, clusterScores ? t.clusters.get(0) : null,
        clusterScores ? t.clusterLevels.get(0) : 0, moments);
    double[] fitted = pass.fitted, resid = pass.resid;
    double rss = pass.rss;

    int[] period = null;
    int periods = 0;
    if (t.timeDimension) {
      int y0 = Integer.MAX_VALUE, y1 = Integer.MIN_VALUE;
      for (int y : t.year) {
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
      period = new int[n];
      for (int i = 0; i < n; i++) period[i] = t.year[i] - y0;
      periods = n == 0 ? 0 : y1 - y0 + 1;
    }
    var cin = new CovarianceInput(xk, resid, sol.bread(), sol.dfResidual(), k, t.nHc1, t.clusters, t.clusterLevels,
        t.clusterNames, period, periods, t.maxTi);
    CovarianceResult cov = clusterScores
        ? ClusterRobustCovariance.oneWayFromScores(cin, pass.scores, spec.se().ssc())
        : CovarianceEstimators.compute(cin, spec.se());

    // R² of the transformed regression (plm: squared correlation of transformed outcome and fitted values)
    double[] mom;
    double halfLogW = 0;
    if (moments) {
      mom = centred(n, pass.sy, pass.sf, pass.syy, pass.sff, pass.syf);
    } else {
      double[] yu = t.y, fu = fitted, w = null;
      if (t.sqrtW != null) {
        w = new double[n];
        yu = new double[n];
        fu = new double[n];
        for (int i = 0; i < n; i++) {
          double s = t.sqrtW[i];
          w[i] = s * s;
          yu[i] = t.y[i] / s;
          fu[i] = fitted[i] / s;
        }
        for (double wi : w) halfLogW += 0.5 * Math.log(wi);
      }
      mom = PanelRSquared.centredMoments(yu, fu, w);
    }
    double[] r3 = null;
    if (t.estimator.equals("within") || t.estimator.equals("random")) {
      int[] start = t.firmStart != null ? t.firmStart : Transforms.runStarts(d.firm());
      double[] b = sol.slopesByDesignColumn(t, d.k());
      r3 = t.firmDemeanedCross != null && t.firmMeans != null
          ? PanelRSquared.fromGroupMoments(t.firmDemeanedCross, t.firmMeans, start, b)
          : PanelRSquared.ofLinear(d.y(), d.x(), b, start);
    }
    Fit fit = finish(t, d, sol, new ResidualSummary(rss, mom, r3, halfLogW), cov);
    return new LinearFitDetail(fit, t.y, xk, fitted, resid, sol.bread(), t.firm, t.year, t.sampleRow, t.theta);
  }

  /** Centred moments from sums about a shift: {@code Σa² − (Σa)²/n} etc. */
  static double[] centred(int n, double sy, double sf, double syy, double sff, double syf) {
    return new double[] {Math.max(0.0, syy - sy * sy / n), Math.max(0.0, sff - sf * sf / n), syf - sy * sf / n};
  }

  /**
   * Drops regressors collinear with the effects or with earlier regressors and solves the normal equations, from
   * {@code t.crossProducts} when the transformation formed them, else from the stored columns.
   */
  static Solution solve(TransformedRegression t, Design d) {
    int p = t.names.size();
    int n = t.n();
    double[][] c = t.crossProducts;
    if (c == null) {
      double[][] all = new double[p + 1][];
      System.arraycopy(t.x, 0, all, 0, p);
      all[p] = t.y;
      c = CrossProducts.of(all);
    }
    // non-finite input spreads into the cross products: only then scan the design to say where it is
    for (double[] row : c) for (double v : row) if (!Double.isFinite(v)) {
      Transforms.requireFinite(d);
      throw new EstimationException("the transformed data are not finite (overflow?)");
    }

    Map<String, String> dropped = new LinkedHashMap<>();
    double[][] cx = new double[p][p];
    for (int a = 0; a < p; a++) System.arraycopy(c[a], 0, cx[a], 0, p);
    boolean[] out = new boolean[p];
    for (int j = 0; j < p; j++) {
      double before = t.ssBefore[j];
      if (!Double.isNaN(before) && (before == 0 || cx[j][j] <= SequentialCholesky.DEFAULT_TOL * before)) {
        dropped.put(t.names.get(j), t.absorbedReason);
        out[j] = true;
      } else if (!(cx[j][j] > 0)) {
        dropped.put(t.names.get(j), "no variation (all values zero)");
        out[j] = true;
      }
      if (out[j]) for (int b = 0; b < p; b++) {
        cx[j][b] = 0;
        cx[b][j] = 0;
      }
    }
    SequentialCholesky ch = SequentialCholesky.of(cx, SequentialCholesky.DEFAULT_TOL);
    for (int j = 0; j < p; j++) {
      if (out[j] || ch.kept(j)) continue;
      double[] dep = ch.dependence(cx, j);
      List<String> with = new ArrayList<>();
      for (int q = 0; q < j; q++) if (ch.kept(q) && Math.abs(dep[q]) > 1e-7) with.add(t.names.get(q));
      dropped.put(t.names.get(j), with.isEmpty() ? "collinear with the regressors before it"
          : "collinear with " + String.join(", ", with));
    }
    int[] kept = ch.keptIndices();
    int k = kept.length;
    int slopesKept = 0;
    for (int j : kept) if (j != t.interceptIndex) slopesKept++;
    if (k == 0 || (slopesKept == 0 && d.k() > 0))
      throw new EstimationException("all regressors were dropped: " + describe(dropped));
    double dfResidual = (double) n - t.absorbed - k;
    if (dfResidual <= 0)
      throw new EstimationException("not enough observations: N = " + n + " with " + k + " coefficients"
          + (t.absorbed > 0 ? " and " + t.absorbed + " absorbed fixed effects" : "") + " leaves no residual degrees of "
          + "freedom");

    double[] xty = new double[p];
    for (int j = 0; j < p; j++) xty[j] = c[j][p];
    double[] full = ch.solve(xty);
    double[] beta = new double[k];
    List<String> terms = new ArrayList<>(k);
    for (int r = 0; r < k; r++) {
      beta[r] = full[kept[r]];
      terms.add(t.names.get(kept[r]));
    }
    return new Solution(kept, beta, ch.inverseOfKept(), List.copyOf(terms), dropped, dfResidual);
  }

  /** The Fit from the solution, the residual summary and the covariance. */
  static Fit finish(TransformedRegression t, Design d, Solution sol, ResidualSummary res, CovarianceResult cov) {
    int n = t.n();
    int k = sol.k();
    double[] beta = sol.beta();
    double dfResidual = sol.dfResidual();
    double rss = res.rss();
    double[] mom = res.moments();
    double dfInf = t.normalInference ? Double.POSITIVE_INFINITY : cov.dfInference();
    double tss = mom[0];
    double r2 = mom[0] == 0 || mom[1] == 0 ? Double.NaN : mom[2] * mom[2] / (mom[0] * mom[1]);
    double adj = 1 - (1 - r2) * (n - 1) / dfResidual;

    Map<String, Double> stats = new LinkedHashMap<>();
    if (res.panelR2() != null) {
      stats.put("r2_within", res.panelR2()[0]);
      stats.put("r2_between", res.panelR2()[1]);
      stats.put("r2_overall", res.panelR2()[2]);
    }
    stats.put("rmse", Math.sqrt(rss / dfResidual));
    stats.put("rss", rss);
    stats.put("tss", tss);
    double[] ftest = waldF(beta, cov.vcov(), sol.kept(), t.interceptIndex, dfInf);
    stats.put("f", ftest[0]);
    stats.put("f_df1", ftest[1]);
    stats.put("f_df2", dfInf);
    stats.put("f_p", ftest[2]);
    double ll;
    int npar;
    if (t.theta != null) {
      ll = randomEffectsLogLik(t, rss, n);
      npar = k + 2;
    } else {
      ll = -0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1) + res.halfLogWeights();
      npar = k + t.absorbed + 1;
    }
    stats.put("loglik", ll);
    stats.put("aic", -2 * ll + 2.0 * npar);
    stats.put("bic", -2 * ll + Math.log(n) * npar);
    stats.putAll(t.stats);
    stats.putIfAbsent("n_absorbed", (double) t.absorbed);

    String vcovType = cov.description() + (t.normalInference ? ", normal (z) inference" : "");
    return new Fit(t.estimator, d.outcome(), sol.terms(), beta, cov.vcov(), vcovType, dfInf, n, t.nFirms,
        t.nYears, dfResidual, r2, adj, java.util.Collections.unmodifiableMap(stats),
        java.util.Collections.unmodifiableMap(t.vectors), java.util.Collections.unmodifiableMap(sol.dropped()),
        List.copyOf(t.notes), t.rows);
  }

  private static String describe(Map<String, String> dropped) {
    List<String> parts = new ArrayList<>();
    dropped.forEach((term, why) -> parts.add(term + " (" + why + ")"));
    return parts.isEmpty() ? "no regressors" : String.join("; ", parts);
  }

  /**
   * Wald test that all slopes are zero with the reported covariance: F = b'V⁻¹b / q, p from F(q, df2), or from
   * χ²(q)/q when df2 is infinite. NaN when V is singular on the slopes (e.g. more slopes than clusters − 1).
   */
  static double[] waldF(double[] beta, double[][] v, int[] kept, int interceptIndex, double df2) {
    int q = 0;
    for (int j : kept) if (j != interceptIndex) q++;
    if (q == 0) return new double[] {Double.NaN, 0, Double.NaN};
    int[] s = new int[q];
    for (int r = 0, c = 0; r < kept.length; r++) if (kept[r] != interceptIndex) s[c++] = r;
    double[][] vs = new double[q][q];
    double[] bs = new double[q];
    for (int a = 0; a < q; a++) {
      bs[a] = beta[s[a]];
      for (int b = 0; b < q; b++) vs[a][b] = v[s[a]][s[b]];
    }
    SequentialCholesky ch = SequentialCholesky.of(vs, 1e-12);
    if (ch.rank() < q) return new double[] {Double.NaN, q, Double.NaN};
    double[] z = ch.solve(bs);
    double w = 0;
    for (int a = 0; a < q; a++) w += bs[a] * z[a];
    double f = w / q;
    double pv = Double.isInfinite(df2) ? Gamma.regularizedGammaQ(q / 2.0, w / 2.0)
        : Beta.regularizedBeta(df2 / (df2 + q * f), df2 / 2.0, q / 2.0);
    return new double[] {f, q, pv};
  }

  /**
   * Gaussian log-likelihood of the one-way random-effects model at the estimated components:
   * {@code −½ [N log 2π + Σ_g ((T_g − 1) log σ²_ν + log(σ²_ν + T_g σ²_η)) + e*'e* / σ²_ν]}, e* the quasi-demeaned
   * residuals (Ω_g^{−½} = (I − θ_g J̄)/σ_ν).
   */
  private static double randomEffectsLogLik(TransformedRegression t, double rssStar, int n) {
    double s2n = t.sigma2Idios, s2e = t.sigma2Effect;
    double det = 0;
    for (int tg : t.reGroupSize) if (tg > 0) det += (tg - 1) * Math.log(s2n) + Math.log(s2n + tg * s2e);
    return -0.5 * (n * Math.log(2 * Math.PI) + det + rssStar / s2n);
  }
}
