package org.netinnov.estimate.gmm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.data.Panel;
import org.netinnov.estimate.Fit;

/**
 * Arellano–Bond difference GMM and Blundell–Bond system GMM for dynamic panels, reproducing R plm's {@code pgmm}
 * (with {@code summary.pgmm}, {@code vcovHC.pgmm}, {@code sargan}, {@code mtest}) and reporting xtabond2's Sargan
 * and Hansen statistics beside pgmm's.
 *
 * <p>One-step: {@code b1 = (X'Z A1 Z'X)⁻¹ X'Z A1 Z'y}, {@code A1 = (Σ_i Z_i'HZ_i)⁻¹} (H: see
 * {@link FirstStepMoments}). Two-step: the same with {@code A2 = (Σ_i Z_i'ê1_i ê1_i'Z_i)⁻¹}, ê1 the one-step
 * residuals. Robust covariance: one-step {@code B1 X'Z A1 A2⁻¹ A1 Z'X B1} (Arellano–Bond 1991), two-step
 * Windmeijer (2005). Sources: Arellano &amp; Bond (1991), Blundell &amp; Bond (1998), Windmeijer (2005),
 * Roodman (2009) "How to do xtabond2", and the plm functions named above.
 *
 * <p>The estimation reads the panel in three passes, firm by firm, rebuilding each firm's block of equations
 * ({@link FirmEquations}): memory is the L × L instrument matrices plus one firm, whatever the number of firms.
 * Instrument columns that are zero for every firm (no data for that year and lag) are left out and reported in
 * the notes; pgmm keeps them in its instrument count and falls back to a generalized inverse. Time-dummy columns
 * that are empty or collinear (years without usable equations) are dropped and listed in {@link Fit#dropped()}.
 */
public final class GmmEstimator {
  private GmmEstimator() {}

  /**
   * Estimates the model.
   *
   * @throws IllegalArgumentException when a column is missing, the panel is too short for the lags, no firm has a
   *         complete equation, the model is under-identified or the regressors are collinear given the instruments
   */
  public static GmmFit fit(Panel panel, GmmSpec spec) {
    EquationLayout lay = new EquationLayout(panel, spec);
    FirmEquations fe = new FirmEquations(lay, panel);
    int nFirmsPanel = panel.firms();

    // pass 1: Σ Z'HZ, Σ Z'X, Σ Z'y
    FirstStepMoments m1 = new FirstStepMoments(lay.nCols, lay.kFull);
    boolean[] rowUsed = new boolean[panel.rows()];
    int nobsDiff = 0, nobsLev = 0, nGroups = 0;
    for (int f = 0; f < nFirmsPanel; f++) {
      fe.load(f);
      if (fe.nValid == 0) continue;
      nGroups++;
      nobsDiff += fe.nValidDiff;
      nobsLev += fe.nValidLev;
      for (int r = 0; r < lay.rows; r++)
        if (fe.valid[r]) rowUsed[fe.rowOfYear[r < lay.nDiff ? lay.diffYear(r) : lay.levYear(r - lay.nDiff)]] = true;
      m1.add(fe, lay);
    }
    if (nGroups == 0)
      throw new IllegalArgumentException("no firm has a complete equation (outcome and regressors at the needed lags)");
    m1.finish();

    var notes = new ArrayList<String>();
    var dropped = new LinkedHashMap<String, String>();
    int[] xKeep = keptRegressors(lay, m1.xtx, dropped);
    int[] wMap = new int[lay.nCols];
    int nInst = 0;
    for (int c = 0; c < lay.nCols; c++) wMap[c] = m1.instrumentUsed[c] ? nInst++ : -1;
    if (nInst < lay.nCols)
      notes.add((lay.nCols - nInst) + " instrument column(s) are zero for every firm (no data for that year and lag) "
          + "and are not used or counted; pgmm counts them and uses a generalized inverse");
    int k = xKeep.length;
    if (nInst < k)
      throw new IllegalArgumentException("under-identified: " + nInst + " instruments for " + k + " coefficients");

    double[][] a1 = compress(m1.a1, wMap, nInst);
    double[][] zx = new double[nInst][k];
    double[] zy = new double[nInst];
    for (int c = 0; c < lay.nCols; c++) {
      int cc = wMap[c];
      if (cc < 0) continue;
      zy[cc] = m1.zy[c];
      for (int j = 0; j < k; j++) zx[cc][j] = m1.zx[c][xKeep[j]];
    }

    SymmetricInverse.Result a1Inv = SymmetricInverse.weighting(a1);
    if (a1Inv.generalized())
      notes.add("the first-step matrix Σ Z'HZ is singular: a generalized inverse is used (as pgmm does)");
    double[][] q1 = DenseAlgebra.multiply(a1Inv.inverse(), zx);              // A1 Z'X
    double[][] m1Inv = SymmetricInverse.positiveDefinite(DenseAlgebra.transposeMultiply(zx, q1),
        "the one-step normal matrix X'Z A1 Z'X is singular: regressors are collinear or not identified by the "
            + "instruments");
    double[] b1 = DenseAlgebra.multiply(m1Inv, DenseAlgebra.transposeMultiply(q1, zy));

    // pass 2: Σ Z'ê1 ê1'Z; AR tests and σ² for a one-step model
    OuterProductSum a2Sum = new OuterProductSum(nInst);
    double[] u1 = new double[lay.rows];
    double[] g1 = new double[nInst];
    double ssrDiff1 = 0;
    boolean two = spec.twoSteps();
    ArellanoBondTest[] ab = {new ArellanoBondTest(1, lay.nDiff, k, nInst), new ArellanoBondTest(2, lay.nDiff, k, nInst)};
    for (int f = 0; f < nFirmsPanel; f++) {
      fe.load(f);
      if (fe.nValid == 0) continue;
      residuals(fe, b1, xKeep, u1);
      for (int r = 0; r < lay.nDiff; r++) ssrDiff1 += u1[r] * u1[r];
      moments(fe, u1, wMap, g1);
      a2Sum.add(g1);
      if (!two) for (ArellanoBondTest t : ab) t.add(fe, u1, xKeep, wMap);
    }
    double[][] a2raw = a2Sum.result();
    SymmetricInverse.Result a2Inv = SymmetricInverse.weighting(a2raw);
    if (a2Inv.generalized())
      notes.add("the second-step matrix Σ Z'ê ê'Z is singular: a generalized inverse is used (as pgmm does)");
    double[][] a2 = a2Inv.inverse();
    double[][] q2 = DenseAlgebra.multiply(a2, zx);                          // A2 Z'X
    double[][] b2Cov = SymmetricInverse.positiveDefinite(DenseAlgebra.transposeMultiply(zx, q2),
        "the two-step normal matrix X'Z A2 Z'X is singular: regressors are collinear or not identified by the "
            + "instruments");
    double[] b2 = DenseAlgebra.multiply(b2Cov, DenseAlgebra.transposeMultiply(q2, zy));
    // robust one-step covariance B1 X'Z A1 (Σ Z'ê1ê1'Z) A1 Z'X B1
    double[][] vOneStep = sandwich(m1Inv, q1, a2raw);

    double[] b;
    double[][] vRobust;
    double[][] projection; // B · X'Z · A of the reported estimator
    double[][] vDefault;   // pgmm's vcov(model)
    if (two) {
      double[] we = residualMoments(zy, zx, b2);
      WindmeijerCorrection wc = new WindmeijerCorrection(DenseAlgebra.multiply(a2, we), k);
      double[] u2 = new double[lay.rows];
      for (int f = 0; f < nFirmsPanel; f++) {
        fe.load(f);
        if (fe.nValid == 0) continue;
        residuals(fe, b1, xKeep, u1);
        residuals(fe, b2, xKeep, u2);
        moments(fe, u1, wMap, g1);
        wc.add(fe, u1, g1, xKeep, wMap);
        for (ArellanoBondTest t : ab) t.add(fe, u2, xKeep, wMap);
      }
      double[][] xzA2 = DenseAlgebra.transpose(q2);
      b = b2;
      vRobust = wc.covariance(b2Cov, xzA2, vOneStep);
      projection = DenseAlgebra.multiply(b2Cov, xzA2);
      vDefault = b2Cov;
    } else {
      b = b1;
      vRobust = vOneStep;
      projection = DenseAlgebra.multiply(m1Inv, DenseAlgebra.transpose(q1));
      // pgmm scales its first-step weight by the number of individuals, so vcov(model) = (X'Z A1 Z'X)⁻¹ / N
      vDefault = DenseAlgebra.scale(m1Inv, 1.0 / nFirmsPanel);
    }

    int df = nInst - k;
    double[] zu = residualMoments(zy, zx, b);
    double[] zu1 = residualMoments(zy, zx, b1);
    double[] zu2 = residualMoments(zy, zx, b2);
    int nobsXt = lay.system ? nobsLev : nobsDiff;
    double sigma2 = nobsXt > 0 ? ssrDiff1 / (2.0 * nobsXt) : Double.NaN;
    GmmFit.Test sargan = GmmStatistics.chiSquared("Sargan (pgmm sargan())", DenseAlgebra.quadraticForm(zu, a2), df);
    GmmFit.Test sarganOneStep = GmmStatistics.chiSquared("Sargan (one-step, not robust)",
        DenseAlgebra.quadraticForm(zu1, a1Inv.inverse()) / sigma2, df);
    GmmFit.Test hansen = GmmStatistics.chiSquared("Hansen J (two-step)", DenseAlgebra.quadraticForm(zu2, a2), df);
    GmmFit.Test ar1 = GmmStatistics.normal("Arellano-Bond AR(1)", ab[0].statistic(projection, vDefault));
    GmmFit.Test ar2 = GmmStatistics.normal("Arellano-Bond AR(2)", ab[1].statistic(projection, vDefault));
    GmmFit.Test ar1r = GmmStatistics.normal("Arellano-Bond AR(1), robust", ab[0].statistic(projection, vRobust));
    GmmFit.Test ar2r = GmmStatistics.normal("Arellano-Bond AR(2), robust", ab[1].statistic(projection, vRobust));

    String[] terms = new String[k];
    for (int j = 0; j < k; j++) terms[j] = lay.termNames[xKeep[j]];
    var stats = new LinkedHashMap<String, Double>();
    stats.put("n_instruments", (double) nInst);
    stats.put("steps", two ? 2.0 : 1.0);
    stats.put("nobs_diff", (double) nobsDiff);
    if (lay.system) stats.put("nobs_levels", (double) nobsLev);
    GmmStatistics.put(stats, "sargan", sargan);
    GmmStatistics.put(stats, "sargan_onestep", sarganOneStep);
    GmmStatistics.put(stats, "hansen", hansen);
    GmmStatistics.put(stats, "ar1", ar1);
    GmmStatistics.put(stats, "ar2", ar2);
    GmmStatistics.put(stats, "ar1_robust", ar1r);
    GmmStatistics.put(stats, "ar2_robust", ar2r);
    stats.put("sigma2_onestep", sigma2);
    GmmStatistics.waldTests(stats, lay, xKeep, b, vRobust);

    var vectors = new LinkedHashMap<String, double[]>();
    if (two) vectors.put("coef_onestep", b1);
    if (lay.system && !lay.timeDummies)
      notes.add("no intercept in the levels equation (pgmm effect = \"individual\"); add time dummies for one");
    String warning = nInst > nGroups
        ? "instrument count " + nInst + " exceeds number of firms " + nGroups
            + ": too many instruments overfit the endogenous variables and weaken the Hansen test (Roodman 2009); "
            + "limit the lags or collapse the instruments"
        : null;
    if (warning != null) notes.add(warning);

    int[] rows = usedRows(rowUsed);
    Fit fit = new Fit(
        lay.system ? "system_gmm" : "difference_gmm",
        spec.outcome(),
        List.of(terms),
        b,
        vRobust,
        two ? "robust, Windmeijer-corrected two-step (clustered by firm)"
            : "robust, Arellano-Bond one-step (clustered by firm)",
        Double.POSITIVE_INFINITY,
        nobsDiff + nobsLev,
        nGroups,
        distinctYears(panel, rows),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Collections.unmodifiableMap(stats),
        Collections.unmodifiableMap(vectors),
        Collections.unmodifiableMap(dropped),
        List.copyOf(notes),
        rows);
    return new GmmFit(fit, sargan, sarganOneStep, hansen, ar1, ar2, ar1r, ar2r, nInst, nGroups, warning);
  }

  /**
   * Regressor columns kept: every regressor (a regressor that is zero or collinear with earlier ones is an error),
   * and the time dummies that have data and are not collinear with the columns before them.
   */
  private static int[] keptRegressors(EquationLayout lay, double[][] xtx, Map<String, String> dropped) {
    boolean[] independent = CollinearityCheck.independent(xtx);
    int[] keep = new int[lay.kFull];
    int n = 0;
    for (int j = 0; j < lay.kFull; j++) {
      if (independent[j]) { keep[n++] = j; continue; }
      boolean empty = xtx[j][j] == 0.0;
      if (j < lay.nReg)
        throw new IllegalArgumentException("regressor `" + lay.termNames[j] + "` is "
            + (empty ? "zero in every used equation (no variation after differencing?)"
                : "collinear with the regressors before it"));
      dropped.put(lay.termNames[j], empty ? "no used equation in that year" : "collinear with earlier time effects");
    }
    return Arrays.copyOf(keep, n);
  }

  private static double[][] compress(double[][] a, int[] map, int n) {
    double[][] out = new double[n][n];
    for (int i = 0; i < a.length; i++) {
      int ci = map[i];
      if (ci < 0) continue;
      for (int j = 0; j < a.length; j++) {
        int cj = map[j];
        if (cj >= 0) out[ci][cj] = a[i][j];
      }
    }
    return out;
  }

  /** u = y − X b on used rows, 0 elsewhere. */
  private static void residuals(FirmEquations fe, double[] b, int[] xKeep, double[] u) {
    for (int r = 0; r < u.length; r++) {
      if (!fe.valid[r]) { u[r] = 0; continue; }
      double[] xr = fe.x[r];
      double s = fe.y[r];
      for (int j = 0; j < b.length; j++) s -= xr[xKeep[j]] * b[j];
      u[r] = s;
    }
  }

  /** g = Z_i' u in compressed instrument columns. */
  private static void moments(FirmEquations fe, double[] u, int[] wMap, double[] g) {
    Arrays.fill(g, 0.0);
    for (int r = 0; r < u.length; r++) {
      double ur = u[r];
      if (ur == 0.0) continue;
      for (int p = fe.rowStart[r]; p < fe.rowStart[r + 1]; p++) {
        int c = wMap[fe.col[p]];
        if (c >= 0) g[c] += fe.val[p] * ur;
      }
    }
  }

  /** Σ Z_i'(y_i − X_i b) = Z'y − Z'X b. */
  private static double[] residualMoments(double[] zy, double[][] zx, double[] b) {
    double[] out = DenseAlgebra.multiply(zx, b);
    for (int i = 0; i < out.length; i++) out[i] = zy[i] - out[i];
    return out;
  }

  /** bread · (Q' meat Q) · bread with Q = A Z'X. */
  private static double[][] sandwich(double[][] bread, double[][] q, double[][] meat) {
    double[][] mid = DenseAlgebra.transposeMultiply(q, DenseAlgebra.multiply(meat, q));
    double[][] out = DenseAlgebra.multiply(DenseAlgebra.multiply(bread, mid), bread);
    DenseAlgebra.symmetrize(out);
    return out;
  }

  private static int[] usedRows(boolean[] used) {
    int n = 0;
    for (boolean u : used) if (u) n++;
    int[] out = new int[n];
    for (int i = 0, j = 0; i < used.length; i++) if (used[i]) out[j++] = i;
    return out;
  }

  private static int distinctYears(Panel panel, int[] rows) {
    int[] year = panel.year();
    return (int) Arrays.stream(rows).map(i -> year[i]).distinct().count();
  }
}
