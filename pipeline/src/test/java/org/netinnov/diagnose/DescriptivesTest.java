package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

/** Descriptive statistics against hand-computed values, closed forms and an independent percentile routine. */
class DescriptivesTest {

  /**
   * Firms: (1, 2, 3), (4, 6), (10). Mean 13/3; Σ(x − x̄)² = 160/3, SD = √(32/3). Sorted 1 2 3 4 6 10, R type 7:
   * p25 = 2.25, median 3.5, p75 = 5.5. Firm means 2, 5, 10: between SD = √(49/3). Within deviations
   * −1 0 1 −1 1 0: within SD = √(4/5).
   */
  @Test
  void handExample() {
    DescriptiveStats s = Descriptives.of("x", new double[] {1, 2, 3, 4, 6, 10}, new int[] {0, 0, 0, 1, 1, 2});
    assertThat(s.n()).isEqualTo(6);
    assertThat(s.firms()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo(13.0 / 3, within(1e-14));
    assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 3), within(1e-14));
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(10);
    assertThat(s.p25()).isCloseTo(2.25, within(1e-14));
    assertThat(s.median()).isCloseTo(3.5, within(1e-14));
    assertThat(s.p75()).isCloseTo(5.5, within(1e-14));
    assertThat(s.sdBetween()).isCloseTo(Math.sqrt(49.0 / 3), within(1e-14));
    assertThat(s.sdWithin()).isCloseTo(Math.sqrt(4.0 / 5), within(1e-14));
  }

  @Test
  void missingValuesAreSkipped() {
    DescriptiveStats s = Descriptives.of("x", new double[] {1, Double.NaN, 3, Double.NaN}, new int[] {0, 0, 1, 1});
    assertThat(s.n()).isEqualTo(2);
    assertThat(s.firms()).isEqualTo(2);
    assertThat(s.mean()).isEqualTo(2);
    assertThat(s.sdWithin()).isEqualTo(0);
    DescriptiveStats none = Descriptives.of("y", new double[] {Double.NaN}, new int[] {0});
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNaN();
  }

  /**
   * Closed forms on a balanced panel x_it = a_i + b_t: the within SD is the SD of b_t repeated over firms
   * (denominator NT − 1), the between SD is the SD of a_i + b̄ over firms, the overall variance their sum scaled.
   */
  @Test
  void additivePanelClosedForms() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int rep = 0; rep < 50; rep++) {
      int n = 2 + rnd.nextInt(8), t = 2 + rnd.nextInt(8);
      double[] a = new double[n], b = new double[t];
      for (int i = 0; i < n; i++) a[i] = rnd.nextDouble() * 10 - 5;
      for (int s = 0; s < t; s++) b[s] = rnd.nextDouble() * 4 - 2;
      double[] x = new double[n * t];
      int[] f = new int[n * t];
      for (int i = 0; i < n; i++)
        for (int s = 0; s < t; s++) {
          x[i * t + s] = a[i] + b[s];
          f[i * t + s] = i;
        }
      DescriptiveStats d = Descriptives.of("x", x, f);
      double bm = Arrays.stream(b).average().orElseThrow(), am = Arrays.stream(a).average().orElseThrow();
      double ssb = 0, ssa = 0;
      for (double v : b) ssb += (v - bm) * (v - bm);
      for (double v : a) ssa += (v - am) * (v - am);
      String c = "seed 5 rep " + rep + " n=" + n + " t=" + t;
      assertThat(d.sdWithin()).as(c).isCloseTo(Math.sqrt(n * ssb / (n * t - 1.0)), within(1e-10));
      assertThat(d.sdBetween()).as(c).isCloseTo(Math.sqrt(ssa / (n - 1.0)), within(1e-10));
      assertThat(d.sd() * d.sd() * (n * t - 1)).as(c).isCloseTo(t * ssa + n * ssb, within(1e-8));
    }
  }

  /** Type 7 quantiles agree with Commons Math's Percentile in its R_7 mode. */
  @Test
  void quantilesAreRType7() {
    SplittableRandom rnd = new SplittableRandom(17);
    for (int rep = 0; rep < 200; rep++) {
      int n = 1 + rnd.nextInt(40);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) v[i] = rnd.nextInt(5) == 0 ? rnd.nextInt(3) : rnd.nextDouble() * 100;
      double[] s = v.clone();
      Arrays.sort(s);
      Percentile ref = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
      for (double p : new double[] {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0}) {
        double want = ref.evaluate(v, Math.max(p * 100, 1e-9));
        if (p == 0) want = s[0];
        assertThat(Descriptives.quantile(s, p)).as("seed 17 rep %d p %s v %s", rep, p, Arrays.toString(v))
            .isCloseTo(want, within(1e-9));
      }
    }
  }

  @Test
  void panelStructure() {
    // firm 0: 2000-2002; firm 1: 2000, 2002 (gap); firm 2: 2001
    PanelStructure p = PanelStructure.of(new int[] {0, 0, 0, 1, 1, 2}, new int[] {2000, 2001, 2002, 2000, 2002, 2001});
    assertThat(p.firms()).isEqualTo(3);
    assertThat(p.years()).isEqualTo(3);
    assertThat(p.observations()).isEqualTo(6);
    assertThat(p.minPerFirm()).isEqualTo(1);
    assertThat(p.maxPerFirm()).isEqualTo(3);
    assertThat(p.meanPerFirm()).isEqualTo(2.0);
    assertThat(p.balanced()).isFalse();
    assertThat(p.firmsWithGaps()).isEqualTo(1);
    assertThat(p.firstYear()).isEqualTo(2000);
    assertThat(p.lastYear()).isEqualTo(2002);
    PanelStructure b = PanelStructure.of(new int[] {0, 0, 1, 1}, new int[] {2000, 2001, 2000, 2001});
    assertThat(b.balanced()).isTrue();
  }
}
