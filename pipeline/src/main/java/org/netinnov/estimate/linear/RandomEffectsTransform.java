package org.netinnov.estimate.linear;

import java.util.Arrays;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.linalg.CrossProducts;
import org.netinnov.estimate.linalg.SequentialCholesky;

/**
 * Random effects by feasible GLS with the Swamy–Arora (1972) variance components, exactly as plm's
 * {@code ercomp(method = "swar")} (Baltagi and Chang 1994 for the unbalanced case). With O observations in G groups
 * of sizes T_g (firms for the individual effect, years for the time effect):
 * <pre>
 *   σ²_ν = ê_W'ê_W / (O − G − K_W)                       (within regression, K_W slopes that vary within groups)
 *   σ²_η = (ê_B'ê_B − (G − K_B) σ²_ν) / (O − tr[(Σ T_g z̄_g z̄_g')⁻¹ Σ T_g² z̄_g z̄_g'])
 * </pre>
 * where ê_B are the residuals of the regression of the group means on the group means of all regressors (with
 * intercept, K_B coefficients), each group repeated T_g times (plm's "Between" model), and ê_B'ê_B sums over
 * observations. In a balanced panel the denominator reduces to T(G − K_B), plm's balanced formula. A negative
 * σ²_η is set to 0. Then {@code θ_g = 1 − √(σ²_ν / (σ²_ν + T_g σ²_η))} and OLS on
 * {@code z_it − θ_g z̄_g} (the intercept column becomes 1 − θ_g).
 */
final class RandomEffectsTransform {
  private RandomEffectsTransform() {}

  static TransformedRegression of(Design d, LinearSpec.Effect effect) {
    if (effect == LinearSpec.Effect.TWOWAYS)
      throw new EstimationException("two-way random effects are not implemented; use effect: individual or time, "
          + "or the within estimator with firm and year effects");
    Transforms.requireFinite(d);
    int n = d.n(), k = d.k();
    boolean icpt = d.intercept();
    int[] grp;
    int groups;
    String effectName;
    if (effect == LinearSpec.Effect.INDIVIDUAL) {
      grp = d.firm();
      groups = d.nFirms();
      effectName = "id";
    } else {
      Factor f = Factor.ofInts("year", d.year());
      grp = f.codes();
      groups = f.levels();
      effectName = "time";
    }
    int[] size = new int[groups];
    for (int g : grp) size[g]++;
    int present = 0;
    for (int s : size) if (s > 0) present++;
    if (present < 2) throw new EstimationException("random effects need at least 2 groups");

    // z = [intercept?, x]; group means of z and y
    int p = k + (icpt ? 1 : 0);
    double[][] z = new double[p][];
    int o = 0;
    if (icpt) {
      z[0] = new double[n];
      Arrays.fill(z[0], 1.0);
      o = 1;
    }
    for (int j = 0; j < k; j++) z[o + j] = d.x()[j];
    double[][] zbar = new double[p][];
    for (int j = 0; j < p; j++) zbar[j] = groupMeans(z[j], grp, size);
    double[] ybar = groupMeans(d.y(), grp, size);

    // 1. within regression on the slopes that vary within groups
    double[][] w = new double[k + 1][n];
    for (int j = 0; j < k; j++) for (int i = 0; i < n; i++) w[j][i] = d.x()[j][i] - zbar[o + j][grp[i]];
    for (int i = 0; i < n; i++) w[k][i] = d.y()[i] - ybar[grp[i]];
    double[][] cw = CrossProducts.of(w);
    double[] ssx = new double[k];
    for (int j = 0; j < k; j++) ssx[j] = Transforms.centeredSS(d.x()[j], null);
    double[][] cwx = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) cwx[a][b] = cw[a][b];
    for (int j = 0; j < k; j++)
      if (!(cw[j][j] > SequentialCholesky.DEFAULT_TOL * ssx[j])) { // time-invariant: not in the within regression
        for (int b = 0; b < k; b++) {
          cwx[j][b] = 0;
          cwx[b][j] = 0;
        }
      }
    SequentialCholesky chw = SequentialCholesky.of(cwx, SequentialCholesky.DEFAULT_TOL);
    double[] xty = new double[k];
    for (int j = 0; j < k; j++) xty[j] = cw[j][k];
    double[] bw = chw.solve(xty);
    double quadW = 0;
    for (int i = 0; i < n; i++) {
      double e = w[k][i];
      for (int j = 0; j < k; j++) e -= bw[j] * w[j][i];
      quadW += e * e;
    }
    int kw = chw.rank();

    // 2. "Between" regression: group means, group g weighted by T_g
    int[] gIdx = new int[present];
    for (int g = 0, c = 0; g < groups; g++) if (size[g] > 0) gIdx[c++] = g;
    double[][] bz = new double[p + 1][present];
    for (int c = 0; c < present; c++) {
      int g = gIdx[c];
      double sq = Math.sqrt(size[g]);
      for (int j = 0; j < p; j++) bz[j][c] = zbar[j][g] * sq;
      bz[p][c] = ybar[g] * sq;
    }
    double[][] cb = CrossProducts.of(bz);
    double[][] cbz = new double[p][p];
    for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) cbz[a][b] = cb[a][b];
    SequentialCholesky chb = SequentialCholesky.of(cbz, SequentialCholesky.DEFAULT_TOL);
    double[] zty = new double[p];
    for (int j = 0; j < p; j++) zty[j] = cb[j][p];
    double[] bb = chb.solve(zty);
    double quadB = 0;
    for (int c = 0; c < present; c++) {
      double e = bz[p][c];
      for (int j = 0; j < p; j++) e -= bb[j] * bz[j][c];
      quadB += e * e;
    }
    int kb = chb.rank();
    if (present <= kb)
      throw new EstimationException("random effects need more " + (effect == LinearSpec.Effect.INDIVIDUAL ? "firms"
          : "years") + " (" + present + ") than coefficients of the between regression (" + kb + ")");
    // tr[(Σ T z̄z̄')⁻¹ Σ T² z̄z̄'] on the kept between columns
    int[] kept = chb.keptIndices();
    double[][] t2 = new double[kept.length][kept.length];
    for (int c = 0; c < present; c++) {
      int g = gIdx[c];
      double tt = (double) size[g] * size[g];
      for (int a = 0; a < kept.length; a++)
        for (int b = 0; b < kept.length; b++) t2[a][b] += tt * zbar[kept[a]][g] * zbar[kept[b]][g];
    }
    double[][] inv = chb.inverseOfKept();
    double trace = 0;
    for (int a = 0; a < kept.length; a++) for (int b = 0; b < kept.length; b++) trace += inv[a][b] * t2[b][a];

    int dfW = n - present - kw;
    if (dfW <= 0) throw new EstimationException("random effects: no degrees of freedom left for the idiosyncratic "
        + "variance (" + n + " observations, " + present + " groups, " + kw + " within slopes)");
    double s2nu = quadW / dfW;
    if (!(s2nu > 0)) throw new EstimationException("random effects: the within regression fits perfectly "
        + "(idiosyncratic variance 0)");
    double s2eta = (quadB - (present - kb) * s2nu) / (n - trace);
    var t = new TransformedRegression();
    if (s2eta < 0) {
      t.notes.add("negative Swamy–Arora estimate of the " + (effectName.equals("id") ? "individual" : "time")
          + " variance (" + s2eta + ") set to 0: random effects reduce to pooled OLS");
      s2eta = 0;
    }

    double[] thetaG = new double[groups];
    for (int g = 0; g < groups; g++)
      thetaG[g] = size[g] == 0 ? Double.NaN : 1.0 - Math.sqrt(s2nu / (s2nu + size[g] * s2eta));
    t.estimator = "random";
    t.y = new double[n];
    for (int i = 0; i < n; i++) t.y[i] = d.y()[i] - thetaG[grp[i]] * ybar[grp[i]];
    double[][] cols = new double[p][n];
    for (int j = 0; j < p; j++) for (int i = 0; i < n; i++) cols[j][i] = z[j][i] - thetaG[grp[i]] * zbar[j][grp[i]];
    Transforms.setColumns(t, d, icpt, cols);
    t.ssBefore = new double[p];
    Arrays.fill(t.ssBefore, Double.NaN);
    t.firm = d.firm();
    t.year = d.year();
    t.sampleRow = Transforms.identity(n);
    Transforms.attachClusters(t, d, null);
    t.nHc1 = n;
    t.maxTi = Transforms.maxRunLength(d.firm());
    t.nFirms = Transforms.runCount(d.firm());
    t.nYears = Transforms.distinctCount(d.year());
    t.rows = d.rows();
    t.normalInference = true;
    t.theta = new double[n];
    for (int i = 0; i < n; i++) t.theta[i] = thetaG[grp[i]];
    t.sigma2Idios = s2nu;
    t.sigma2Effect = s2eta;
    t.reGroup = grp;
    t.reGroupSize = size;
    t.stats.put("sigma2_idios", s2nu);
    t.stats.put("sigma2_" + effectName, s2eta);
    boolean balanced = true;
    for (int c = 1; c < present; c++) if (size[gIdx[c]] != size[gIdx[0]]) balanced = false;
    if (balanced) {
      t.stats.put("theta", thetaG[gIdx[0]]);
    } else {
      double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY, sum = 0;
      for (int g : gIdx) {
        mn = Math.min(mn, thetaG[g]);
        mx = Math.max(mx, thetaG[g]);
        sum += thetaG[g];
      }
      t.stats.put("theta_min", mn);
      t.stats.put("theta_mean", sum / present);
      t.stats.put("theta_max", mx);
      t.vectors.put("theta", thetaG);
    }
    return t;
  }

  private static double[] groupMeans(double[] v, int[] grp, int[] size) {
    double[] m = new double[size.length];
    for (int i = 0; i < v.length; i++) m[grp[i]] += v[i];
    for (int g = 0; g < m.length; g++) m[g] = size[g] == 0 ? 0 : m[g] / size[g];
    return m;
  }
}
