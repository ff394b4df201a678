package org.netinnov.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the simulated firm-years as a messy CSMAR/Wind-style export and logs every injected problem.
 *
 * <p>All export decisions come from the firm's export stream, never from the data-generating stream, so the
 * latent truth does not depend on the messiness. Per firm-year, in this order: gap? (not the entry year),
 * blank firm id? (not the entry year), duplicate? (not for blank-id lines) and exact or modified; then per
 * measured column: missing? (then which marker), otherwise one draw for its special form (percent text for
 * shares, thousands text for money of at least 1,000 yuan, outlier for leverage/roa; an outlier value takes
 * one more draw for leverage, two for roa), then for a modified duplicate the cell and the shrink factor.
 */
final class ExportWriter {
  /** The seven missing markers of real exports; the first is the empty cell. */
  static final String[] MISSING_MARKERS = {"", "n/a", "NA", "-", "\u2014", "null", "#N/A"};
  private static final byte[][] MARKER_BYTES = markerBytes();

  static final double GAP_PROB = 0.05;
  static final double BLANK_ID_PROB = 0.0004;
  static final double DUPLICATE_PROB = 0.003;
  static final double EXACT_DUPLICATE_SHARE = 0.5;
  static final double MISSING_PROB = 0.03;
  static final double PERCENT_PROB = 0.02;
  static final double THOUSANDS_PROB = 0.02;
  static final double OUTLIER_PROB = 0.0005;
  /** Money at or above this many yuan may be written with thousands separators. */
  static final double THOUSANDS_MIN = 1000.0;

  enum Status { EXPORTED, GAP, BLANK_ID }

  private static final byte PLAIN = 0;
  private static final byte MISSING = 1;
  private static final byte PERCENT = 2;
  private static final byte THOUSANDS = 3;
  private static final byte OUTLIER = 4;

  private final OutputStream out;
  private final InjectionLog log;
  private final CsvRow row = new CsvRow(PanelColumn.count());
  private final CsvRow replacement = new CsvRow(1);
  private final byte[] cellKind = new byte[PanelColumn.count()];
  private final int[] cellMarker = new int[PanelColumn.count()];
  private final long[] cellScaled = new long[PanelColumn.count()];
  private final byte[][] industryBytes;
  private final byte[][] provinceBytes;
  private final byte[][] regionBytes;
  /** Lines written so far by this writer; line numbers in the log are relative to its first line. */
  private long line;

  ExportWriter(OutputStream out, InjectionLog log) {
    this.out = out;
    this.log = log;
    industryBytes = ascii(ChinaTables.INDUSTRY_CODES);
    provinceBytes = ascii(ChinaTables.PROVINCES);
    regionBytes = ascii(ChinaTables.PROVINCE_REGION);
  }

  static void writeHeader(OutputStream out) throws IOException {
    CsvRow header = new CsvRow(PanelColumn.count());
    header.clear();
    for (PanelColumn c : PanelColumn.values()) {
      header.next().ascii(c.header());
    }
    header.finish();
    header.writeTo(out);
  }

  /** Writes (or leaves out) firm-year slot {@code y} of the simulated firm, returning what happened to it. */
  Status write(FirmSimulator f, int y, String firmId, byte[] firmIdBytes, Variates x) throws IOException {
    boolean entry = y == 1;
    if (!entry && x.uniform() < GAP_PROB) {
      log.gapFirmYears++;
      return Status.GAP;
    }
    boolean blank = !entry && x.uniform() < BLANK_ID_PROB;
    boolean duplicate = !blank && x.uniform() < DUPLICATE_PROB;
    boolean exact = duplicate && x.uniform() < EXACT_DUPLICATE_SHARE;
    int year = f.yearOf(y);
    renderRow(f, y, year, blank ? null : firmIdBytes, x);

    long firstLine = ++line;
    row.writeTo(out);
    countCells(firstLine, firmId, year, f, y);
    if (blank) {
      log.blankFirmId(firstLine, firmId, year);
      return Status.BLANK_ID;
    }
    if (duplicate) {
      int plainCells = 0;
      for (int c = PanelColumn.FIRST_MEASURED; c < cellKind.length; c++) {
        plainCells += cellKind[c] == PLAIN ? 1 : 0;
      }
      if (!exact && plainCells > 0) {
        writeModifiedDuplicate(firmId, year, x.uniformInt(plainCells), x.uniform(0.05, 0.25));
      } else {
        // a row with no plain measured cell (never seen in practice) can only be repeated exactly
        row.writeTo(out);
        log.exactDuplicate(line + 1, firmId, year);
      }
      countCells(++line, firmId, year, f, y);
    }
    log.exportedFirmYears++;
    return Status.EXPORTED;
  }

  private void renderRow(FirmSimulator f, int y, int year, byte[] firmIdBytes, Variates x) {
    row.clear();
    row.next();
    if (firmIdBytes != null) {
      row.bytes(firmIdBytes);
    }
    row.next().bytes(f.nameBytes);
    row.next().bytes(industryBytes[f.industry]);
    row.next().bytes(provinceBytes[f.province]);
    row.next().bytes(regionBytes[f.province]);
    row.next().integer(f.soe);
    row.next().integer(f.listYear);
    row.next().integer(year);
    for (int c = PanelColumn.FIRST_MEASURED; c < PanelColumn.count(); c++) {
      PanelColumn column = PanelColumn.at(c);
      row.next();
      if (x.uniform() < MISSING_PROB) {
        int marker = x.uniformInt(MISSING_MARKERS.length);
        row.bytes(MARKER_BYTES[marker]);
        cellKind[c] = MISSING;
        cellMarker[c] = marker;
        continue;
      }
      double value = f.value(column, y);
      int decimals = column.decimals();
      long scaled = CsvRow.scale(value, decimals);
      double u = x.uniform();
      byte kind = PLAIN;
      if (column.kind() == PanelColumn.Kind.SHARE && u < PERCENT_PROB) {
        kind = PERCENT;
        row.percent(scaled, decimals);
      } else if (column.kind() == PanelColumn.Kind.MONEY && u < THOUSANDS_PROB && value >= THOUSANDS_MIN) {
        kind = THOUSANDS;
        row.grouped(scaled, decimals);
      } else if (column.outlierEligible() && u < OUTLIER_PROB) {
        kind = OUTLIER;
        scaled = CsvRow.scale(outlierValue(column, x), decimals);
        cellScaled[c] = CsvRow.scale(value, decimals); // the clean value, for the log
        row.fixed(scaled, decimals);
      } else {
        row.fixed(scaled, decimals);
      }
      if (kind != OUTLIER) {
        cellScaled[c] = scaled;
      }
      cellKind[c] = kind;
    }
    row.finish();
  }

  /** Leverage uniform on [8, 60); roa negative (p = 0.7) or positive with magnitude uniform on [3, 12). */
  private static double outlierValue(PanelColumn column, Variates x) {
    if (column == PanelColumn.LEVERAGE) {
      return x.uniform(8.0, 60.0);
    }
    double sign = x.uniform() < 0.7 ? -1.0 : 1.0;
    return sign * x.uniform(3.0, 12.0);
  }

  /** Repeats the row with its {@code pick}-th plain measured cell shrunk toward zero by {@code factor}. */
  private void writeModifiedDuplicate(String firmId, int year, int pick, double factor) throws IOException {
    int c = PanelColumn.FIRST_MEASURED;
    for (int seen = -1; ; c++) {
      if (cellKind[c] == PLAIN && ++seen == pick) {
        break;
      }
    }
    PanelColumn column = PanelColumn.at(c);
    long m = cellScaled[c];
    long step = StrictMath.max(1L, StrictMath.round(StrictMath.abs(m) * factor));
    long changed = m >= 1 ? m - step : m + step;
    replacement.clear();
    replacement.next().fixed(changed, column.decimals());
    replacement.finish();
    row.writeReplacing(out, c, replacement);
    log.modifiedDuplicate(line + 1, firmId, year, column, row.cellText(c), replacement.cellText(0));
  }

  private void countCells(long lineNo, String firmId, int year, FirmSimulator f, int y) {
    log.dataLines++;
    for (int c = PanelColumn.FIRST_MEASURED; c < cellKind.length; c++) {
      switch (cellKind[c]) {
        case MISSING -> {
          log.missingByColumn[c]++;
          log.missingByMarker[cellMarker[c]]++;
        }
        case PERCENT -> log.percentByColumn[c]++;
        case THOUSANDS -> log.thousandsByColumn[c]++;
        case OUTLIER -> {
          log.outliersByColumn[c]++;
          PanelColumn column = PanelColumn.at(c);
          CsvRow clean = replacement;
          clean.clear();
          clean.next().fixed(cellScaled[c], column.decimals());
          clean.finish();
          log.outlierCell(lineNo, firmId, year, column, row.cellText(c), clean.cellText(0));
        }
        default -> { }
      }
    }
  }

  private static byte[][] ascii(String[] s) {
    byte[][] b = new byte[s.length][];
    for (int i = 0; i < s.length; i++) {
      b[i] = s[i].getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  private static byte[][] markerBytes() {
    return ascii(MISSING_MARKERS);
  }
}
