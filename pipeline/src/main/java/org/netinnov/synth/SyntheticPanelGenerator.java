package org.netinnov.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * and stream {@code 2 + 2i} for its export decisions (see {@link Xoshiro256StarStar}). Rows are streamed:
 * memory does not grow with the number of firms beyond the code list.
 */
public final class SyntheticPanelGenerator {
  private static final int BUFFER = 1 << 20;

  private SyntheticPanelGenerator() {}

  /**
   * Writes the panel for {@code firms} firms over {@code firstYear..lastYear} with the given seed.
   *
   * @throws IllegalArgumentException if firms is not in 1..999,999, the years are reversed, or outCsv has
   *     no file name
   */
  public static GenerationSummary generate(int firms, int firstYear, int lastYear, long seed, Path outCsv)
      throws IOException {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
    }
    if (outCsv.getFileName() == null) {
      throw new IllegalArgumentException("output path has no file name: " + outCsv);
    }
    int[] codes = StockCodes.draw(firms, Xoshiro256StarStar.forStream(seed, 0));
    Path truthPath = sibling(outCsv, "_truth.csv");
    Path injectedPath = sibling(outCsv, "_injected.json");
    Path parent = outCsv.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }

    InjectionLog log = new InjectionLog();
    FirmSimulator firm = new FirmSimulator(firms, firstYear, lastYear);
    try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(outCsv), BUFFER);
        OutputStream truth = new BufferedOutputStream(Files.newOutputStream(truthPath), BUFFER)) {
      ExportWriter export = new ExportWriter(csv, log);
      TruthWriter truthWriter = new TruthWriter(truth);
      export.writeHeader();
      truthWriter.writeHeader();
      for (int i = 0; i < firms; i++) {
        String firmId = StockCodes.format(codes[i]);
        byte[] firmIdBytes = firmId.getBytes(StandardCharsets.US_ASCII);
        firm.simulate(new Variates(Xoshiro256StarStar.forStream(seed, 1 + 2L * i)));
        Variates exportDraws = new Variates(Xoshiro256StarStar.forStream(seed, 2 + 2L * i));
        for (int y = 1; y < firm.slots; y++) {
          ExportWriter.Status status = export.write(firm, y, firmId, firmIdBytes, exportDraws);
          truthWriter.write(firm, y, firmIdBytes, status);
          log.potentialFirmYears++;
        }
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

  /** {@code dir/panel.csv} → {@code dir/panel<suffix>}. */
  static Path sibling(Path csv, String suffix) {
    String name = csv.getFileName().toString();
    String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return csv.resolveSibling(base + suffix);
  }
}
