package org.netinnov.diagnose;

import java.util.Arrays;
import java.util.List;

/**
 * Descriptive statistics of the model variables on one estimation sample.
 *
 * @param sample    which sample, in words (e.g. "estimation sample of model `main` (within)")
 * @param structure the sample's panel structure
 * @param rows      one row per variable
 */
public record Descriptives(String sample, PanelStructure structure, List<DescriptiveStats> rows) {
  public Descriptives {
    rows = List.copyOf(rows);
  }

  /**
   * Statistics of {@code x} (NaN = missing, skipped) with the firm code of each value (rows of a firm contiguous).
   */
  public static DescriptiveStats of(String name, double[] x, int[] firm) {
    int n = 0;
    for (double v : x) if (!Double.isNaN(v)) n++;
    double[] v = new double[n];
    int[] f = new int[n];
    for (int i = 0, j = 0; i < x.length; i++) if (!Double.isNaN(x[i])) { v[j] = x[i]; f[j++] = firm[i]; }
    if (n == 0) return new DescriptiveStats(name, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double mean = 0;
    for (double a : v) mean += a;
    mean /= n;
    double ss = 0;
    for (double a : v) ss += (a - mean) * (a - mean);
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    // firm means (firms in contiguous runs)
    int nf = LagrangeMultiplierEffects.maxCode(f) + 1;
    double[] fsum = new double[nf];
    int[] fcnt = new int[nf];
    for (int i = 0; i < n; i++) { fsum[f[i]] += v[i]; fcnt[f[i]]++; }
    int firms = 0;
    double bmean = 0;
    for (int g = 0; g < nf; g++) if (fcnt[g] > 0) { fsum[g] /= fcnt[g]; bmean += fsum[g]; firms++; }
    bmean /= firms;
    double bss = 0;
    for (int g = 0; g < nf; g++) if (fcnt[g] > 0) bss += (fsum[g] - bmean) * (fsum[g] - bmean);
    double sdBetween = firms > 1 ? Math.sqrt(bss / (firms - 1)) : Double.NaN;
    // within: x_it − x̄_i + x̄ has mean x̄, so its deviations are x_it − x̄_i
    double wss = 0;
    for (int i = 0; i < n; i++) { double d = v[i] - fsum[f[i]]; wss += d * d; }
    double sdWithin = n > 1 ? Math.sqrt(wss / (n - 1)) : Double.NaN;
    double[] s = v.clone();
    Arrays.sort(s);
    return new DescriptiveStats(name, n, firms, mean, sd, s[0], quantile(s, 0.25), quantile(s, 0.5),
        quantile(s, 0.75), s[n - 1], sdWithin, sdBetween);
  }

  /**
   * Quantile of sorted values by R's default definition (Hyndman and Fan 1996, type 7): with h = (n − 1)p,
   * Q(p) = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) on 0-based order statistics. Stata's {@code summarize, detail}
   * uses a different rule (type 2-like); papers built with R, pandas and numpy match this one.
   */
  public static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) return Double.NaN;
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) return sorted[n - 1];
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
