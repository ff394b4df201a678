package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Poisson IRLS with one factor (the one with most levels, typically the firm) absorbed exactly and any other
 * factors (years, industry×year, ...) entered as an explicit block of dummy columns solved jointly with X
 * (Frisch–Waugh–Lovell). Same iteration as {@link PoissonIrls}, but fused so that one iteration is one pass over
 * the data: for each block of whole groups the pass computes η from the current coefficients and effects, μ = e^η,
 * the deviance, the working weight w = πμ and variable z = η + (y − μ)/μ, the weighted group means, and
 * accumulates the cross products of the group-demeaned [D, X, z] — all while the block sits in cache, with no
 * per-row arrays written. The effects follow from the new coefficients in closed form,
 * α_g = z̄_g − x̄_g'β − d̄_g'γ. Because the pass that evaluates the deviance of the current estimates also builds
 * the normal equations at their weights, the covariance at convergence needs no extra pass.
 *
 * <p>Rows need not be sorted: when the groups are not contiguous the data are permuted once (counting sort)
 * and results are returned in the original order. Cross products are formed from group-demeaned values (two
 * steps inside the cached block), not as Σwx² − W x̄², so regressors that vary mostly between groups keep their
 * precision; X is centred by its overall mean on the fly (a constant is absorbed anyway) for the same reason.
 */
final class OneWayPoissonIrls {
  private static final int BLOCK = 512;
  private static final int CHUNK_ROWS = 16_384;
  private static final int MAX_CHUNKS = 16;
  /** Up to this many dummy levels, a group's level weights are handled as a dense vector. */
  private static final int DENSE_LEVELS = 16;

  private final int n, k, k1, nGroups, nDummies, p;
  private final double[] y, pw;
  private final double[][] x;
  private final double[] xMean;
  /** x − its mean, once: each pass copies blocks of it (a plain copy instead of a subtraction per row and pass). */
  private final double[][] xCentred;
  private final int[] group;
  private final int[][] dummyCodes;
  private final int[] dummyOffset;  // dummy column of level l ≥ 1 of factor q: dummyOffset[q] + l − 1
  private final int[] fullOffset;   // scratch index of level l ≥ 0 of factor q: fullOffset[q] + l (no branch on l)
  private final int nFull;          // Σ levels, the scratch width (level 0 included, ignored when assembling)
  private final int[] fullToDummy;  // dummy column of a scratch index, −1 for reference levels
  private final int[] perm;          // original row of sorted row i, or null when already grouped
  private final int[] runStart, runGroup;   // contiguous runs of groups
  // accumulations of the last pass
  private final double[] sumW, meanA, levelW, levelA, refX, dd, cross;
  // per run (= group): its non-zero level weights s_g, stored sparsely from position runStart[r]·Q
  private final int[] sdIndex, sdCount;
  private final double[] sdValue;
  /**
   * Few dummy levels: each group's level weights s_g, dense, level-major by run ({@code [u · runs + r]}), instead of
   * the sparse sd* arrays.
   */
  private final double[] groupLevelW;
  private final double[][] c;
  private final Chunk[] chunks;
  private final int[] rowGroup;
  private final boolean parallel;

  private OneWayPoissonIrls(double[] y, double[] pw, double[][] x, int[] group, int nGroups, int[][] dummyCodes,
                            int[] dummyLevels, boolean parallel) {
    int len = y.length;
    this.n = len;
    this.k = x.length;
    this.k1 = k + 1;
    this.nGroups = nGroups;
    this.dummyOffset = new int[dummyCodes.length];
    int off = 0;
    for (int q = 0; q < dummyCodes.length; q++) {
      dummyOffset[q] = off;
      off += Math.max(0, dummyLevels[q] - 1);
    }
    this.nDummies = off;
    this.p = nDummies + k;
    this.fullOffset = new int[dummyCodes.length];
    int full = 0;
    for (int q = 0; q < dummyCodes.length; q++) {
      fullOffset[q] = full;
      full += dummyLevels[q];
    }
    this.nFull = full;
    this.fullToDummy = new int[nFull];
    for (int q = 0; q < dummyCodes.length; q++)
      for (int l = 0; l < dummyLevels[q]; l++) fullToDummy[fullOffset[q] + l] = l == 0 ? -1 : dummyOffset[q] + l - 1;
    this.perm = contiguous(group, nGroups) ? null : countingSort(group, nGroups);
    this.y = permute(y);
    this.pw = pw == null ? null : permute(pw);
    this.x = new double[k][];
    for (int j = 0; j < k; j++) this.x[j] = permute(x[j]);
    this.group = permute(group);
    this.dummyCodes = new int[dummyCodes.length][];
    for (int q = 0; q < dummyCodes.length; q++) this.dummyCodes[q] = permute(dummyCodes[q]);
    this.xMean = new double[k];
    this.xCentred = new double[k][];
    columns(parallel).forEach(j -> {
      double s = 0;
      double[] xj = this.x[j];
      for (double v : xj) s += v;
      double m = s / Math.max(1, n);
      xMean[j] = m;
      double[] c = new double[n];
      for (int i = 0; i < n; i++) c[i] = xj[i] - m;
      xCentred[j] = c;
    });
    int runs = 0, maxRun = 0;
    for (int i = 0, s = 0; i < n; i++)
      if (i == n - 1 || this.group[i + 1] != this.group[i]) {
        runs++;
        maxRun = Math.max(maxRun, i + 1 - s);
        s = i + 1;
      }
    runStart = new int[runs + 1];
    runGroup = new int[runs];
    for (int i = 0, r = 0; i < n; i++)
      if (i == 0 || this.group[i] != this.group[i - 1]) {
        runStart[r] = i;
        runGroup[r++] = this.group[i];
      }
    runStart[runs] = n;
    sumW = new double[nGroups];
    meanA = new double[nGroups * k1];
    boolean dense = dummyCodes.length > 0 && nFull <= DENSE_LEVELS;
    sdIndex = new int[dense ? 0 : n * dummyCodes.length];
    sdValue = new double[dense ? 0 : n * dummyCodes.length];
    sdCount = new int[dense ? 0 : runs];
    groupLevelW = new double[dense ? runs * nFull : 0];
    levelW = new double[nFull];
    levelA = new double[nFull * k1];
    dd = new double[nFull * nFull];
    cross = new double[dummyCodes.length > 1 ? nFull * nFull : 0];
    refX = new double[k];
    c = new double[p + 1][p + 1];
    int cap = Math.max(BLOCK, maxRun);
    // fixed chunks of whole groups (their number depends on n only, so results do not depend on the threads)
    int nChunks = (int) Math.max(1, Math.min(MAX_CHUNKS, n / CHUNK_ROWS));
    chunks = new Chunk[nChunks];
    for (int ch = 0, r = 0; ch < nChunks; ch++) {
      int from = r;
      long target = (long) n * (ch + 1) / nChunks;
      while (r < runs && (ch == nChunks - 1 || runStart[r + 1] <= target || r == from)) r++;
      chunks[ch] = new Chunk(from, r, cap);
    }
    this.parallel = parallel && nChunks > 1;
    // few dummy levels: each row's group position within its block (blocks as the passes form them)
    rowGroup = dummyCodes.length > 0 && nFull <= DENSE_LEVELS ? new int[n] : null;
    if (rowGroup != null)
      for (Chunk ch : chunks)
        for (int r0 = ch.runFrom; r0 < ch.runTo; ) {
          int r1 = blockEnd(r0, ch.runTo);
          for (int r = r0; r < r1; r++) Arrays.fill(rowGroup, runStart[r], runStart[r + 1], r - r0);
          r0 = r1;
        }
  }

  /** The regressors' indices, on the pool when allowed and the data are large. */
  private java.util.stream.IntStream columns(boolean allowParallel) {
    java.util.stream.IntStream s = java.util.stream.IntStream.range(0, k);
    return allowParallel && (long) k * n >= 200_000 && k > 1 ? s.parallel() : s;
  }

  /** End (exclusive) of the block of whole groups starting at run r0: at least one group, else at most BLOCK rows. */
  private int blockEnd(int r0, int runTo) {
    int r1 = r0 + 1;
    while (r1 < runTo && runStart[r1 + 1] - runStart[r0] <= BLOCK) r1++;
    return r1;
  }

  /**
   * @param group       codes of the factor absorbed exactly
   * @param dummyCodes  codes of the factors entered as dummy columns (first level of each is the reference)
   */
  static PoissonIrls.Result fit(double[] y, double[] pw, double[][] x, int[] group, int nGroups, int[][] dummyCodes,
                                int[] dummyLevels, CountOptions opt) {
    return new OneWayPoissonIrls(y, pw, x, group, nGroups, dummyCodes, dummyLevels, opt.parallel()).run(opt);
  }

  private PoissonIrls.Result run(CountOptions opt) {
    double sw = 0, swy = 0, yLogY = 0, logFact = 0;
    for (int i = 0; i < n; i++) {
      double pi = pw == null ? 1.0 : pw[i];
      sw += pi;
      swy += pi * y[i];
      if (y[i] > 0) yLogY += pi * y[i] * LogFactorial.logOf(y[i]);
      logFact += pi * LogFactorial.of(y[i]);
    }
    double ybar = swy / sw;
    List<String> notes = new ArrayList<>();
    double[] theta = new double[p], thetaNew = new double[p];
    double[] alpha = new double[nGroups], alphaNew = new double[nGroups];
    // pass at the start μ = (y + ȳ)/2 (fixest's start), deciding which columns are collinear
    double dev = 2 * (yLogY - pass(null, null, ybar, true));
    CholeskyWithDropping chol = decide();
    boolean[] kept = chol.kept();
    boolean converged = false;
    int iter = 0;
    double sYEta = Double.NaN;
    while (iter < opt.maxIterations()) {
      iter++;
      solve(chol, thetaNew, alphaNew);
      double s = pass(thetaNew, alphaNew, ybar, false);
      double devNew = 2 * (yLogY - s);
      int halvings = 0;
      while (!(devNew <= dev + 1e-12 * (Math.abs(dev) + 0.1)) && iter > 1 && halvings < 40) {
        for (int j = 0; j < p; j++) thetaNew[j] = 0.5 * (theta[j] + thetaNew[j]);
        for (int g = 0; g < nGroups; g++) alphaNew[g] = 0.5 * (alpha[g] + alphaNew[g]);
        s = pass(thetaNew, alphaNew, ybar, false);
        devNew = 2 * (yLogY - s);
        halvings++;
      }
      if (!Double.isFinite(devNew)) {
        notes.add("IRLS stopped at iteration " + iter + ": the deviance is not finite even after step halving");
        iter--;
        pass(theta, alpha, ybar, false);   // restore the normal equations of the last finite estimates
        break;
      }
      chol = CholeskyWithDropping.withKept(c, p, kept);
      if (chol == null)
        throw new CountModelException("the weighted normal equations became singular during IRLS "
            + "(fitted means underflow: likely separation, see Correia, Guimarães & Zylkin 2019)");
      double crit = Math.abs(devNew - dev) / (0.1 + Math.abs(devNew));
      double[] t = theta; theta = thetaNew; thetaNew = t;
      t = alpha; alpha = alphaNew; alphaNew = t;
      dev = devNew;
      sYEta = s;
      if (crit < opt.tolerance()) {
        converged = true;
        break;
      }
    }
    if (iter == 0) throw new CountModelException("poisson: the first IRLS step already has a non-finite deviance");
    if (!converged && notes.isEmpty())
      notes.add("IRLS did not converge in " + iter + " iterations (tolerance " + opt.tolerance()
          + " on the relative deviance change); estimates are those of the last iteration");
    // the accumulations of the last pass are at the weights of the reported estimates
    double[][] inv = chol.inverse();
    double[][] bread = new double[k][k];
    for (int a = 0; a < k; a++)
      for (int b = 0; b < k; b++) bread[a][b] = inv[nDummies + a][nDummies + b];
    double[] mu = new double[n];
    double[][] partialled = partialled(chol, theta, alpha, mu);
    int tiny = 0;
    for (int i = 0; i < n; i++) tiny += y[i] == 0 & mu[i] < PoissonIrls.SEPARATION_MU ? 1 : 0;
    if (tiny > 0)
      notes.add(PoissonIrls.separationNote(tiny));
    double loglik = sYEta - swy - logFact;   // Σπ(yη − μ) = Σπ(yη + y − μ) − Σπy
    double loglikNull = (ybar > 0 ? swy * Math.log(ybar) : 0) - sw * ybar - logFact;
    int keptDummies = 0;
    for (int d = 0; d < nDummies; d++) if (kept[d]) keptDummies++;
    int groups = 0;
    for (int g = 0; g < nGroups; g++) if (sumW[g] > 0) groups++;
    double[] beta = Arrays.copyOfRange(theta, nDummies, p);
    return new PoissonIrls.Result(beta, Arrays.copyOfRange(kept, nDummies, p), bread, unpermute(partialled),
        unpermute(mu), iter, converged, dev, loglik, loglikNull, groups + keptDummies, notes, tiny);
  }

  /**
   * One pass: η from (θ, α) (or the start value when θ is null), μ, w, z, and the normal equations of the
   * group-demeaned [D, X, z] at w. The chunks run in parallel when allowed and are summed in chunk order.
   *
   * @return Σ π (y η + y − μ), from which the deviance follows
   */
  private double pass(double[] theta, double[] alpha, double ybar, boolean first) {
    double[] thetaFull = theta == null ? null : full(theta);
    if (parallel)
      java.util.stream.IntStream.range(0, chunks.length).parallel()
          .forEach(ch -> chunks[ch].accumulate(theta, alpha, thetaFull, ybar, first));
    else
      for (Chunk ch : chunks) ch.accumulate(theta, alpha, thetaFull, ybar, first);
    double sYEta = 0;
    double[] cxx = new double[k1 * k1];
    Arrays.fill(levelW, 0);
    Arrays.fill(levelA, 0);
    Arrays.fill(dd, 0);
    Arrays.fill(cross, 0);
    if (first) Arrays.fill(refX, 0);
    for (Chunk ch : chunks) {
      sYEta += ch.sYEta;
      add(cxx, ch.cxx);
      add(levelW, ch.levelW);
      add(levelA, ch.levelA);
      add(dd, ch.dd);
      add(cross, ch.cross);
      if (first) add(refX, ch.refX);
    }
    int nf = nFull;
    // assemble C over [D (dummy columns), X, z]; scratch level 0 of each factor (the reference) is left out
    for (double[] row : c) Arrays.fill(row, 0);
    for (int j = 0; j < k1; j++)
      for (int m = j; m < k1; m++) c[nDummies + j][nDummies + m] = cxx[j * k1 + m];
    for (int u = 0; u < nf; u++) {
      int du = fullToDummy[u];
      if (du < 0) continue;
      c[du][du] += levelW[u];
      for (int j = 0; j < k1; j++) c[du][nDummies + j] = levelA[u * k1 + j];
      for (int v = 0; v < nf; v++) {
        int dv = fullToDummy[v];
        if (dv < 0) continue;
        double corr = u <= v ? dd[u * nf + v] : dd[v * nf + u];
        double cr = cross.length == 0 ? 0.0 : cross[u * nf + v] + cross[v * nf + u];
        if (du <= dv) c[du][dv] += (du == dv ? 0 : cr) - corr;
      }
    }
    for (int i = 0; i <= p; i++)
      for (int j = 0; j < i; j++) c[i][j] = c[j][i];
    return sYEta;
  }

  private static void add(double[] into, double[] v) {
    for (int i = 0; i < v.length; i++) into[i] += v[i];
  }

  /** A fixed range of whole groups with its own buffers and partial sums (no sharing between threads). */
  private final class Chunk {
    final int runFrom, runTo;
    final double[][] bx;
    final double[] bw, bz, eta;
    final double[] cxx = new double[k1 * k1];
    final double[] levelW = new double[nFull], levelA = new double[nFull * k1];
    final double[] dd = new double[nFull * nFull], cross = new double[dummyCodes.length > 1 ? nFull * nFull : 0];
    final double[] refX = new double[k];
    final int[] nz = new int[nFull], mark = new int[nFull];
    final double[] sd = new double[nFull];
    /** Few dummy levels: level-by-group weight tables of the current block and the lanes of Σ_g s_g s_g'/W_g. */
    final double[][] gS, gSc, ddLanes;
    final double[] invB;
    /** Per pair (j ≤ m) of [X, z]: partial sums of w·a_j·a_m by position in the block (the loop vectorises). */
    final double[][] lanes;
    /** The block columns [X, z] (bx then bz), and scratch for four weighted sums. */
    final double[][] all;
    /** w·a_j of the block, per column. */
    final double[][] wa;
    final double[] means4 = new double[4];
    double sYEta;

    Chunk(int runFrom, int runTo, int cap) {
      this.runFrom = runFrom;
      this.runTo = runTo;
      bx = new double[k][cap];
      lanes = new double[k1 * (k1 + 1) / 2][cap];
      boolean denseLevels = dummyCodes.length > 0 && nFull <= DENSE_LEVELS;
      gS = new double[denseLevels ? nFull : 0][cap];
      gSc = new double[denseLevels ? nFull : 0][cap];
      ddLanes = new double[denseLevels ? nFull * (nFull + 1) / 2 : 0][cap];
      invB = new double[denseLevels ? cap : 0];
      bw = new double[cap];
      bz = new double[cap];
      eta = new double[cap];
      wa = new double[k1][cap];
      all = new double[k1][];
      System.arraycopy(bx, 0, all, 0, k);
      all[k] = bz;
    }

    /**
     * Weighted means of the block's columns [X, z] over rows a..b-1 (group g) into meanA, the group's weight into
     * sumW, and the columns demeaned in place; returns 1/W_g (0 for no weight). A group has few rows, so its loops
     * are short and their set-up dominates: columns go four to a loop (the weight sum rides along the first), each
     * column's sum still in row order.
     */
    private double groupMeans(int g, int a, int b) {
      double[][] c = all;
      int base = g * k1, j = 0;
      double wsum = 0;
      double[] m4 = means4;
      if (k1 >= 4) {
        double[] c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        for (int t = a; t < b; t++) {
          double w = bw[t];
          wsum += w;
          a0 += w * c0[t];
          a1 += w * c1[t];
          a2 += w * c2[t];
          a3 += w * c3[t];
        }
        m4[0] = a0;
        m4[1] = a1;
        m4[2] = a2;
        m4[3] = a3;
      } else {
        for (int t = a; t < b; t++) wsum += bw[t];
      }
      double inv = wsum > 0 ? 1.0 / wsum : 0.0;
      sumW[g] = wsum;
      for (; j + 3 < k1; j += 4) {
        double[] c0 = c[j], c1 = c[j + 1], c2 = c[j + 2], c3 = c[j + 3];
        if (j > 0) {
          double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
          for (int t = a; t < b; t++) {
            double w = bw[t];
            a0 += w * c0[t];
            a1 += w * c1[t];
            a2 += w * c2[t];
            a3 += w * c3[t];
          }
          m4[0] = a0;
          m4[1] = a1;
          m4[2] = a2;
          m4[3] = a3;
        }
        double e0 = m4[0] * inv, e1 = m4[1] * inv, e2 = m4[2] * inv, e3 = m4[3] * inv;
        meanA[base + j] = e0;
        meanA[base + j + 1] = e1;
        meanA[base + j + 2] = e2;
        meanA[base + j + 3] = e3;
        for (int t = a; t < b; t++) {
          c0[t] -= e0;
          c1[t] -= e1;
          c2[t] -= e2;
          c3[t] -= e3;
        }
      }
      for (; j < k1; j++) {
        double[] col = c[j];
        double acc = 0;
        for (int t = a; t < b; t++) acc += bw[t] * col[t];
        double mean = acc * inv;
        meanA[base + j] = mean;
        for (int t = a; t < b; t++) col[t] -= mean;
      }
      return inv;
    }

    private int ddLanesLevels() { return ddLanes.length == 0 ? 0 : nFull; }

    void accumulate(double[] theta, double[] alpha, double[] thetaFull, double ybar, boolean first) {
      Arrays.fill(cxx, 0);
      Arrays.fill(levelW, 0);
      Arrays.fill(levelA, 0);
      Arrays.fill(dd, 0);
      Arrays.fill(cross, 0);
      Arrays.fill(refX, 0);
      double sum = 0;
      int nq = dummyCodes.length, nf = nFull;
      for (int r0 = runFrom; r0 < runTo; ) {
        // a block of whole groups
        int r1 = blockEnd(r0, runTo);
        int s = runStart[r0], e = runStart[r1], len = e - s;
        for (int j = 0; j < k; j++) System.arraycopy(xCentred[j], s, bx[j], 0, len);
        if (theta == null) {
          for (int t = 0; t < len; t++) eta[t] = Math.log(0.5 * (y[s + t] + ybar));
        } else {
          for (int t = 0; t < len; t++) eta[t] = alpha[group[s + t]];
          for (int j = 0; j < k; j++) {
            double bj = theta[nDummies + j];
            double[] b = bx[j];
            for (int t = 0; t < len; t++) eta[t] += b[t] * bj;
          }
          for (int q = 0; q < nq; q++) {
            int[] dc = dummyCodes[q];
            int off = fullOffset[q];
            for (int t = 0; t < len; t++) eta[t] += thetaFull[off + dc[s + t]];
          }
        }
        for (int t = 0; t < len; t++) {
          double et = eta[t], mu = Math.exp(et), yt = y[s + t], pi = pw == null ? 1.0 : pw[s + t];
          sum += pi * (yt * et + yt - mu);
          bw[t] = pi * mu;
          bz[t] = et + (yt - mu) / mu;
        }
        if (first)
          for (int j = 0; j < k; j++) {
            double[] b = bx[j];
            double acc = 0;
            for (int t = 0; t < len; t++) acc += bw[t] * b[t] * b[t];
            refX[j] += acc;
          }
        // group sums and means, then demean the block in place
        boolean denseLevels = nq > 0 && nf <= DENSE_LEVELS;
        for (int r = r0; r < r1; r++) {
          int g = runGroup[r], a = runStart[r] - s, b = runStart[r + 1] - s;
          double inv = groupMeans(g, a, b);
          if (denseLevels) {
            invB[r - r0] = inv;
          } else if (nq > 0) {
            // the group's level weights s_g (sparse: a firm sees few of many industry-year levels), stored for the
            // effects, and D̃'WD̃ = D'WD − Σ_g s_g s_g'/W_g
            int m = 0, stamp = r + 1;
            for (int q = 0; q < nq; q++) {
              int[] dc = dummyCodes[q];
              int off = fullOffset[q];
              for (int t = a; t < b; t++) {
                int u = off + dc[s + t];
                if (mark[u] != stamp) {
                  mark[u] = stamp;
                  sd[u] = 0;
                  nz[m++] = u;
                }
                sd[u] += bw[t];
              }
            }
            int sb = runStart[r] * nq;
            for (int iu = 0; iu < m; iu++) {
              int u = nz[iu];
              sdIndex[sb + iu] = u;
              sdValue[sb + iu] = sd[u];
            }
            sdCount[r] = m;
            for (int iu = 0; iu < m; iu++) {
              int u = nz[iu];
              double su = sd[u] * inv;
              int row = u * nf;
              for (int iv = 0; iv < m; iv++) if (nz[iv] >= u) dd[row + nz[iv]] += su * sd[nz[iv]];
            }
          }
        }
        if (denseLevels) {
          // few levels (years): every group's level weights s_g as a column of a level-by-group table filled in
          // one pass over the block's rows (row order within each cell, as a per-group sum), then s_g/W_g, the
          // stored sparse s_g, the level totals and Σ_g (s_g/W_g) s_g' for all groups of the block at once
          int groups = r1 - r0;
          for (int q = 0; q < nq; q++) {
            int[] dc = dummyCodes[q];
            int off = fullOffset[q];
            for (int t = 0; t < len; t++) gS[off + dc[s + t]][rowGroup[s + t]] += bw[t];
          }
          for (int u = 0; u < nf; u++) {
            double[] su = gS[u], sc = gSc[u];
            double tot = 0;
            for (int gb = 0; gb < groups; gb++) {
              sc[gb] = su[gb] * invB[gb];
              tot += su[gb];
            }
            levelW[u] += tot;
          }
          int nRuns = runGroup.length;
          for (int u = 0; u < nf; u++) System.arraycopy(gS[u], 0, groupLevelW, u * nRuns + r0, groups);
          for (int u = 0, p = 0; u < nf; u++) {
            double[] su = gSc[u];
            for (int v = u; v < nf; v++, p++) {
              double[] sv = gS[v], lane = ddLanes[p];
              for (int gb = 0; gb < groups; gb++) lane[gb] += su[gb] * sv[gb];
            }
          }
          for (int u = 0; u < nf; u++) Arrays.fill(gS[u], 0, groups, 0.0);
        }
        // cross products of the demeaned block and the level-by-column sums
        for (int j = 0, p = 0; j <= k; j++) {
          double[] aj = all[j], wj = wa[j];
          for (int t = 0; t < len; t++) wj[t] = bw[t] * aj[t];
          for (int m = j; m <= k; m++, p++) {
            if (j == k) break;    // z'z is not used
            double[] am = all[m], lane = lanes[p];
            for (int t = 0; t < len; t++) lane[t] += wj[t] * am[t];
          }
        }
        for (int q = 0; q < nq; q++) {
          int[] dc = dummyCodes[q];
          int off = fullOffset[q];
          // one pass over the rows per four columns (each cell still summed in row order)
          int j = 0;
          for (; j + 3 < k1; j += 4) {
            double[] w0 = wa[j], w1 = wa[j + 1], w2 = wa[j + 2], w3 = wa[j + 3];
            for (int t = 0; t < len; t++) {
              int cell = (off + dc[s + t]) * k1 + j;
              levelA[cell] += w0[t];
              levelA[cell + 1] += w1[t];
              levelA[cell + 2] += w2[t];
              levelA[cell + 3] += w3[t];
            }
          }
          for (; j < k1; j++) {
            double[] wj = wa[j];
            for (int t = 0; t < len; t++) levelA[(off + dc[s + t]) * k1 + j] += wj[t];
          }
        }
        for (int q = 0; q < nq; q++) {
          int[] dc = dummyCodes[q];
          int off = fullOffset[q];
          if (!denseLevels) for (int t = 0; t < len; t++) levelW[off + dc[s + t]] += bw[t];
          for (int qq = q + 1; qq < nq; qq++) {
            int[] dr = dummyCodes[qq];
            int offR = fullOffset[qq];
            for (int t = 0; t < len; t++) cross[(off + dc[s + t]) * nf + offR + dr[s + t]] += bw[t];
          }
        }
        r0 = r1;
      }
      for (int j = 0, p = 0; j <= k; j++)
        for (int m = j; m <= k; m++, p++) {
          double[] lane = lanes[p];
          double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
          int t = 0;
          for (; t + 3 < lane.length; t += 4) {
            l0 += lane[t];
            l1 += lane[t + 1];
            l2 += lane[t + 2];
            l3 += lane[t + 3];
          }
          for (; t < lane.length; t++) l0 += lane[t];
          cxx[j * k1 + m] = (l0 + l1) + (l2 + l3);
          Arrays.fill(lane, 0);
        }
      for (int u = 0, p = 0; u < ddLanesLevels(); u++)
        for (int v = u; v < nFull; v++, p++) {
          double[] lane = ddLanes[p];
          double l0 = 0;
          for (double x : lane) l0 += x;
          dd[u * nFull + v] = l0;
          Arrays.fill(lane, 0);
        }
      sYEta = sum;
    }
  }

  /** θ's dummy coefficients spread over the scratch level index (0 for reference levels). */
  private double[] full(double[] theta) {
    double[] f = new double[nFull];
    for (int u = 0; u < nFull; u++) f[u] = fullToDummy[u] < 0 ? 0.0 : theta[fullToDummy[u]];
    return f;
  }

  private CholeskyWithDropping decide() {
    double[] ref = new double[p];
    for (int u = 0; u < nFull; u++) if (fullToDummy[u] >= 0) ref[fullToDummy[u]] = levelW[u];
    for (int j = 0; j < k; j++) ref[nDummies + j] = refX[j];
    return CholeskyWithDropping.decide(c, p, ref, CholeskyWithDropping.COLLINEARITY_TOL);
  }

  /** New [γ, β] from the normal equations, and the group effects in closed form. */
  private void solve(CholeskyWithDropping chol, double[] theta, double[] alpha) {
    for (int j = 0; j < p; j++) theta[j] = c[j][p];
    chol.solveInPlace(theta);
    double[] tf = full(theta);
    int nq = dummyCodes.length;
    runChunks().forEach(ch -> {
      for (int r = ch.runFrom; r < ch.runTo; r++) {
        int g = runGroup[r], base = g * k1;
        double a = meanA[base + k];
        for (int j = 0; j < k; j++) a -= meanA[base + j] * theta[nDummies + j];
        if (nq > 0 && sumW[g] > 0) {
          a -= levelDot(r, g, tf) / sumW[g];
        }
        alpha[g] = a;
      }
    });
  }

  /** The chunks of runs, on the pool when allowed (for loops whose runs are independent). */
  private java.util.stream.Stream<Chunk> runChunks() {
    java.util.stream.Stream<Chunk> st = Arrays.stream(chunks);
    return parallel ? st.parallel() : st;
  }

  /** {@code s_g'v}: group g's (run r's) level weights times a vector over the scratch level index. */
  private double levelDot(int r, int g, double[] v) {
    double s = 0;
    if (groupLevelW.length > 0) {
      int runs = runGroup.length;
      for (int u = 0; u < nFull; u++) s += groupLevelW[u * runs + r] * v[u];
    } else {
      int nq = dummyCodes.length;
      for (int e = runStart[r] * nq, end = e + sdCount[r]; e < end; e++) s += sdValue[e] * v[sdIndex[e]];
    }
    return s;
  }

  /**
   * μ at (θ, α) and X̌ at the weights of the last pass: x̌_ij = x̃_ij − Π[l(i), j] + d̄_g(i)'Π[·, j], with x̃ the
   * group-demeaned regressor and Π = (D̃'WD̃)⁻¹ D̃'WX̃.
   */
  private double[][] partialled(CholeskyWithDropping chol, double[] theta, double[] alpha, double[] mu) {
    boolean[] kept = chol.kept();
    double[][] piFull = new double[k][nFull];   // Π by regressor, spread over the scratch level index
    if (nDummies > 0) {
      CholeskyWithDropping ddc = CholeskyWithDropping.withKept(c, nDummies, Arrays.copyOf(kept, nDummies));
      if (ddc == null) throw new CountModelException("dummy block of the fixed effects is singular");
      double[] b = new double[nDummies];
      for (int j = 0; j < k; j++) {
        for (int d = 0; d < nDummies; d++) b[d] = c[d][nDummies + j];
        ddc.solveInPlace(b);
        piFull[j] = full(b);
      }
    }
    double[] shift = new double[nGroups * k];
    int nq = dummyCodes.length;
    runChunks().forEach(ch -> {
      for (int r = ch.runFrom; r < ch.runTo; r++) {
        int g = runGroup[r];
        for (int j = 0; j < k; j++) {
          double s = meanA[g * k1 + j] + xMean[j];
          if (nq > 0 && sumW[g] > 0) {
            s -= levelDot(r, g, piFull[j]) / sumW[g];
          }
          shift[g * k + j] = s;
        }
      }
    });
    double[][] out = new double[k][];
    columns(parallel).forEach(j -> {
      double[] o = new double[n], xj = x[j], pj = piFull[j];
      out[j] = o;
      int q0 = 0;
      if (dummyCodes.length > 0) {
        int[] dc = dummyCodes[0];
        int off = fullOffset[0];
        for (int i = 0; i < n; i++) o[i] = (xj[i] - shift[group[i] * k + j]) - pj[off + dc[i]];
        q0 = 1;
      } else {
        for (int i = 0; i < n; i++) o[i] = xj[i] - shift[group[i] * k + j];
      }
      for (int q = q0; q < dummyCodes.length; q++) {
        int[] dc = dummyCodes[q];
        int off = fullOffset[q];
        for (int i = 0; i < n; i++) o[i] -= pj[off + dc[i]];
      }
    });
    double[] tf = full(theta);
    runChunks().forEach(ch -> {
      int from = runStart[ch.runFrom], to = runStart[ch.runTo];
      for (int i = from; i < to; i++) mu[i] = alpha[group[i]];
      for (int j = 0; j < k; j++) {
        double bj = theta[nDummies + j];
        double[] xc = xCentred[j];
        for (int i = from; i < to; i++) mu[i] += xc[i] * bj;
      }
      for (int q = 0; q < dummyCodes.length; q++) {
        int[] dc = dummyCodes[q];
        int off = fullOffset[q];
        for (int i = from; i < to; i++) mu[i] += tf[off + dc[i]];
      }
      for (int i = from; i < to; i++) mu[i] = Math.exp(mu[i]);
    });
    return out;
  }

  /** Σ a_t b_t with four partial sums, so that the additions are not one serial dependency chain. */
  static double dot(double[] a, double[] b, int len) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int t = 0;
    for (; t + 3 < len; t += 4) {
      s0 += a[t] * b[t];
      s1 += a[t + 1] * b[t + 1];
      s2 += a[t + 2] * b[t + 2];
      s3 += a[t + 3] * b[t + 3];
    }
    for (; t < len; t++) s0 += a[t] * b[t];
    return (s0 + s1) + (s2 + s3);
  }

  /** True when every group's rows form one contiguous run (panels sorted by firm). */
  private static boolean contiguous(int[] group, int nGroups) {
    boolean[] seen = new boolean[nGroups];
    for (int i = 0; i < group.length; i++) {
      if (i > 0 && group[i] == group[i - 1]) continue;
      if (seen[group[i]]) return false;
      seen[group[i]] = true;
    }
    return true;
  }

  /** Stable counting sort of rows by group: perm[i] = original row of sorted position i. */
  private static int[] countingSort(int[] group, int nGroups) {
    int[] start = new int[nGroups + 1];
    for (int g : group) start[g + 1]++;
    for (int g = 0; g < nGroups; g++) start[g + 1] += start[g];
    int[] perm = new int[group.length];
    for (int i = 0; i < group.length; i++) perm[start[group[i]]++] = i;
    return perm;
  }

  private double[] permute(double[] v) {
    if (perm == null) return v;
    double[] out = new double[v.length];
    for (int i = 0; i < out.length; i++) out[i] = v[perm[i]];
    return out;
  }

  private int[] permute(int[] v) {
    if (perm == null) return v;
    int[] out = new int[v.length];
    for (int i = 0; i < out.length; i++) out[i] = v[perm[i]];
    return out;
  }

  private double[] unpermute(double[] v) {
    if (perm == null) return v;
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[perm[i]] = v[i];
    return out;
  }

  private double[][] unpermute(double[][] m) {
    double[][] out = new double[m.length][];
    for (int j = 0; j < m.length; j++) out[j] = unpermute(m[j]);
    return out;
  }
}
