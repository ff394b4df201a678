package org.netinnov.diagnose;

/**
 * Jarque–Bera (1980) test for normality of residuals, from the moment estimators (denominator n, as
 * {@code tseries::jarque.bera.test}): with m_r = (1/n) Σ (e − ē)^r, S = m₃ / m₂^{3/2}, K = m₄ / m₂²,
 * <pre>
 *   JB = n/6 · (S² + (K − 3)²/4)  ~  χ²(2)
 * </pre>
 */
public final class JarqueBera {
  private JarqueBera() {}

  public static TestResult compute(double[] e, double level, String basis) {
    SpecificationTest t = SpecificationTest.JARQUE_BERA;
    int n = e.length;
    if (n < 3) return t.notComputed("fewer than 3 residuals");
    double mean = 0;
    for (double v : e) mean += v;
    mean /= n;
    double m2 = 0, m3 = 0, m4 = 0;
    for (double v : e) {
      double d = v - mean, d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    if (!(m2 > 0)) return t.notComputed("the residuals are constant");
    double skew = m3 / Math.pow(m2, 1.5), kurt = m4 / (m2 * m2);
    double jb = n / 6.0 * (skew * skew + (kurt - 3) * (kurt - 3) / 4.0);
    return t.result(jb, new double[] {2}, Distributions.chiSquaredUpper(jb, 2), level, basis);
  }
}
