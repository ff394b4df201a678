package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.stat.hypothesis.CorTest;

/** Correlations and their p-values against Smile's CorTest and hand cases. */
class CorrelationMatrixTest {

  @Test
  void agreesWithSmileCorTest() {
    SplittableRandom rnd = new SplittableRandom(23);
    for (int rep = 0; rep < 40; rep++) {
      int n = 5 + rnd.nextInt(60);
      double[] a = new double[n], b = new double[n];
      double rho = rnd.nextDouble() * 1.6 - 0.8;
      for (int i = 0; i < n; i++) {
        a[i] = ModifiedWaldTest.gaussian(rnd);
        b[i] = rho * a[i] + ModifiedWaldTest.gaussian(rnd);
        if (rnd.nextInt(4) == 0) b[i] = Math.round(b[i]); // ties for the ranks
      }
      CorrelationMatrix m = CorrelationMatrix.of(List.of("a", "b"), new double[][] {a, b}, true, "test");
      CorTest p = CorTest.pearson(a, b), s = CorTest.spearman(a, b);
      String c = "seed 23 rep " + rep + " n " + n;
      assertThat(m.pearson()[1][0]).as(c).isCloseTo(p.cor, within(1e-12));
      assertThat(m.pearsonP()[1][0]).as(c).isCloseTo(p.pvalue, within(1e-9 + 1e-6 * p.pvalue));
      assertThat(m.spearman()[1][0]).as(c).isCloseTo(s.cor, within(1e-12));
      assertThat(m.spearmanP()[0][1]).as(c).isCloseTo(s.pvalue, within(1e-9 + 1e-6 * s.pvalue));
      assertThat(m.n()[0][1]).isEqualTo(n);
    }
  }

  /** x = (1, 2, 3, 4), y = (1, 3, 2, 4): r = 0.8 (Σdxdy = 4, Σdx² = Σdy² = 5); t = 0.8 √(2/0.36), df 2. */
  @Test
  void handCaseAndPairwiseMissing() {
    double[] x = {1, 2, 3, 4, 5}, y = {1, 3, 2, 4, Double.NaN};
    CorrelationMatrix m = CorrelationMatrix.of(List.of("x", "y"), new double[][] {x, y}, false, "test");
    assertThat(m.n()[1][0]).isEqualTo(4);
    assertThat(m.pearson()[1][0]).isCloseTo(0.8, within(1e-14));
    double t = 0.8 * Math.sqrt(2 / 0.36);
    // two-sided t(2) p-value in closed form: 1 − t/√(t² + 2)
    assertThat(m.pearsonP()[1][0]).isCloseTo(1 - t / Math.sqrt(t * t + 2), within(1e-12));
    assertThat(m.hasSpearman()).isFalse();
    assertThat(m.pearson()[0][0]).isEqualTo(1.0);
  }

  @Test
  void averageRanksForTies() {
    assertThat(CorrelationMatrix.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
  }

  /** Radix-sorted ranks equal the definition rank_i = #{v_j < v_i} + (#{v_j = v_i} + 1)/2, negatives and ±0 too. */
  @Test
  void ranksMatchTheirDefinition() {
    SplittableRandom rnd = new SplittableRandom(29);
    for (int rep = 0; rep < 200; rep++) {
      int n = 1 + rnd.nextInt(50);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = rnd.nextInt(5);
        v[i] = kind == 0 ? rnd.nextInt(3) - 1 : kind == 1 ? -0.0 : kind == 2 ? -rnd.nextDouble() * 1e6
            : rnd.nextDouble() * 1e-300;
      }
      double[] got = CorrelationMatrix.ranks(v);
      for (int i = 0; i < n; i++) {
        int less = 0, eq = 0;
        for (double w : v) { if (w < v[i]) less++; else if (w == v[i]) eq++; }
        assertThat(got[i]).as("seed 29 rep %d %s", rep, java.util.Arrays.toString(v)).isEqualTo(less + (eq + 1) / 2.0);
      }
    }
  }

  @Test
  void starsFollowTheThresholds() {
    List<Double> th = List.of(0.1, 0.05, 0.01);
    assertThat(org.netinnov.report.Significance.stars(0.2, th)).isEmpty();
    assertThat(org.netinnov.report.Significance.stars(0.07, th)).isEqualTo("*");
    assertThat(org.netinnov.report.Significance.stars(0.03, th)).isEqualTo("**");
    assertThat(org.netinnov.report.Significance.stars(0.001, th)).isEqualTo("***");
    assertThat(org.netinnov.report.Significance.stars(Double.NaN, th)).isEmpty();
  }
}
