package org.netinnov.estimate.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;

/**
 * Timing of the Poisson fixed-effects estimator: firm and year effects, standard errors clustered by firm (the
 * workload R fixest {@code fepois(y ~ x1 + x2 + x3 + x4 | firm + year, cluster = ~firm)} is compared on).
 *
 * <p>Without a CSV: 100,000 firms × 10 years with 10% of the firm-years missing at random (fixed seed), four
 * regressors correlated with the firm effect, y ~ Poisson(exp(x'β + α_firm + γ_year)) with β = (0.3, −0.2, 0.1,
 * 0.05). With a CSV: header {@code firm,year,y,x1,...} (firm any text, year an integer, then the outcome and the
 * regressors). Times are wall-clock after warm-up (JIT), from the design to the finished Fit; the median is printed
 * as {@code median <time> ms}. A second line times the single-threaded path and reports this thread's CPU time,
 * which stays meaningful when other jobs compete for the cores.
 */
public final class PoissonBench {
  private PoissonBench() {}

  public static void main(String[] args) {
    Path csv = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : null;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    run(csv, reps, System.out);
  }

  public static void run(Path csvOrNull, int repetitions, PrintStream out) {
    long t0 = System.nanoTime();
    Design d = csvOrNull == null ? generate(100_000, 10, 0.10, 20240611L) : read(csvOrNull);
    out.printf(Locale.ROOT, "data: %d rows, %d firms, %d regressors (%s, %.0f ms)%n", d.n(), d.nFirms(), d.k(),
        csvOrNull == null ? "generated" : csvOrNull.toString(), (System.nanoTime() - t0) / 1e6);
    CovarianceSpec se = CovarianceSpec.cluster("firm");
    int warm = Math.max(3, repetitions / 2);
    int reps = Math.max(1, repetitions);
    Fit fit = null;
    for (int r = 0; r < warm; r++) fit = CountModels.poisson(d, se);
    double[] ms = new double[reps];
    for (int r = 0; r < reps; r++) {
      long s = System.nanoTime();
      fit = CountModels.poisson(d, se);
      ms[r] = (System.nanoTime() - s) / 1e6;
    }
    // the single-threaded path, with the CPU time of this thread: on a machine shared with other jobs the wall
    // time includes waiting for a core, the thread's CPU time does not
    CountOptions single = CountOptions.DEFAULT.withParallel(false);
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] wall1 = new double[reps], cpu1 = new double[reps];
    for (int r = 0; r < reps; r++) {
      long c = bean.getCurrentThreadCpuTime(), s = System.nanoTime();
      CountModels.poisson(d, se, single);
      wall1[r] = (System.nanoTime() - s) / 1e6;
      cpu1[r] = (bean.getCurrentThreadCpuTime() - c) / 1e6;
    }
    out.printf(Locale.ROOT, "median %.1f ms  (min %.1f, max %.1f; %d repetitions after %d warm-up; %d IRLS "
        + "iterations, converged %s; %d cores available)%n", median(ms), min(ms), max(ms), reps, warm,
        (int) fit.stat("iterations"), fit.stat("converged") == 1.0, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "single thread: median %.1f ms wall, %.1f ms CPU (min %.1f ms CPU)%n", median(wall1),
        median(cpu1), min(cpu1));
    for (int j = 0; j < fit.k(); j++)
      out.printf(Locale.ROOT, "  %-8s %12.8f  (se %.8f)%n", fit.terms().get(j), fit.coef()[j], fit.se(j));
    out.printf(Locale.ROOT, "  nobs %d, dropped firms %d, loglik %.4f%n", fit.nobs(),
        (int) fit.stat("dropped_groups"), fit.stat("loglik"));
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
  }

  private static double min(double[] v) { return Arrays.stream(v).min().orElse(Double.NaN); }

  private static double max(double[] v) { return Arrays.stream(v).max().orElse(Double.NaN); }

  /** The synthetic firm-year panel described in the class comment, sorted by firm then year. */
  static Design generate(int firms, int years, double missing, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int cap = firms * years;
    int[] firm = new int[cap], year = new int[cap];
    int n = 0;
    for (int f = 0; f < firms; f++)
      for (int t = 0; t < years; t++)
        if (r.nextDouble() >= missing) {
          firm[n] = f;
          year[n] = 2010 + t;
          n++;
        }
    firm = Arrays.copyOf(firm, n);
    year = Arrays.copyOf(year, n);
    double[] beta = {0.3, -0.2, 0.1, 0.05};
    double[] yearEffect = new double[years];
    for (int t = 0; t < years; t++) yearEffect[t] = 0.03 * t;
    double[] fe = new double[firms];
    for (int f = 0; f < firms; f++) fe[f] = -0.3 + 0.7 * r.nextGaussian();
    double[][] x = new double[4][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double eta = fe[firm[i]] + yearEffect[year[i] - 2010];
      for (int j = 0; j < 4; j++) {
        x[j][i] = r.nextGaussian() + 0.4 * fe[firm[i]];
        eta += beta[j] * x[j][i];
      }
      y[i] = poisson(r, Math.exp(eta));
    }
    return design(y, List.of("x1", "x2", "x3", "x4"), x, firm, firms, year);
  }

  private static double poisson(SplittableRandom r, double mu) {
    if (mu > 30) return Math.max(0, Math.rint(mu + Math.sqrt(mu) * r.nextGaussian()));
    double l = Math.exp(-mu), p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private static Design design(double[] y, List<String> terms, double[][] x, int[] firm, int nFirms, int[] year) {
    Factor firmF = new Factor("firm", firm, labels(nFirms));
    Factor yearF = Factor.ofInts("year", year);
    int[] rows = new int[y.length];
    for (int i = 0; i < rows.length; i++) rows[i] = i;
    return new Design("y", y, terms, x, false, null, firm, nFirms, year, List.of(firmF, yearF), List.of(firmF), rows);
  }

  private static String[] labels(int n) {
    String[] s = new String[n];
    for (int i = 0; i < n; i++) s[i] = Integer.toString(i);
    return s;
  }

  private static Design read(Path csv) {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String[] header = in.readLine().replace("\"", "").split(",");
      if (header.length < 4) throw new IllegalArgumentException("CSV needs firm,year,y and at least one regressor");
      int k = header.length - 3;
      Map<String, Integer> firmCode = new HashMap<>();
      List<int[]> keys = new ArrayList<>();
      List<double[]> vals = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        String[] v = line.replace("\"", "").split(",");
        int f = firmCode.computeIfAbsent(v[0].trim(), s -> firmCode.size());
        keys.add(new int[] {f, Integer.parseInt(v[1].trim())});
        double[] row = new double[k + 1];
        for (int j = 0; j <= k; j++) row[j] = Double.parseDouble(v[2 + j].trim());
        vals.add(row);
      }
      Integer[] order = new Integer[keys.size()];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> keys.get(a)[0] != keys.get(b)[0]
          ? Integer.compare(keys.get(a)[0], keys.get(b)[0]) : Integer.compare(keys.get(a)[1], keys.get(b)[1]));
      int n = order.length;
      double[] y = new double[n];
      double[][] x = new double[k][n];
      int[] firm = new int[n], year = new int[n];
      for (int i = 0; i < n; i++) {
        int o = order[i];
        firm[i] = keys.get(o)[0];
        year[i] = keys.get(o)[1];
        y[i] = vals.get(o)[0];
        for (int j = 0; j < k; j++) x[j][i] = vals.get(o)[j + 1];
      }
      return design(y, List.of(header).subList(3, header.length), x, firm, firmCode.size(), year);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
