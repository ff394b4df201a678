package org.netinnov.diagnose;

import org.netinnov.data.Factor;
import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Wooldridge's (2002, §10.5.4) tests for serial correlation, as plm's {@code pwartest} and {@code pwfdtest}: the
 * residuals are regressed on their own first lag (pooled OLS with intercept), and
 * <pre>
 *   F = ((ρ̂ − ρ₀) / se(ρ̂))²  ~  F(1, n_aux − 2)
 * </pre>
 * with se(ρ̂) cluster-robust by firm (HC0, plm's {@code vcovHC(method = "arellano")}).
 * <ul>
 *   <li>{@link #fixedEffects}: residuals of the one-way within (firm) model; under no serial correlation in the
 *   idiosyncratic errors the demeaned errors have correlation ρ₀ = −1/(T − 1), T = number of distinct years of the
 *   sample (plm's {@code pdim(x)$nT$T}).</li>
 *   <li>{@link #firstDifference}: residuals of the first-difference model; H0 (plm's default {@code h0 = "fd"}): the
 *   differenced errors are uncorrelated, ρ₀ = 0.</li>
 * </ul>
 * The lag is the same firm's residual of the previous calendar year (the project's rule); plm takes the previous
 * row of the firm. Both agree on panels without gaps; on gapped panels the note says how many pairs were skipped.
 */
public final class WooldridgeSerialCorrelation {
  private WooldridgeSerialCorrelation() {}

  public static TestResult fixedEffects(LinearFitDetail within, double level) {
    SpecificationTest t = SpecificationTest.WOOLDRIDGE_AR1;
    int years = Factor.ofInts("year", within.year()).levels();
    if (years < 2) return t.notComputed("the sample covers a single year");
    return arTest(t, within.residuals(), within.firm(), within.year(), -1.0 / (years - 1), level);
  }

  public static TestResult firstDifference(LinearFitDetail fd, double level) {
    return arTest(SpecificationTest.WOOLDRIDGE_FD, fd.residuals(), fd.firm(), fd.year(), 0.0, level);
  }

  private static TestResult arTest(SpecificationTest t, double[] e, int[] firm, int[] year, double rho0,
      double level) {
    int n = e.length, m = 0, gaps = 0;
    for (int i = 1; i < n; i++) {
      if (firm[i] != firm[i - 1]) continue;
      if (year[i] == year[i - 1] + 1) m++;
      else gaps++;
    }
    if (m < 3) return t.notComputed("fewer than 3 residuals have the residual of the previous year of the same "
        + "firm (" + m + ")");
    double[] cur = new double[m], lag = new double[m], ones = new double[m];
    int[] cl = new int[m];
    for (int i = 1, r = 0; i < n; i++) {
      if (firm[i] == firm[i - 1] && year[i] == year[i - 1] + 1) {
        cur[r] = e[i];
        lag[r] = e[i - 1];
        ones[r] = 1.0;
        cl[r] = firm[i];
        r++;
      }
    }
    double[][] x = {ones, lag};
    SmallOls ols;
    try {
      ols = SmallOls.fit(x, cur);
    } catch (ArithmeticException ex) {
      return t.notComputed("the lagged residuals are constant");
    }
    double[][] v = ols.clusterHc0(x, ols.residuals(x, cur), cl, LagrangeMultiplierEffects.maxCode(cl) + 1);
    double z = (ols.coef[1] - rho0) / Math.sqrt(v[1][1]);
    double f = z * z, df2 = m - 2;
    String note = gaps > 0 ? gaps + " residual pair(s) across a gap in the years not used (plm would pair them)"
        : null;
    return t.result(f, new double[] {1, df2}, Distributions.fUpper(f, 1, df2), level, note);
  }
}
