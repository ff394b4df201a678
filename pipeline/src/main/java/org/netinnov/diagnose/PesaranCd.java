package org.netinnov.diagnose;

import org.netinnov.data.Factor;
import org.netinnov.estimate.linear.LinearFitDetail;

/**
 * Pesaran's (2004, 2015) CD test for cross-sectional dependence, as plm's {@code pcdtest(test = "cd")} on the
 * residuals of the within model:
 * <pre>
 *   CD = √(1/P) · Σ_{i<j} √T_ij · ρ̂_ij  ~  N(0, 1), two-sided
 * </pre>
 * where ρ̂_ij is the correlation of the residuals of firms i and j over the T_ij years both are observed (each
 * series centred on its mean over those years, R's {@code cor(use = "pairwise.complete.obs")}) and the sum runs
 * over the P pairs with T_ij ≥ 2 (plm omits pairs with at most one common year). A pair whose residuals are
 * constant over the common years has no correlation; plm would return NA, we omit the pair and say so.
 *
 * <p>Balanced panels take an O(NT) route: with z_it the residuals of firm i centred and scaled to unit length,
 * Σ_{i<j} ρ̂_ij = ½ Σ_t [(Σ_i z_it)² − Σ_i z_it²]. Unbalanced panels need every pair (O(N²T)); beyond
 * {@link #MAX_PAIR_WORK} pair-years the test is reported as not computed.
 */
public final class PesaranCd {
  /** Upper bound on Σ_pairs T for the pairwise (unbalanced) computation. */
  public static final long MAX_PAIR_WORK = 400_000_000L;

  private PesaranCd() {}

  public static TestResult compute(LinearFitDetail within, double level) {
    return compute(within.residuals(), within.firm(), within.year(), level);
  }

  /** From residuals with their firm codes and years (rows sorted by firm, then year). */
  public static TestResult compute(double[] e, int[] firm, int[] year, double level) {
    return compute(e, firm, year, level, false);
  }

  /** As above; {@code forcePairwise} takes the pairwise route even for a balanced panel (to test the O(NT) one). */
  static TestResult compute(double[] e, int[] firm, int[] year, double level, boolean forcePairwise) {
    SpecificationTest t = SpecificationTest.PESARAN_CD;
    int n = e.length;
    Factor yf = Factor.ofInts("year", year);
    int nt = yf.levels(), nf = LagrangeMultiplierEffects.maxCode(firm) + 1;
    int[] start = new int[nf + 1];
    for (int f : firm) start[f + 1]++;
    for (int f = 0; f < nf; f++) start[f + 1] += start[f];
    int present = 0;
    for (int f = 0; f < nf; f++) if (start[f + 1] > start[f]) present++;
    if (present < 2) return t.notComputed("fewer than 2 firms");
    boolean balanced = (long) present * nt == n;
    return balanced && !forcePairwise ? balanced(t, e, start, nf, nt, level)
        : pairwise(t, e, yf.codes(), start, nf, nt, present, level);
  }

  private static TestResult balanced(SpecificationTest t, double[] e, int[] start, int nf, int nt, double level) {
    if (nt < 2) return t.notComputed("no pair of firms shares 2 or more years (a single year)");
    double[] colSum = new double[nt], z = new double[nt];
    int used = 0, constant = 0;
    for (int f = 0; f < nf; f++) {
      int lo = start[f];
      if (start[f + 1] == lo) continue;
      if (!unitScore(e, lo, nt, z, 0)) { constant++; continue; }
      for (int s = 0; s < nt; s++) colSum[s] += z[s];
      used++;
    }
    if (used < 2) return t.notComputed("fewer than 2 firms with residuals that vary over the years");
    double sumRho = 0;
    for (double c : colSum) sumRho += c * c;
    sumRho = 0.5 * (sumRho - used);
    double pairs = used * (used - 1.0) / 2.0;
    double cd = Math.sqrt(nt / pairs) * sumRho;
    String note = constant > 0 ? constant + " firm(s) with constant residuals omitted (no correlation defined)" : null;
    return t.result(cd, new double[0], Distributions.normalTwoSided(cd), level, note);
  }

  private static TestResult pairwise(SpecificationTest t, double[] e, int[] ycode, int[] start, int nf, int nt,
      int present, double level) {
    long total = (long) present * (present - 1) / 2;
    if (total * nt > MAX_PAIR_WORK)
      return t.notComputed("an unbalanced panel of " + present + " firms needs " + total
          + " pairwise correlations over " + nt + " years, beyond the limit of " + MAX_PAIR_WORK
          + " pair-years; balance the sample or test a subsample");
    // every firm in a wide layout: its residuals (0 where absent), their squares and a presence indicator, so that a
    // pair's moments over the common years are sums without branches; mask: the years present, as bits (panels of
    // up to 64 years). Firms observed in every year are also centred and scaled once: a pair of them is a dot product.
    double[] a0 = new double[nf * nt], a2 = new double[nf * nt], pr = new double[nf * nt], z = new double[nf * nt];
    int[] count = new int[nf];
    long[] mask = new long[nf];
    boolean bits = nt <= 64;
    boolean[] complete = new boolean[nf], flatFirm = new boolean[nf];
    for (int f = 0; f < nf; f++) {
      int o = f * nt;
      count[f] = start[f + 1] - start[f];
      for (int r = start[f]; r < start[f + 1]; r++) {
        int s = ycode[r];
        a0[o + s] = e[r];
        a2[o + s] = e[r] * e[r];
        pr[o + s] = 1;
        if (bits) mask[f] |= 1L << s;
      }
      if (count[f] == nt) {
        complete[f] = true;
        flatFirm[f] = !unitScore(a0, o, nt, z, o);
      }
    }
    // one row of pairs (i, j > i) per task, reduced in the order of i: the same sum with any number of threads
    double[] rowSum = new double[nf];
    long[] rowPairs = new long[nf], rowThin = new long[nf], rowFlat = new long[nf];
    double rootT = Math.sqrt(nt);
    java.util.stream.IntStream.range(0, nf).parallel().forEach(i -> {
      if (count[i] == 0) return;
      int oi = i * nt;
      double sum = 0;
      long pairs = 0, thin = 0, flat = 0;
      for (int j = i + 1; j < nf; j++) {
        if (count[j] == 0) continue;
        int oj = j * nt;
        if (complete[i] && complete[j]) {
          if (flatFirm[i] || flatFirm[j]) { flat++; continue; }
          double dot = 0;
          for (int s = 0; s < nt; s++) dot += z[oi + s] * z[oj + s];
          sum += rootT * dot;
          pairs++;
          continue;
        }
        int c = bits ? Long.bitCount(mask[i] & mask[j]) : common(pr, oi, oj, nt);
        if (c <= 1) { thin++; continue; }
        double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
        for (int s = 0; s < nt; s++) {
          double pi = pr[oi + s], pj = pr[oj + s];
          sa += a0[oi + s] * pj;
          sb += a0[oj + s] * pi;
          sab += a0[oi + s] * a0[oj + s];
          saa += a2[oi + s] * pj;
          sbb += a2[oj + s] * pi;
        }
        // moments about the common-year means; a series constant over those years has (up to rounding) none
        double caa = saa - sa * sa / c, cbb = sbb - sb * sb / c;
        sab -= sa * sb / c;
        if (constant(caa, saa) || constant(cbb, sbb)) { flat++; continue; }
        sum += Math.sqrt(c) * sab / Math.sqrt(caa * cbb);
        pairs++;
      }
      rowSum[i] = sum;
      rowPairs[i] = pairs;
      rowThin[i] = thin;
      rowFlat[i] = flat;
    });
    double sum = 0;
    long pairs = 0, thin = 0, flat = 0;
    for (int i = 0; i < nf; i++) {
      sum += rowSum[i];
      pairs += rowPairs[i];
      thin += rowThin[i];
      flat += rowFlat[i];
    }
    if (pairs == 0)
      return t.notComputed("cannot be computed: no pair of firms shares 2 or more years with varying residuals ("
          + total + " pairs, " + thin + " with at most one common year" + (flat > 0 ? ", " + flat
          + " with constant residuals" : "") + ")");
    double cd = sum / Math.sqrt(pairs);
    String note = null;
    if (thin > 0) note = thin + " of " + total + " pairs (" + percent(thin, total)
        + ") share at most one year and were omitted, as plm does";
    if (flat > 0) note = HausmanTest.join(note, flat + " pair(s) with constant residuals over the common years omitted");
    return t.result(cd, new double[0], Distributions.normalTwoSided(cd), level, note);
  }

  /**
   * Writes the {@code nt} values of {@code src} from {@code off}, centred on their mean and scaled to unit length, to
   * {@code dst} from {@code dstOff}; false (and nothing written) when the series is constant.
   */
  private static boolean unitScore(double[] src, int off, int nt, double[] dst, int dstOff) {
    double mean = 0, raw = 0, ss = 0;
    for (int s = 0; s < nt; s++) mean += src[off + s];
    mean /= nt;
    for (int s = 0; s < nt; s++) {
      ss += (src[off + s] - mean) * (src[off + s] - mean);
      raw += src[off + s] * src[off + s];
    }
    if (constant(ss, raw)) return false;
    double sc = 1.0 / Math.sqrt(ss);
    for (int s = 0; s < nt; s++) dst[dstOff + s] = (src[off + s] - mean) * sc;
    return true;
  }

  /** Years both firms are observed in, from the presence indicators (panels of more than 64 years). */
  private static int common(double[] pr, int oi, int oj, int nt) {
    int c = 0;
    for (int s = 0; s < nt; s++) if (pr[oi + s] != 0 && pr[oj + s] != 0) c++;
    return c;
  }

  /**
   * A series is constant when its centred sum of squares is nothing but rounding of its raw one (a residual
   * repeated as 0.1 leaves about 1e-33, not 0): it has no correlation, as R's {@code cor} says NA.
   */
  private static boolean constant(double centred, double raw) {
    return !(centred > 1e-12 * raw);
  }

  private static String percent(long a, long b) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * a / b);
  }
}
