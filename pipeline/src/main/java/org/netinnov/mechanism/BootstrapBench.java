package org.netinnov.mechanism;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Speed benchmark of the mediation bootstrap: three mediators, firm and year effects, firm-clustered paths,
 * {@code y ~ l(m1..m3, 1) + l(x, 1) | firm + year}, on a CSV with columns {@code firm, year, y, x, m1, m2, m3} or on
 * a generated panel of 1,500 firms × 15 years (5% of firm-years missing at random, fixed seed).
 *
 * <p>Prints the time of the whole analysis (path fits with clustered covariances + bootstrap) with 1 thread and
 * with all cores, after one warm-up run, and checks that both give the same replicates.
 *
 * <pre>
 *   java -cp target/classes:$(cat cp.txt) org.netinnov.mechanism.BootstrapBench [csv|-] [replications]
 * </pre>
 */
public final class BootstrapBench {
  static final int FIRMS = 1500;
  static final int YEARS = 15;
  static final long SEED = 2026L;

  private BootstrapBench() {}

  public static void main(String[] args) {
    Path csv = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : null;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    if (args.length > 2 && args[2].equals("poisson")) runPoisson(reps, System.out);
    else run(csv, reps, System.out);
  }

  /**
   * The same model with a count outcome ({@code outcome_model: poisson}) on the generated panel: the a paths by
   * the fast path, the outcome equations by Poisson re-estimation on the firm copies.
   */
  public static void runPoisson(int replications, PrintStream out) {
    Panel panel = generate(FIRMS, YEARS, SEED);
    MediationSpec warm = poissonSpec(Math.min(20, replications), 0);
    MediationAnalysis.run(panel, warm, SEED, ProgressListener.NONE);
    for (int threads : new int[] {1, 0}) {
      long t = System.nanoTime();
      long cpu = processCpuNanos();
      MediationResult r = MediationAnalysis.run(panel, poissonSpec(replications, threads), SEED,
          ProgressListener.NONE);
      if (r.failed()) throw new IllegalStateException(r.failure());
      out.printf(Locale.ROOT, "poisson, threads %d: bootstrap of %d replications %.3f s wall; whole analysis %.3f s "
          + "wall, %.3f s CPU%n", r.bootstrap().threads(), replications, r.bootstrap().seconds(),
          (System.nanoTime() - t) / 1e9, (processCpuNanos() - cpu) / 1e9);
    }
  }

  static MediationSpec poissonSpec(int reps, int threads) {
    return new MediationSpec("x", List.of("m1", "m2", "m3"), "count", List.of(), "firm + year", 1, "poisson",
        "cluster(firm)", new MediationSpec.BootstrapSpec(reps, SEED, threads, 0.95));
  }

  public static void run(Path csvOrNull, int replications, PrintStream out) {
    long t0 = System.nanoTime();
    Panel panel = csvOrNull == null ? generate(FIRMS, YEARS, SEED) : read(csvOrNull);
    out.printf(Locale.ROOT, "panel: %d rows, %d firms (%s, %.2f s)%n", panel.rows(), panel.firms(),
        csvOrNull == null ? "generated" : csvOrNull.toString(), (System.nanoTime() - t0) / 1e9);
    int cores = Runtime.getRuntime().availableProcessors();
    MediationResult warm = MediationAnalysis.run(panel, spec(Math.min(replications, 300), 0), SEED,
        ProgressListener.NONE);
    if (warm.failed()) throw new IllegalStateException("benchmark model failed: " + warm.failure());
    MediationResult one = timed(panel, replications, 1, out);
    MediationResult all = timed(panel, replications, 0, out);
    out.printf(Locale.ROOT, "cores: %d; identical replicates for 1 and %d threads: %s%n", cores,
        all.bootstrap().threads(), Arrays.deepEquals(one.bootstrap().replicates(), all.bootstrap().replicates()));
    for (MediationResult.Effect e : all.effects())
      if (e.bootstrap() != null)
        out.printf(Locale.ROOT, "  %-16s %10.6f  percentile [%.6f, %.6f]  BC [%.6f, %.6f]%n", e.name(), e.estimate(),
            e.bootstrap().percentileLow(), e.bootstrap().percentileHigh(), e.bootstrap().bcLow(),
            e.bootstrap().bcHigh());
  }

  private static MediationResult timed(Panel panel, int reps, int threads, PrintStream out) {
    long t = System.nanoTime();
    long cpu = processCpuNanos();
    MediationResult r = MediationAnalysis.run(panel, spec(reps, threads), SEED, ProgressListener.NONE);
    double total = (System.nanoTime() - t) / 1e9;
    double cpuSec = (processCpuNanos() - cpu) / 1e9;
    out.printf(Locale.ROOT, "threads %s: bootstrap of %d replications %.3f s wall (%s); whole analysis %.3f s wall, "
        + "%.3f s CPU; load average %.1f%n", threads == 0 ? "all (" + r.bootstrap().threads() + ")"
        : String.valueOf(threads), reps, r.bootstrap().seconds(), r.bootstrap().method(), total, cpuSec,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return r;
  }

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  static MediationSpec spec(int reps, int threads) {
    return new MediationSpec("x", List.of("m1", "m2", "m3"), "y", List.of(), "firm + year", 1, "linear",
        "cluster(firm)", new MediationSpec.BootstrapSpec(reps, SEED, threads, 0.95));
  }

  /** x → m_j (a = 0.5, 0.3, 0.2) → y one year later (b = 0.4, 0.2, 0.1, c′ = 0.1), firm and year effects. */
  static Panel generate(int firms, int years, long seed) {
    SplitMix64 rnd = new SplitMix64(seed);
    double[] a = {0.5, 0.3, 0.2}, b = {0.4, 0.2, 0.1};
    int cap = firms * years, n = 0;
    String[] id = new String[cap];
    int[] yr = new int[cap];
    double[] x = new double[cap], y = new double[cap], count = new double[cap];
    double[][] m = new double[3][cap];
    double[] px = new double[3];
    for (int f = 0; f < firms; f++) {
      double mu = gauss(rnd);
      double lx = Double.NaN;
      double[] lm = {Double.NaN, Double.NaN, Double.NaN};
      for (int t = 0; t < years; t++) {
        double xv = mu + 0.1 * t + gauss(rnd);
        for (int j = 0; j < 3; j++) px[j] = a[j] * xv + 0.5 * mu + gauss(rnd);
        double yv = mu + 0.05 * t + 0.1 * lx + gauss(rnd);
        for (int j = 0; j < 3; j++) yv += b[j] * lm[j];
        if (uniform(rnd) >= 0.05) {
          id[n] = "F" + f;
          yr[n] = 2006 + t;
          x[n] = xv;
          y[n] = t == 0 ? Double.NaN : yv;
          count[n] = t == 0 ? Double.NaN : poisson(rnd, Math.exp(0.5 * yv));
          for (int j = 0; j < 3; j++) m[j][n] = px[j];
          n++;
        }
        lx = xv;
        System.arraycopy(px, 0, lm, 0, 3);
      }
    }
    PanelBuilder pb = new PanelBuilder("firm", "year", Arrays.copyOf(id, n), Arrays.copyOf(yr, n));
    pb.numeric("y", Arrays.copyOf(y, n)).numeric("x", Arrays.copyOf(x, n)).numeric("count", Arrays.copyOf(count, n));
    for (int j = 0; j < 3; j++) pb.numeric("m" + (j + 1), Arrays.copyOf(m[j], n));
    return pb.build();
  }

  /** Reads {@code firm, year, y, x, m1, m2, m3} (header first; empty or NA cells are missing). */
  static Panel read(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      List<String> head = List.of(lines.get(0).trim().split(","));
      String[] need = {"firm", "year", "y", "x", "m1", "m2", "m3"};
      int[] at = new int[need.length];
      for (int c = 0; c < need.length; c++) {
        at[c] = head.indexOf(need[c]);
        if (at[c] < 0) throw new IllegalArgumentException(csv + ": no column `" + need[c] + "` in " + head);
      }
      int n = lines.size() - 1;
      String[] id = new String[n];
      int[] yr = new int[n];
      double[][] v = new double[5][n];
      for (int i = 0; i < n; i++) {
        String[] f = lines.get(i + 1).split(",", -1);
        id[i] = f[at[0]].trim();
        yr[i] = Integer.parseInt(f[at[1]].trim());
        for (int c = 0; c < 5; c++) {
          String s = f[at[c + 2]].trim();
          v[c][i] = s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
        }
      }
      PanelBuilder pb = new PanelBuilder("firm", "year", id, yr);
      for (int c = 0; c < 5; c++) pb.numeric(need[c + 2], v[c]);
      return pb.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double poisson(SplitMix64 r, double mean) {
    double l = Math.exp(-mean), p = 1;
    int k = 0;
    do {
      k++;
      p *= uniform(r);
    } while (p > l);
    return k - 1;
  }

  private static double uniform(SplitMix64 r) { return (r.nextLong() >>> 11) * 0x1.0p-53; }

  /** Standard normal by Box–Muller (one of the pair; speed is irrelevant here). */
  private static double gauss(SplitMix64 r) {
    double u = uniform(r), v = uniform(r);
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
