package org.netinnov.estimate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.fe.FixedEffectsProjector;
import org.netinnov.estimate.linear.LinearPanelModels;
import org.netinnov.estimate.linear.LinearSpec;

/**
 * Speed benchmark of the two-way within estimator: {@code y ~ x1 + ... + x8 | firm + year}, firm-clustered (Stata
 * small-sample) standard errors, on a CSV ({@code firm, year, y, x1..x8}) or on a generated panel of 100,000 firms
 * × 10 years with 10% of firm-years missing at random (fixed seed).
 *
 * <p>Prints the time to read (or generate) the data, then, after warm-up, the median of {@code repetitions} timed
 * fits ({@code median <ms> ms}), the peak heap during the timed fits, the coefficients, and comparisons: the fit
 * including the construction of the design's firm and year factors (fixest's timing includes building its
 * fixed-effect ids), exact dummy projection vs alternating projections, and one thread (wall and CPU time of that
 * thread, which stays meaningful when other jobs compete for the cores) vs the common pool.
 *
 * <pre>
 *   mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -Xmx1500m -cp target/classes:$(cat cp.txt) org.netinnov.estimate.bench.LinearBench [csv|-] [reps] [--write-csv out.csv]
 * </pre>
 */
public final class LinearBench {
  private LinearBench() {}

  static final int FIRMS = 100_000;
  static final int YEARS = 10;
  static final int K = 8;
  static final long SEED = 42L;

  public static void main(String[] args) throws IOException {
    Path csv = null;
    int reps = 11;
    Path writeTo = null;
    for (int a = 0; a < args.length; a++) {
      if (args[a].equals("--write-csv")) writeTo = Path.of(args[++a]);
      else if (args[a].matches("\\d+")) reps = Integer.parseInt(args[a]);
      else if (!args[a].equals("-")) csv = Path.of(args[a]);
    }
    if (writeTo != null) {
      BenchData d = BenchGenerator.generate(FIRMS, YEARS, K, 0.10, SEED);
      BenchCsv.write(d, writeTo);
      System.out.println("wrote " + d.n() + " rows to " + writeTo);
      return;
    }
    run(csv, reps, System.out);
  }

  public static void run(Path csvOrNull, int repetitions, PrintStream out) {
    if (repetitions < 1) throw new IllegalArgumentException("repetitions must be >= 1");
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    BenchData data;
    try {
      data = csvOrNull == null ? BenchGenerator.generate(FIRMS, YEARS, K, 0.10, SEED) : BenchCsv.read(csvOrNull);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t1 = System.nanoTime();
    out.printf("%s %d rows, %d firms, %d regressors in %.1f ms (CPU %.1f ms)%n",
        csvOrNull == null ? "generated" : "read " + csvOrNull, data.n(), data.nFirms(), data.x().length, ms(t1 - t0),
        ms(cpuNanos() - c0));
    long t2 = System.nanoTime();
    Design d = data.design();
    out.printf("design (firm and year factors) built in %.1f ms (first call, before JIT warm-up)%n",
        ms(System.nanoTime() - t2));
    LinearSpec spec = new LinearSpec(LinearSpec.Estimator.WITHIN, LinearSpec.Effect.TWOWAYS,
        CovarianceSpec.cluster("firm"), false);

    Supplier<Fit> fit = () -> LinearPanelModels.fit(d, spec);
    for (int w = 0; w < 5; w++) fit.get();
    System.gc();
    long baseline = heapUsed();
    resetPeaks();
    double[] times = new double[repetitions];
    double[] cpu = new double[repetitions];
    Fit f = null;
    for (int r = 0; r < repetitions; r++) {
      long s = System.nanoTime();
      long c = cpuNanos();
      f = fit.get();
      times[r] = ms(System.nanoTime() - s);
      cpu[r] = ms(cpuNanos() - c);
    }
    long peak = heapPeak();
    out.printf("median %.1f ms%n", median(times));
    out.printf("  (process CPU per fit: median %.1f ms; machine load average %.1f on %d cores)%n", median(cpu),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.printf("  (min %.1f ms, max %.1f ms over %d fits; peak heap %.0f MB, of which %.0f MB data before fitting)%n",
        Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0), repetitions, peak / 1e6,
        baseline / 1e6);
    out.printf("  nobs %d, firms %d, df %.0f, absorbed %.0f, within R2 %.6f, %s%n", f.nobs(), f.nFirms(),
        f.dfResidual(), f.stat("n_absorbed"), f.r2(), f.vcovType());
    for (int j = 0; j < f.k(); j++) out.printf("  %-4s %12.8f  (se %.8f)%n", f.terms().get(j), f.coef()[j], f.se(j));

    double[] withDesign = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long s = System.nanoTime();
      LinearPanelModels.fit(data.design(), spec);
      withDesign[r] = ms(System.nanoTime() - s);
    }
    out.printf("with the firm and year factors built from the columns each time: median %.1f ms%n", median(withDesign));

    int cmpReps = Math.max(3, repetitions / 2);
    double exact = timeMedian(() -> LinearPanelModels.fitDetailed(d, spec, FixedEffectsProjector.Method.EXACT).fit(),
        cmpReps);
    Fit[] apFit = new Fit[1];
    double ap = timeMedian(() -> apFit[0] = LinearPanelModels.fitDetailed(d, spec,
        FixedEffectsProjector.Method.ALTERNATING).fit(), cmpReps);
    double maxDiff = 0;
    for (int j = 0; j < f.k(); j++) maxDiff = Math.max(maxDiff, Math.abs(apFit[0].coef()[j] - f.coef()[j]));
    out.printf("exact FWL projection: median %.1f ms; alternating projections: median %.1f ms (%.0f sweeps, "
        + "max |coef difference| %.2g)%n", exact, ap, apFit[0].stat("fe_iterations"), maxDiff);
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      double[][] serial = single.submit(() -> {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        fit.get();
        double[] wall = new double[cmpReps], thread = new double[cmpReps];
        for (int r = 0; r < cmpReps; r++) {
          long c = bean.getCurrentThreadCpuTime(), s = System.nanoTime();
          fit.get();
          wall[r] = ms(System.nanoTime() - s);
          thread[r] = ms(bean.getCurrentThreadCpuTime() - c);
        }
        return new double[][] {wall, thread};
      }).get();
      out.printf("one thread: median %.1f ms wall, %.1f ms CPU of that thread; common pool (%d cores): median %.1f ms%n",
          median(serial[0]), median(serial[1]), Runtime.getRuntime().availableProcessors(), median(times));
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      single.shutdown();
    }
  }

  private static double timeMedian(Supplier<Fit> s, int reps) {
    s.get();
    double[] t = new double[reps];
    for (int r = 0; r < reps; r++) {
      long a = System.nanoTime();
      s.get();
      t[r] = ms(System.nanoTime() - a);
    }
    return median(t);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
  }

  private static double ms(long nanos) { return nanos / 1e6; }

  /** CPU time of this process (all threads, including GC and JIT), or 0 when the platform does not tell. */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
      return os.getProcessCpuTime();
    return 0;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
  }

  /** Sum over heap pools of their peak use: an upper bound of the heap in use at any one time. */
  private static long heapPeak() {
    long s = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
      if (p.getType() == MemoryType.HEAP) s += p.getPeakUsage().getUsed();
    return s;
  }
}
