package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.netinnov.mechanism.MediationResult.BootstrapInterval;
import org.netinnov.mechanism.MediationResult.Test;

class SobelAndIntervalsTest {

  @org.junit.jupiter.api.Test
  void sobelAndAroianFollowTheirFormulas() {
    // a = 0.5 (s_a 0.1), b = 0.3 (s_b 0.05): by hand, b²s_a² + a²s_b² = 0.0009 + 0.000625 = 0.001525
    Test s = Sobel.sobel(0.5, 0.1, 0.3, 0.05);
    assertThat(s.se()).isCloseTo(Math.sqrt(0.001525), within(1e-15));
    assertThat(s.se()).isCloseTo(0.03905124837953328, within(1e-15));
    assertThat(s.statistic()).isCloseTo(3.8411063979868785, within(1e-12));
    assertThat(s.pValue()).isCloseTo(0.00012248100770987993, within(1e-15)); // erfc(|z|/√2)
    // Aroian adds s_a²s_b² = 0.000025
    Test r = Sobel.aroian(0.5, 0.1, 0.3, 0.05);
    assertThat(r.se()).isCloseTo(Math.sqrt(0.00155), within(1e-15));
    assertThat(r.statistic()).isCloseTo(3.810003810005715, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.00013896465019368694, within(1e-15));
    // sign follows ab; a zero path gives z = 0, p = 1
    assertThat(Sobel.sobel(-0.5, 0.1, 0.3, 0.05).statistic()).isCloseTo(-3.8411063979868785, within(1e-12));
    assertThat(Sobel.sobel(0.0, 0.1, 0.3, 0.05).pValue()).isEqualTo(1.0);
    assertThat(Sobel.sobel(0.0, 0.0, 0.3, 0.0).available()).isFalse();
    assertThat(Sobel.notValidForNonlinear().note())
        .isEqualTo("Sobel test not valid for a nonlinear outcome model; use the bootstrap interval");
  }

  @org.junit.jupiter.api.Test
  void percentileBcAndPValueAgainstR() {
    double[] x = new double[100];
    for (int k = 1; k <= 100; k++) x[k - 1] = k / 100.0;
    shuffle(x);
    // R: quantile((1:100)/100, c(.05, .95)) = 0.0595, 0.9505
    BootstrapInterval mid = BootstrapIntervals.of(x, 0.505, 0.90);
    assertThat(mid.percentileLow()).isCloseTo(0.0595, within(1e-12));
    assertThat(mid.percentileHigh()).isCloseTo(0.9505, within(1e-12));
    assertThat(mid.z0()).isCloseTo(0.0, within(1e-12)); // half the replicates below: BC = percentile
    assertThat(mid.bcLow()).isCloseTo(0.0595, within(1e-12));
    // estimate 0.605: 60 below, z0 = qnorm(0.6); R: quantile(x, pnorm(2*z0 + qnorm(c(.05,.95))))
    BootstrapInterval bc = BootstrapIntervals.of(x, 0.605, 0.90);
    assertThat(bc.z0()).isCloseTo(0.253347103135800, within(1e-12));
    assertThat(bc.bcLow()).isCloseTo(0.136251690283104, within(1e-12));
    assertThat(bc.bcHigh()).isCloseTo(0.984440672628697, within(1e-12));
    // sample variance of 1..n is n(n+1)/12
    assertThat(bc.se()).isCloseTo(Math.sqrt(100 * 101 / 12.0) / 100, within(1e-12));
    // every replicate positive: p = 0; ties on the estimate count half
    assertThat(bc.pValue()).isEqualTo(0.0);
    BootstrapInterval tie = BootstrapIntervals.of(new double[] {1, 2, 3, 4}, 3, 0.9);
    assertThat(tie.z0()).isCloseTo(new org.apache.commons.math3.distribution.NormalDistribution()
        .inverseCumulativeProbability(2.5 / 4), within(1e-12));
  }

  @org.junit.jupiter.api.Test
  void pValueIsTwiceTheFarTailAndFailedReplicatesAreLeftOut() {
    double[] x = new double[103];
    for (int k = 1; k <= 100; k++) x[k - 1] = (k - 10) / 100.0; // −0.09 .. 0.90: 10 values ≤ 0
    x[100] = Double.NaN;
    x[101] = Double.NaN;
    x[102] = Double.NaN;
    BootstrapInterval b = BootstrapIntervals.of(x, 0.4, 0.95);
    assertThat(b.valid()).isEqualTo(100);
    assertThat(b.pValue()).isCloseTo(0.2, within(1e-15));
    assertThat(b.note()).contains("3 of 103 replicates");
    BootstrapInterval oneSide = BootstrapIntervals.of(new double[] {1, 2, 3}, 0.5, 0.95);
    assertThat(oneSide.bcLow()).isNaN();
    assertThat(oneSide.note()).contains("one side");
    assertThat(BootstrapIntervals.of(new double[] {1}, 0.5, 0.95).percentileLow()).isNaN();
  }

  private static void shuffle(double[] x) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = x.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      double t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }
}
