package org.netinnov.synth;

/**
 * Deterministic random variates on top of one {@link Xoshiro256StarStar} stream.
 *
 * <p>Every transcendental function is {@link StrictMath} (fdlibm), so a given stream yields the same
 * variates on every JVM and platform. Algorithms:
 * <ul>
 *   <li>normal: Box–Muller, {@code r = sqrt(-2 ln(1-u1))}, {@code z1 = r cos(2 pi u2)}, {@code z2 = r sin(2 pi u2)};
 *       the second value of each pair is returned by the next call;</li>
 *   <li>Poisson: for a mean below 10, inversion by sequential search from 0 (one uniform); otherwise
 *       Hörmann's transformed rejection with squeeze, PTRS (Hörmann 1993, "The transformed rejection
 *       method for generating Poisson random variables", Insurance: Mathematics and Economics 12);</li>
 *   <li>gamma (shape &ge; 1, scale 1): Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
 *       variables", ACM TOMS 26(3);</li>
 *   <li>negative binomial with mean {@code m} and shape {@code k}: Poisson(m &middot; Gamma(k)/k), so that
 *       the variance is {@code m + m^2/k};</li>
 *   <li>binomial: the sum of {@code n} Bernoulli draws for {@code n <= 200}; above that the normal
 *       approximation {@code round(np + sqrt(np(1-p)) z)} clamped to [0, n] (documented approximation: at
 *       n &gt; 200 its error is far below anything the panel is used for).</li>
 * </ul>
 */
public final class Variates {
  private static final double TWO_PI = 2.0 * StrictMath.PI;
  private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(TWO_PI);
  private static final int LOG_FACTORIAL_TABLE = 256;
  private static final double[] LOG_FACTORIAL = logFactorialTable();
  private static final int BINOMIAL_EXACT_MAX = 200;

  private final Xoshiro256StarStar rng;
  private double spareNormal;
  private boolean hasSpare;

  public Variates(Xoshiro256StarStar rng) {
    this.rng = rng;
  }

  public double uniform() {
    return rng.nextDouble();
  }

  /** Uniform integer on [0, bound). */
  public int uniformInt(int bound) {
    return rng.nextInt(bound);
  }

  /** Uniform on [lo, hi). */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  public boolean bernoulli(double p) {
    return rng.nextDouble() < p;
  }

  /** Standard normal by Box–Muller. */
  public double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spareNormal;
    }
    double u1 = 1.0 - rng.nextDouble(); // in (0, 1]: log is finite
    double u2 = rng.nextDouble();
    double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
    double angle = TWO_PI * u2;
    spareNormal = r * StrictMath.sin(angle);
    hasSpare = true;
    return r * StrictMath.cos(angle);
  }

  /** Normal with the given mean and standard deviation. */
  public double normal(double mean, double sd) {
    return mean + sd * normal();
  }

  /** Poisson with mean {@code mu >= 0}. */
  public long poisson(double mu) {
    if (!(mu >= 0.0) || Double.isInfinite(mu)) {
      throw new IllegalArgumentException("Poisson mean must be finite and >= 0: " + mu);
    }
    if (mu == 0.0) {
      return 0;
    }
    return mu < 10.0 ? poissonInversion(mu) : poissonPtrs(mu);
  }

  private long poissonInversion(double mu) {
    double u = rng.nextDouble();
    double p = StrictMath.exp(-mu);
    double cumulative = p;
    long k = 0;
    // With mu < 10 the tail beyond 200 has probability < 1e-150; the cap only guards rounding of the sum.
    while (u > cumulative && k < 200) {
      k++;
      p *= mu / k;
      cumulative += p;
    }
    return k;
  }

  private long poissonPtrs(double mu) {
    double smu = StrictMath.sqrt(mu);
    double b = 0.931 + 2.53 * smu;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2.0);
    double logMu = StrictMath.log(mu);
    while (true) {
      double u = rng.nextDouble() - 0.5;
      double v = rng.nextDouble();
      double us = 0.5 - StrictMath.abs(u);
      long k = (long) StrictMath.floor((2.0 * a / us + b) * u + mu + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = StrictMath.log(v) + StrictMath.log(invAlpha) - StrictMath.log(a / (us * us) + b);
      if (lhs <= -mu + k * logMu - logFactorial(k)) {
        return k;
      }
    }
  }

  /** Gamma with shape {@code shape >= 1} and scale 1 (Marsaglia–Tsang). */
  public double gamma(double shape) {
    if (!(shape >= 1.0)) {
      throw new IllegalArgumentException("gamma shape must be >= 1: " + shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / StrictMath.sqrt(9.0 * d);
    while (true) {
      double x = normal();
      double t = 1.0 + c * x;
      if (t <= 0.0) {
        continue;
      }
      double v = t * t * t;
      double u = rng.nextDouble();
      double x2 = x * x;
      if (u < 1.0 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (u > 0.0 && StrictMath.log(u) < 0.5 * x2 + d * (1.0 - v + StrictMath.log(v))) {
        return d * v;
      }
    }
  }

  /** Negative binomial with mean {@code mean} and shape {@code shape}: variance {@code mean + mean^2/shape}. */
  public long negativeBinomial(double mean, double shape) {
    return poisson(mean * gamma(shape) / shape);
  }

  /** Binomial(n, p); exact for n &le; 200, normal approximation above (see the class comment). */
  public long binomial(long n, double p) {
    if (n < 0 || !(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("binomial needs n >= 0 and 0 <= p <= 1: n=" + n + " p=" + p);
    }
    if (n <= BINOMIAL_EXACT_MAX) {
      long k = 0;
      for (long i = 0; i < n; i++) {
        if (rng.nextDouble() < p) {
          k++;
        }
      }
      return k;
    }
    double mean = n * p;
    long k = StrictMath.round(mean + StrictMath.sqrt(mean * (1.0 - p)) * normal());
    return StrictMath.max(0L, StrictMath.min(n, k));
  }

  /** ln(k!) from a table below 256, otherwise the Stirling series (error below 1e-13 there). */
  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL_TABLE) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k + 1.0; // ln k! = ln Gamma(k + 1)
    double inv = 1.0 / x;
    double inv2 = inv * inv;
    double series = inv * (1.0 / 12.0 - inv2 * (1.0 / 360.0 - inv2 * (1.0 / 1260.0 - inv2 / 1680.0)));
    return (x - 0.5) * StrictMath.log(x) - x + HALF_LOG_TWO_PI + series;
  }

  private static double[] logFactorialTable() {
    double[] t = new double[LOG_FACTORIAL_TABLE];
    for (int k = 1; k < LOG_FACTORIAL_TABLE; k++) {
      t[k] = t[k - 1] + StrictMath.log(k);
    }
    return t;
  }

  /** The logistic function {@code 1 / (1 + e^-x)}. */
  public static double logistic(double x) {
    return 1.0 / (1.0 + StrictMath.exp(-x));
  }
}
