package org.netinnov.diagnose;

import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Modified Wald test for groupwise heteroskedasticity in fixed-effects models (Greene 2000, p. 598; Stata's
 * {@code xttest3}, Baum 2001), on the within residuals e_it:
 * <pre>
 *   σ̂²_i = (1/T_i) Σ_t e²_it,    σ̂² = (1/N) Σ_i Σ_t e²_it
 *   V_i  = (1/T_i) (1/(T_i − 1)) Σ_t (e²_it − σ̂²_i)²
 *   W    = Σ_i (σ̂²_i − σ̂²)² / V_i  ~  χ²(N_g)
 * </pre>
 * It does not assume normal errors. Firms with a single observation (V_i undefined) or with V_i = 0 (all e²_it
 * equal) do not enter; N_g counts the firms that do, and the note says how many were left out. With few years per
 * firm V_i is estimated from a handful of squared residuals and the χ² approximation is poor (Baum 2001 warns about
 * large-N, small-T panels): read a rejection there with care.
 */
public final class ModifiedWald {
  private ModifiedWald() {}

  public static TestResult compute(LinearFitDetail within, double level) {
    return compute(within.residuals(), within.firm(), level);
  }

  /** From residuals and the firm code of each (rows of a firm contiguous). */
  public static TestResult compute(double[] e, int[] firm, double level) {
    SpecificationTest t = SpecificationTest.MODIFIED_WALD;
    int nf = LagrangeMultiplierEffects.maxCode(firm) + 1, n = e.length;
    double[] s2 = new double[nf];
    int[] ti = new int[nf];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double q = e[i] * e[i];
      s2[firm[i]] += q;
      ti[firm[i]]++;
      total += q;
    }
    double sigma2 = total / n;
    for (int f = 0; f < nf; f++) if (ti[f] > 0) s2[f] /= ti[f];
    double[] v = new double[nf];
    for (int i = 0; i < n; i++) {
      double d = e[i] * e[i] - s2[firm[i]];
      v[firm[i]] += d * d;
    }
    double w = 0;
    int used = 0, single = 0, flat = 0;
    for (int f = 0; f < nf; f++) {
      if (ti[f] == 0) continue;
      if (ti[f] < 2) { single++; continue; }
      double vi = v[f] / ti[f] / (ti[f] - 1.0);
      if (!(vi > 0)) { flat++; continue; }
      double d = s2[f] - sigma2;
      w += d * d / vi;
      used++;
    }
    if (used == 0) return t.notComputed("no firm has 2 or more observations with varying squared residuals");
    String note = null;
    if (single > 0) note = single + " firm(s) with a single observation left out";
    if (flat > 0) note = HausmanTest.join(note, flat + " firm(s) with constant squared residuals left out");
    return t.result(w, new double[] {used}, Distributions.chiSquaredUpper(w, used), level, note);
  }
}
