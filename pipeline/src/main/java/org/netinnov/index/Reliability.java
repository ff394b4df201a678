package org.netinnov.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Reliability and factorability of a dimension's indicators, computed on the complete cases of the
 * direction-adjusted raw indicators (negative ones multiplied by −1; this is what an alpha or a KMO of the
 * construct means, and it does not depend on the index method or on min–max versus z scaling, except raw alpha,
 * which is unit-dependent by design). Values that cannot be computed are NaN and {@link #problems()} says why.
 *
 * @param n                   complete cases used
 * @param correlation         k×k Pearson correlation matrix
 * @param alphaRaw            Cronbach's alpha on the covariance matrix
 * @param alphaStd            Cronbach's alpha on the correlation matrix
 * @param kmo                 overall KMO measure of sampling adequacy
 * @param kmoLabel            Kaiser's label of the overall KMO
 * @param kmoPerItem          KMO of each indicator
 * @param kmoPerItemLabels    Kaiser's label of each indicator's KMO
 * @param itemRestCorrelation correlation of each standardized indicator with the sum of the other standardized
 *                            indicators (psych's {@code r.drop} on z-scores); negative suggests a wrong direction
 * @param bartlett            Bartlett's test of sphericity (null when the matrix is singular)
 * @param problems            why some value is NaN (empty when all are defined)
 */
public record Reliability(
    int n,
    double[][] correlation,
    double alphaRaw,
    double alphaStd,
    double kmo,
    String kmoLabel,
    double[] kmoPerItem,
    List<String> kmoPerItemLabels,
    double[] itemRestCorrelation,
    BartlettSphericity bartlett,
    List<String> problems) {

  /**
   * @param x     complete, direction-adjusted columns x[j][i] (no NaN), k ≥ 2
   * @param names indicator names for the messages
   */
  public static Reliability of(double[][] x, List<String> names) {
    int k = x.length;
    int n = x[0].length;
    List<String> problems = new ArrayList<>();
    double[][] nanK = nanMatrix(k);
    if (n < 2) {
      problems.add("only " + n + " complete case(s): reliability and KMO need at least 2");
      return new Reliability(n, nanK, Double.NaN, Double.NaN, Double.NaN, KaiserMeyerOlkin.label(Double.NaN),
          nan(k), labels(nan(k)), nan(k),
          null, List.copyOf(problems));
    }
    double[][] cov = Covariance.of(x);
    double[][] r = Covariance.correlation(cov);
    int constant = Covariance.constantColumn(cov);
    if (constant >= 0) {
      problems.add("indicator `" + names.get(constant) + "` is constant over the " + n
          + " complete cases: correlations, alpha and KMO are undefined");
      return new Reliability(n, r, Double.NaN, Double.NaN, Double.NaN, KaiserMeyerOlkin.label(Double.NaN),
          nan(k), labels(nan(k)), nan(k),
          null, List.copyOf(problems));
    }
    double alphaRaw = CronbachAlpha.raw(cov);
    double alphaStd = CronbachAlpha.standardized(r);
    double[] itemRest = itemRest(r);

    double kmo = Double.NaN;
    double[] kmoItem = nan(k);
    BartlettSphericity bartlett = null;
    try {
      RealMatrix rm = MatrixUtils.createRealMatrix(r);
      CholeskyDecomposition chol = new CholeskyDecomposition(rm, 1e-12, 1e-12);
      double[][] inv = chol.getSolver().getInverse().getData();
      KaiserMeyerOlkin msa = KaiserMeyerOlkin.of(r, inv);
      kmo = msa.overall();
      kmoItem = msa.perItem();
      double logDet = 0;
      RealMatrix l = chol.getL();
      for (int j = 0; j < k; j++) logDet += 2 * Math.log(l.getEntry(j, j));
      if (n - 1 - (2.0 * k + 5) / 6 > 0) bartlett = BartlettSphericity.of(logDet, n, k);
      else problems.add("Bartlett's test needs n > " + (1 + (2.0 * k + 5) / 6) + " complete cases, got " + n);
    } catch (NonPositiveDefiniteMatrixException e) {
      problems.add("the indicator correlation matrix is singular (an indicator is a linear combination of others,"
          + " or fewer complete cases than indicators): KMO and Bartlett's test are undefined");
    }
    return new Reliability(n, r, alphaRaw, alphaStd, kmo, KaiserMeyerOlkin.label(kmo), kmoItem, labels(kmoItem),
        itemRest, bartlett, List.copyOf(problems));
  }

  /** corr(z_j, Σ_{l≠j} z_l) = Σ_{l≠j} R_jl / √(Σ_{l,m≠j} R_lm). */
  private static double[] itemRest(double[][] r) {
    int k = r.length;
    double total = 0;
    double[] rowSum = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) rowSum[a] += r[a][b];
      total += rowSum[a];
    }
    double[] out = new double[k];
    for (int j = 0; j < k; j++) {
      double cross = rowSum[j] - r[j][j];
      double restVar = total - 2 * rowSum[j] + r[j][j];
      out[j] = cross / Math.sqrt(restVar);
    }
    return out;
  }

  private static List<String> labels(double[] msa) {
    List<String> out = new ArrayList<>(msa.length);
    for (double v : msa) out.add(KaiserMeyerOlkin.label(v));
    return List.copyOf(out);
  }

  private static double[] nan(int k) {
    double[] v = new double[k];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  private static double[][] nanMatrix(int k) {
    double[][] m = new double[k][];
    for (int j = 0; j < k; j++) m[j] = nan(k);
    return m;
  }
}
