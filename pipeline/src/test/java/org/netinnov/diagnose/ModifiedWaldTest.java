package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The modified Wald statistic against Greene's formula on hand-computed cases. */
class ModifiedWaldTest {

  /**
   * Firm A: e = (1, −1, 2): e² = (1, 1, 4), σ²_A = 2, Σ(e² − σ²_A)² = 6, V_A = 6/(3·2) = 1.
   * Firm B: e = (1, 3): e² = (1, 9), σ²_B = 5, Σ(e² − σ²_B)² = 32, V_B = 32/(2·1) = 16.
   * σ² = (6 + 10)/5 = 3.2. W = (2 − 3.2)²/1 + (5 − 3.2)²/16 = 1.44 + 0.2025 = 1.6425, χ²(2): p = exp(−W/2).
   */
  @Test
  void handComputedTwoFirms() {
    TestResult r = ModifiedWald.compute(new double[] {1, -1, 2, 1, 3}, new int[] {0, 0, 0, 1, 1}, 0.05);
    assertThat(r.statistic()).isCloseTo(1.6425, within(1e-12));
    assertThat(r.df()).containsExactly(2.0);
    assertThat(r.pValue()).isCloseTo(Math.exp(-1.6425 / 2), within(1e-14));
    assertThat(r.decision()).startsWith("do not reject H0");
    assertThat(r.note()).isNull();
  }

  /**
   * A third firm with a single observation e = 2 enters σ² = (6 + 10 + 4)/6 = 10/3 but not the sum:
   * W = (2 − 10/3)²/1 + (5 − 10/3)²/16 = 16/9 + (25/9)/16 = 16/9 + 25/144 = 281/144, df 2.
   */
  @Test
  void singleObservationFirmLeftOutOfTheSumButNotOfSigma() {
    TestResult r = ModifiedWald.compute(new double[] {1, -1, 2, 1, 3, 2}, new int[] {0, 0, 0, 1, 1, 2}, 0.05);
    assertThat(r.statistic()).isCloseTo(281.0 / 144.0, within(1e-12));
    assertThat(r.df()).containsExactly(2.0);
    assertThat(r.note()).contains("1 firm(s) with a single observation left out");
  }

  @Test
  void strongGroupwiseHeteroskedasticityIsRejected() {
    SplittableRandom rnd = new SplittableRandom(11);
    int firms = 30, t = 12;
    double[] e = new double[firms * t];
    int[] f = new int[firms * t];
    for (int i = 0; i < firms; i++)
      for (int s = 0; s < t; s++) {
        e[i * t + s] = (1 + 3 * (i % 3)) * gaussian(rnd);
        f[i * t + s] = i;
      }
    TestResult r = ModifiedWald.compute(e, f, 0.05);
    assertThat(r.pValue()).as("seed 11").isLessThan(1e-6);
    assertThat(r.decision()).startsWith("reject H0");
  }

  @Test
  void noFirmWithTwoObservationsIsNotComputed() {
    TestResult r = ModifiedWald.compute(new double[] {1, 2, 3}, new int[] {0, 1, 2}, 0.05);
    assertThat(r.computed()).isFalse();
    assertThat(r.statistic()).isNaN();
    assertThat(r.decision()).isEqualTo("not computed");
    assertThat(r.note()).contains("no firm has 2 or more observations");
  }

  static double gaussian(SplittableRandom r) {
    double u = r.nextDouble(), v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
