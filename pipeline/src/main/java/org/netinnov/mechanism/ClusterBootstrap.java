package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pairs cluster bootstrap over firms (Cameron, Gelbach &amp; Miller 2008, "Bootstrap-based improvements for
 * inference with clustered errors", REStat 90(3)): each replicate draws G firms with replacement from the G firms of
 * the sample and re-estimates every path on them, each drawn copy of a firm counting as a firm of its own.
 *
 * <p>Reproducibility: replicate r draws its firms from {@link SplitMix64#forReplicate(long, int) its own generator}
 * seeded from (seed, r) and writes its results to row r, so the output is the same for any number of threads and
 * any scheduling.
 */
final class ClusterBootstrap {
  private ClusterBootstrap() {}

  /** Re-estimates the effects of one replicate; one instance per thread (it may own buffers). */
  interface Replicate {
    /**
     * @param counts counts[g] = how often firm g was drawn
     * @param out    the effects of this replicate (NaN where not estimable)
     */
    void estimate(int[] counts, double[] out);
  }

  /** Number of times each firm is drawn in replicate {@code r} (G draws among G firms). */
  static void draw(long seed, int r, int nFirms, int[] counts) {
    Arrays.fill(counts, 0);
    SplitMix64 rng = SplitMix64.forReplicate(seed, r);
    for (int k = 0; k < nFirms; k++) counts[rng.nextInt(nFirms)]++;
  }

  /**
   * Runs {@code replications} replicates on {@code threads} workers (0 = all cores).
   *
   * @return {@code out[r][e]}: effect e of replicate r
   */
  static double[][] run(int nFirms, int replications, long seed, int threads, int effects,
      Supplier<Replicate> perThread, ProgressListener progress) {
    double[][] out = new double[replications][effects];
    if (replications == 0) return out;
    int workers = workerCount(threads, replications);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    boolean inline = workers == 1;
    Runnable work = () -> {
      Replicate rep = perThread.get();
      int[] counts = new int[nFirms];
      int r;
      while ((r = next.getAndIncrement()) < replications) {
        draw(seed, r, nFirms, counts);
        double[] row = out[r];
        try {
          rep.estimate(counts, row);
        } catch (RuntimeException e) {
          // a singular replicate (e.g. a regressor without variation in the drawn firms) is left out, not fatal
          Arrays.fill(row, Double.NaN);
        }
        int d = done.incrementAndGet();
        if (inline) progress.update(d);
      }
    };
    progress.start("mediation bootstrap", replications);
    try {
      if (inline) {
        work.run();
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
          Thread t = new Thread(runnable, "bootstrap-worker");
          t.setDaemon(true);
          return t;
        });
        try {
          List<Future<?>> fs = new ArrayList<>();
          for (int w = 0; w < workers; w++) fs.add(pool.submit(work));
          for (Future<?> f : fs) {
            while (true) {
              try {
                f.get(100, TimeUnit.MILLISECONDS);
                break;
              } catch (TimeoutException e) {
                progress.update(done.get());
              }
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException("bootstrap worker failed: " + e.getCause(), e.getCause());
        } finally {
          pool.shutdownNow();
        }
      }
      progress.update(done.get());
    } finally {
      progress.finish();
    }
    return out;
  }

  static int workerCount(int threads, int replications) {
    int t = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
    return Math.max(1, Math.min(t, replications));
  }
}
