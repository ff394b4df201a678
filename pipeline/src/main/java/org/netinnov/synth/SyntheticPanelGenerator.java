package org.netinnov.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Generates the synthetic multi-firm panel of Chinese listed manufacturing firms with a known
 * data-generating process (international entrepreneurship → government/business/technological networks →
 * patents one year later, plus an inert placebo dimension), written as a messy CSMAR/Wind-style export.
 *
 * <p>Three files: {@code outCsv}; beside it {@code <basename>_truth.csv} (latent truth per firm-year) and
 * {@code <basename>_injected.json} (every injected problem, counted exactly). {@code <basename>} is the file
 * name without a trailing {@code .csv}. The DGP and the messiness are documented with all parameter values
 * in {@code datasets/README.md}.
 *
 * <p>Reproducible byte for byte: the output is a function of (firms, firstYear, lastYear, seed) only. Stream 0
 * of the seed draws the stock codes; firm {@code i} (in code order) uses stream {@code 1 + 2i} for its data
 * and stream {@code 2 + 2i} for its export decisions (see {@link Xoshiro256StarStar}). Rows are streamed in
 * blocks of 256 firms, rendered on up to four threads and written in firm order, so memory does not grow
 * with the number of firms beyond the code list, and the bytes do not depend on the number of threads.
 */
public final class SyntheticPanelGenerator {
  private static final int BUFFER = 1 << 20;
  /** Firms per rendering block: large enough to amortise task overhead, small enough to bound memory. */
  private static final int BLOCK_FIRMS = 256;
  private static final int IN_FLIGHT_PER_THREAD = 3;
  /** Rendering threads: the output is the same for any number. */
  private static final int DEFAULT_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private SyntheticPanelGenerator() {}

  /**
   * Writes the panel for {@code firms} firms over {@code firstYear..lastYear} with the given seed.
   *
   * @throws IllegalArgumentException if firms is not in 1..999,999, the years are reversed, or outCsv has
   *     no file name
   */
  public static GenerationSummary generate(int firms, int firstYear, int lastYear, long seed, Path outCsv)
      throws IOException {
    return generate(firms, firstYear, lastYear, seed, outCsv, DEFAULT_THREADS);
  }

  /**
   * As {@link #generate(int, int, int, long, Path)} with an explicit number of rendering threads; the bytes
   * written do not depend on it.
   */
  static GenerationSummary generate(int firms, int firstYear, int lastYear, long seed, Path outCsv, int threads)
      throws IOException {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
    }
    if (outCsv.getFileName() == null) {
      throw new IllegalArgumentException("output path has no file name: " + outCsv);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    int[] codes = StockCodes.draw(firms, Xoshiro256StarStar.forStream(seed, 0));
    Path truthPath = sibling(outCsv, "_truth.csv");
    Path injectedPath = sibling(outCsv, "_injected.json");
    Path parent = outCsv.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }

    InjectionLog log = new InjectionLog();
    try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(outCsv), BUFFER);
        OutputStream truth = new BufferedOutputStream(Files.newOutputStream(truthPath), BUFFER)) {
      ExportWriter.writeHeader(csv);
      TruthWriter.writeHeader(truth);
      int blocks = (firms + BLOCK_FIRMS - 1) / BLOCK_FIRMS;
      IntFunction<FirmBlock> render = b -> FirmBlock.render(codes, b * BLOCK_FIRMS,
          Math.min(firms, (b + 1) * BLOCK_FIRMS), firms, firstYear, lastYear, seed);
      Consumer<FirmBlock> append = block -> {
        try {
          block.csv.writeTo(csv);
          block.truth.writeTo(truth);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        log.append(block.log, 1 + log.dataLines); // line 1 is the header
      };
      try {
        if (threads == 1 || blocks == 1) {
          for (int b = 0; b < blocks; b++) {
            append.accept(render.apply(b));
          }
        } else {
          renderInParallel(blocks, threads, render, append);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    log.writeJson(injectedPath, firms, firstYear, lastYear, seed, outCsv, truthPath);
    return new GenerationSummary(firms, firstYear, lastYear, seed, outCsv, truthPath, injectedPath,
        log.dataLines, log.potentialFirmYears, log.exportedFirmYears, log.gapFirmYears, log.blankFirmIdRows,
        log.exactDuplicateRows, log.modifiedDuplicateRows,
        InjectionLog.byColumn(log.missingByColumn, InjectionLog.MEASURED), log.missingByMarkerMap(),
        InjectionLog.byColumn(log.percentByColumn, InjectionLog.SHARES),
        InjectionLog.byColumn(log.thousandsByColumn, InjectionLog.MONEY),
        InjectionLog.byColumn(log.outliersByColumn, InjectionLog.OUTLIER_COLUMNS));
  }

  /**
   * Renders blocks on a small pool and appends them strictly in block order; at most
   * {@code IN_FLIGHT_PER_THREAD * threads} rendered blocks wait in memory.
   */
  private static void renderInParallel(int blocks, int threads, IntFunction<FirmBlock> render,
      Consumer<FirmBlock> append) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "synthetic-panel");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<FirmBlock>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int b = 0; b < blocks; b++) {
        while (next < blocks && inFlight.size() < IN_FLIGHT_PER_THREAD * threads) {
          int block = next++;
          inFlight.add(pool.submit(() -> render.apply(block)));
        }
        append.accept(inFlight.poll().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while generating the synthetic panel");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code dir/panel.csv} → {@code dir/panel<suffix>}. */
  static Path sibling(Path csv, String suffix) {
    String name = csv.getFileName().toString();
    String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return csv.resolveSibling(base + suffix);
  }
}
