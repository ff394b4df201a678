package org.netinnov.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a block of consecutive firms into memory: their export lines, truth lines and injection log
 * (with line numbers relative to the block). A block depends only on the seed and its firms' indices and
 * codes, so blocks can be rendered on any thread and concatenated in order with the same bytes as a
 * single-threaded run.
 */
final class FirmBlock {
  final ByteArrayOutputStream csv;
  final ByteArrayOutputStream truth;
  final InjectionLog log = new InjectionLog();

  private FirmBlock(int firmCount) {
    csv = new ByteArrayOutputStream(firmCount * 4096);
    truth = new ByteArrayOutputStream(firmCount * 1536);
  }

  /** Firms {@code from..to-1} (indices into {@code codes}, in code order). */
  static FirmBlock render(int[] codes, int from, int to, int firms, int firstYear, int lastYear, long seed) {
    FirmBlock block = new FirmBlock(to - from);
    FirmSimulator firm = new FirmSimulator(firms, firstYear, lastYear);
    ExportWriter export = new ExportWriter(block.csv, block.log);
    TruthWriter truthWriter = new TruthWriter(block.truth);
    try {
      for (int i = from; i < to; i++) {
        String firmId = StockCodes.format(codes[i]);
        byte[] firmIdBytes = firmId.getBytes(StandardCharsets.US_ASCII);
        firm.simulate(new Variates(Xoshiro256StarStar.forStream(seed, 1 + 2L * i)));
        Variates exportDraws = new Variates(Xoshiro256StarStar.forStream(seed, 2 + 2L * i));
        for (int y = 1; y < firm.slots; y++) {
          ExportWriter.Status status = export.write(firm, y, firmId, firmIdBytes, exportDraws);
          truthWriter.write(firm, y, firmIdBytes, status);
          block.log.potentialFirmYears++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory rendering failed", e); // ByteArrayOutputStream does not throw
    }
    return block;
  }
}
