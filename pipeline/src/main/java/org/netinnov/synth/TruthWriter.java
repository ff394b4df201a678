package org.netinnov.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Writes {@code <basename>_truth.csv}: one line per potential firm-year (list year .. last year), whether
 * or not it reached the export, with the latent values, the patent firm effect and the patent mean.
 *
 * <p>Columns: firm_id, year, ie, government, business, technological, placebo, firm_effect, patent_mean
 * (six decimals each), export_status ({@code exported}, {@code gap}: no line in the export,
 * {@code blank_id}: exported with an empty firm id).
 */
final class TruthWriter {
  static final String[] HEADER = {
      "firm_id", "year", "ie", "government", "business", "technological", "placebo", "firm_effect",
      "patent_mean", "export_status"};
  private static final int DECIMALS = 6;

  private final OutputStream out;
  private final CsvRow row = new CsvRow(HEADER.length);

  TruthWriter(OutputStream out) {
    this.out = out;
  }

  static void writeHeader(OutputStream out) throws IOException {
    CsvRow header = new CsvRow(HEADER.length);
    header.clear();
    for (String h : HEADER) {
      header.next().ascii(h);
    }
    header.finish();
    header.writeTo(out);
  }

  void write(FirmSimulator f, int y, byte[] firmId, ExportWriter.Status status) throws IOException {
    row.clear();
    row.next().bytes(firmId);
    row.next().integer(f.yearOf(y));
    decimal(f.ie[y]);
    decimal(f.government[y]);
    decimal(f.business[y]);
    decimal(f.technological[y]);
    decimal(f.placebo[y]);
    decimal(f.firmEffect);
    decimal(f.patentMean[y]);
    row.next().ascii(status.name().toLowerCase(Locale.ROOT));
    row.finish();
    row.writeTo(out);
  }

  private void decimal(double v) {
    row.next().fixed(CsvRow.scale(v, DECIMALS), DECIMALS);
  }
}
