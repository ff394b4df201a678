package org.netinnov.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Distributional checks of the deterministic samplers against closed forms (moments, Poisson pmf). */
class VariatesTest {

  private static Variates variates(long stream) {
    return new Variates(Xoshiro256StarStar.forStream(99, stream));
  }

  @Test
  void normalHasStandardMoments() {
    Variates v = variates(1);
    int n = 200_000;
    double s1 = 0;
    double s2 = 0;
    double s4 = 0;
    for (int i = 0; i < n; i++) {
      double z = v.normal();
      s1 += z;
      s2 += z * z;
      s4 += z * z * z * z;
    }
    assertThat(s1 / n).isCloseTo(0.0, within(0.01));
    assertThat(s2 / n).isCloseTo(1.0, within(0.015));
    assertThat(s4 / n).isCloseTo(3.0, within(0.08)); // kurtosis of the normal
  }

  /** Poisson frequencies against the pmf (chi-square), on both sides of the inversion/PTRS switch at 10. */
  @ParameterizedTest
  @ValueSource(doubles = {0.2, 3.0, 9.99, 10.0, 25.0, 180.0})
  void poissonMatchesPmf(double mu) {
    Variates v = variates(2);
    int n = 100_000;
    PoissonDistribution pd = new PoissonDistribution(null, mu, 1e-12, 10_000_000);
    int lo = Math.max(0, (int) Math.floor(mu - 4 * Math.sqrt(mu)));
    int hi = (int) Math.ceil(mu + 4 * Math.sqrt(mu)) + 2;
    long[] counts = new long[hi - lo + 2]; // last bin: outside [lo, hi]
    double sum = 0;
    for (int i = 0; i < n; i++) {
      long k = v.poisson(mu);
      sum += k;
      int bin = (k < lo || k > hi) ? counts.length - 1 : (int) (k - lo);
      counts[bin]++;
    }
    double chi2 = 0;
    double outside = 1.0;
    int bins = 0;
    for (int k = lo; k <= hi; k++) {
      double p = pd.probability(k);
      outside -= p;
      double expected = n * p;
      if (expected >= 5) {
        chi2 += (counts[k - lo] - expected) * (counts[k - lo] - expected) / expected;
        bins++;
      }
    }
    assertThat(sum / n).isCloseTo(mu, within(4 * Math.sqrt(mu / n) + 1e-9));
    assertThat(counts[counts.length - 1]).isLessThanOrEqualTo((long) (n * outside + 6 * Math.sqrt(n * outside) + 5));
    // 0.999 quantile of chi-square with df = bins - 1 via the Wilson–Hilferty approximation
    double df = bins - 1;
    double q = df * Math.pow(1 - 2 / (9 * df) + 3.09 * Math.sqrt(2 / (9 * df)), 3);
    assertThat(chi2).isLessThan(q);
  }

  @Test
  void gammaHasShapeAsMeanAndVariance() {
    Variates v = variates(3);
    int n = 100_000;
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double g = v.gamma(2.0);
      assertThat(g).isPositive();
      s1 += g;
      s2 += g * g;
    }
    double mean = s1 / n;
    assertThat(mean).isCloseTo(2.0, within(0.03));
    assertThat(s2 / n - mean * mean).isCloseTo(2.0, within(0.08));
    assertThatThrownBy(() -> v.gamma(0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeBinomialHasQuadraticVariance() {
    Variates v = variates(4);
    int n = 100_000;
    double mean = 20.0;
    double shape = 2.0;
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      long k = v.negativeBinomial(mean, shape);
      s1 += k;
      s2 += (double) k * k;
    }
    double m = s1 / n;
    double var = s2 / n - m * m;
    assertThat(m).isCloseTo(mean, within(0.3));
    assertThat(var).isCloseTo(mean + mean * mean / shape, within(12.0)); // 220
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 37, 200, 201, 5000})
  void binomialHasBinomialMomentsAndRange(long trials) {
    Variates v = variates(5);
    int n = 40_000;
    double p = 0.35;
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      long k = v.binomial(trials, p);
      assertThat(k).isBetween(0L, trials);
      s1 += k;
      s2 += (double) k * k;
    }
    double m = s1 / n;
    double expectedVar = trials * p * (1 - p);
    assertThat(m).isCloseTo(trials * p, within(5 * Math.sqrt(expectedVar / n) + 1e-9));
    assertThat(s2 / n - m * m).isCloseTo(expectedVar, within(0.05 * expectedVar + 1e-9));
  }

  @Test
  void logFactorialIsContinuousAcrossTableAndStirlingSeries() {
    for (long k : new long[] {0, 1, 10, 255, 256, 257, 1000, 123_456}) {
      assertThat(Variates.logFactorial(k)).isCloseTo(Gamma.logGamma(k + 1.0), within(1e-9 * Math.max(1, k)));
    }
  }

  @Test
  void sameStreamGivesSameVariates() {
    Variates a = variates(6);
    Variates b = variates(6);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.negativeBinomial(30, 2)).isEqualTo(b.negativeBinomial(30, 2));
      assertThat(Double.doubleToRawLongBits(a.normal())).isEqualTo(Double.doubleToRawLongBits(b.normal()));
    }
  }

  @Test
  void rejectsInvalidParameters() {
    Variates v = variates(7);
    assertThatThrownBy(() -> v.poisson(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.poisson(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.binomial(5, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(v.poisson(0.0)).isZero();
  }
}
