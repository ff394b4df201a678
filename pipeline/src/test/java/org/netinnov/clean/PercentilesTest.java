package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Stata's _pctile definition: P = n·p; P whole → (x(P) + x(P+1))/2, else x(⌊P⌋+1). Expected values below are
 * worked out by hand from that rule (and agree with R's quantile(type = 2)).
 */
class PercentilesTest {
  private static final double[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test void byHandOnTenValues() {
    // n=10, p=0.10: P=1 (whole) → (x1+x2)/2 = 1.5
    assertThat(Percentiles.stata(TEN, 10, 0.10)).isEqualTo(1.5);
    // p=0.25: P=2.5 → x(3) = 3
    assertThat(Percentiles.stata(TEN, 10, 0.25)).isEqualTo(3.0);
    // p=0.5: P=5 → (x5+x6)/2 = 5.5
    assertThat(Percentiles.stata(TEN, 10, 0.5)).isEqualTo(5.5);
    // p=0.99: P=9.9 → x(10) = 10 ; p=0.01: P=0.1 → x(1) = 1 (no winsorizing below 100 observations)
    assertThat(Percentiles.stata(TEN, 10, 0.99)).isEqualTo(10.0);
    assertThat(Percentiles.stata(TEN, 10, 0.01)).isEqualTo(1.0);
    // p=0.95: P=9.5 → x(10)
    assertThat(Percentiles.stata(TEN, 10, 0.95)).isEqualTo(10.0);
    // p=0.9: P=9 → (x9+x10)/2 = 9.5   (R type 7 would give 9.1: the definitions differ)
    assertThat(Percentiles.stata(TEN, 10, 0.9)).isEqualTo(9.5);
  }

  @Test void wholeProductsDespiteBinaryFractions() {
    // 300 * 0.01 is 3.0000000000000004 in doubles; Stata's n·1/100 is exactly 3 → (x3+x4)/2
    double[] v = new double[300];
    for (int i = 0; i < v.length; i++) v[i] = i + 1;
    assertThat(Percentiles.stata(v, 300, 0.01)).isEqualTo(3.5);
    // 300 * 0.99 = 297 → (x297 + x298)/2
    assertThat(Percentiles.stata(v, 300, 0.99)).isEqualTo(297.5);
    // n = 7, p = 0.5: P = 3.5 → x(4)
    assertThat(Percentiles.stata(v, 7, 0.5)).isEqualTo(4.0);
  }

  @Test void edgesAndEmpty() {
    assertThat(Percentiles.stata(TEN, 0, 0.5)).isNaN();
    assertThat(Percentiles.stata(new double[] {4}, 1, 0.01)).isEqualTo(4.0);
    assertThat(Percentiles.stata(new double[] {4}, 1, 0.99)).isEqualTo(4.0);
    assertThat(Percentiles.stata(TEN, 10, 1.0)).isEqualTo(10.0);
  }

  /** Selection gives the same percentile as sorting, including with heavy ties. */
  @Test void selectionAgreesWithSorting() {
    long seed = 99;
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 2000; k++) {
      int n = r.nextInt(1, 400);
      double[] v = new double[n];
      int distinct = r.nextInt(1, 50);
      for (int i = 0; i < n; i++) v[i] = r.nextBoolean() ? r.nextInt(distinct) : r.nextGaussian();
      double p = r.nextInt(5) == 0 ? 0.01 * r.nextInt(1, 100) : r.nextDouble();
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double expected = Percentiles.stata(sorted, n, p);
      double got = Percentiles.stataUnsorted(v.clone(), n, p);
      assertThat(got).as("seed %d case %d n=%d p=%s", seed, k, n, p).isEqualTo(expected);
    }
  }
}
