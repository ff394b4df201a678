package org.netinnov.estimate.linear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;

/**
 * The within estimator takes different routes for the same model: with the firm's levels numbered in row order
 * the projection runs tile by tile over all columns (chunks on the pool, cross products and R² moments formed on
 * the way, Stata's R² from the firm moments); with the same firms numbered in another order the groups are not
 * contiguous in code order and every column is projected on its own, followed by separate passes. Both must give
 * the same fit up to rounding. Panels are large enough (tens of thousands of rows) to be cut into several chunks.
 */
class WithinRoutesTest {

  @Test
  void tiledAndColumnRoutesAgree() {
    SplittableRandom cases = new SplittableRandom(20240611L);
    for (int c = 0; c < 4; c++) {
      long seed = cases.nextLong();
      int firms = 3000 + cases.nextInt(3000), years = 6 + cases.nextInt(6), k = 1 + cases.nextInt(4);
      boolean twoWay = c % 2 == 0;
      String se = c < 2 ? "cluster(firm)" : "classical";
      String label = "seed " + seed + ", " + firms + " firms, " + years + " years, k " + k + ", "
          + (twoWay ? "firm + year" : "firm") + ", " + se;
      Fit tiled = fit(seed, firms, years, k, twoWay, se, false);
      Fit columns = fit(seed, firms, years, k, twoWay, se, true);
      assertThat(tiled.terms()).as(label).isEqualTo(columns.terms());
      for (int j = 0; j < tiled.k(); j++) {
        close(tiled.coef()[j], columns.coef()[j], tiled.se(j), label + " coef " + j);
        for (int m = 0; m < tiled.k(); m++)
          close(tiled.vcov()[j][m], columns.vcov()[j][m], Math.sqrt(tiled.vcov()[j][j] * tiled.vcov()[m][m]),
              label + " vcov " + j + "," + m);
      }
      assertThat(tiled.dfResidual()).as(label).isEqualTo(columns.dfResidual());
      close(tiled.r2(), columns.r2(), 1, label + " r2");
      for (String s : List.of("r2_within", "r2_between", "r2_overall", "rss", "tss", "f", "loglik"))
        close(tiled.stat(s), columns.stat(s), Math.abs(columns.stat(s)), label + " " + s);
    }
  }

  /** |a − b| ≤ 1e-10 · scale. */
  private static void close(double a, double b, double scale, String what) {
    assertThat(Math.abs(a - b)).as(what + ": " + a + " vs " + b).isLessThanOrEqualTo(1e-10 * Math.max(scale, 1e-300));
  }

  /**
   * A panel with firm and year effects, 10% of firm-years missing; {@code shuffledCodes} numbers the firms of the
   * absorbed and cluster factors in a scrambled order (same grouping, so the same model).
   */
  private static Fit fit(long seed, int firms, int years, int k, boolean twoWay, String se, boolean shuffledCodes) {
    SplittableRandom r = new SplittableRandom(seed);
    int cap = firms * years;
    int[] firm = new int[cap], year = new int[cap];
    double[] y = new double[cap];
    double[][] x = new double[k][cap];
    double[] gamma = new double[years];
    for (int t = 0; t < years; t++) gamma[t] = r.nextGaussian();
    int n = 0;
    for (int f = 0; f < firms; f++) {
      double alpha = r.nextGaussian();
      for (int t = 0; t < years; t++) {
        if (r.nextDouble() < 0.1) continue;
        double v = alpha + gamma[t] + r.nextGaussian() * (1 + 0.5 * r.nextDouble());
        for (int j = 0; j < k; j++) {
          x[j][n] = 5 + 0.5 * alpha + 0.3 * gamma[t] + r.nextGaussian();
          v += (0.2 * j - 0.3) * x[j][n];
        }
        y[n] = v;
        firm[n] = f;
        year[n] = 1990 + t;
        n++;
      }
    }
    firm = Arrays.copyOf(firm, n);
    year = Arrays.copyOf(year, n);
    y = Arrays.copyOf(y, n);
    for (int j = 0; j < k; j++) x[j] = Arrays.copyOf(x[j], n);
    int[] map = new int[firms];
    for (int f = 0; f < firms; f++) map[f] = shuffledCodes ? (int) ((f * 7919L) % firms) : f;
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) codes[i] = map[firm[i]];
    String[] labels = new String[firms];
    for (int f = 0; f < firms; f++) labels[map[f]] = "F" + f;
    Factor firmFactor = new Factor("firm", codes, labels);
    List<Factor> absorb = new ArrayList<>(List.of(firmFactor));
    if (twoWay) absorb.add(Factor.ofInts("year", year));
    List<String> terms = new ArrayList<>();
    for (int j = 0; j < k; j++) terms.add("x" + (j + 1));
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    CovarianceSpec cov = CovarianceSpec.parse(se);
    Design d = new Design("y", y, terms, x, true, null, firm, firms, year, absorb,
        cov.kind() == CovarianceSpec.Kind.CLUSTER ? List.of(firmFactor) : List.of(), rows);
    return LinearPanelModels.fit(d, new LinearSpec(LinearSpec.Estimator.WITHIN, twoWay ? LinearSpec.Effect.TWOWAYS
        : LinearSpec.Effect.INDIVIDUAL, cov, false));
  }
}
