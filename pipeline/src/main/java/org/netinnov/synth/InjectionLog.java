package org.netinnov.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Exact counts (and, for the rare kinds, the individual cells and lines) of every problem injected into
 * the export, and their JSON rendering ({@code <basename>_injected.json}).
 *
 * <p>Counting rule: every cell count is over the data lines of the CSV as written (header excluded),
 * duplicate lines included; a cell carries at most one kind of problem.
 */
final class InjectionLog {
  final long[] missingByColumn = new long[PanelColumn.count()];
  final long[] missingByMarker = new long[ExportWriter.MISSING_MARKERS.length];
  final long[] percentByColumn = new long[PanelColumn.count()];
  final long[] thousandsByColumn = new long[PanelColumn.count()];
  final long[] outliersByColumn = new long[PanelColumn.count()];
  long dataLines;
  long potentialFirmYears;
  long exportedFirmYears;
  long gapFirmYears;
  long blankFirmIdRows;
  long exactDuplicateRows;
  long modifiedDuplicateRows;

  /** An outlier cell as written, with the clean value it replaced. */
  record OutlierCell(long line, String firmId, int year, PanelColumn column, String written, String clean) {}

  /** A duplicate line; {@code column}, {@code original} and {@code duplicate} are null for an exact copy. */
  record DuplicateLine(long line, String firmId, int year, PanelColumn column, String original, String duplicate) {}

  /** A line written with an empty firm id. */
  record BlankIdLine(long line, String trueFirmId, int year) {}

  // rare events only (well under 1% of lines), so one small object each is fine
  private final List<OutlierCell> outlierCells = new ArrayList<>();
  private final List<DuplicateLine> duplicateLines = new ArrayList<>();
  private final List<BlankIdLine> blankIdLines = new ArrayList<>();

  void outlierCell(long line, String firmId, int year, PanelColumn column, String written, String clean) {
    outlierCells.add(new OutlierCell(line, firmId, year, column, written, clean));
  }

  void exactDuplicate(long line, String firmId, int year) {
    exactDuplicateRows++;
    duplicateLines.add(new DuplicateLine(line, firmId, year, null, null, null));
  }

  void modifiedDuplicate(long line, String firmId, int year, PanelColumn column, String original, String duplicate) {
    modifiedDuplicateRows++;
    duplicateLines.add(new DuplicateLine(line, firmId, year, column, original, duplicate));
  }

  void blankFirmId(long line, String trueFirmId, int year) {
    blankFirmIdRows++;
    blankIdLines.add(new BlankIdLine(line, trueFirmId, year));
  }

  /**
   * Adds the counts and events of a log kept for a block of lines whose line numbers start after
   * {@code lineOffset} lines of the file.
   */
  void append(InjectionLog block, long lineOffset) {
    for (int c = 0; c < missingByColumn.length; c++) {
      missingByColumn[c] += block.missingByColumn[c];
      percentByColumn[c] += block.percentByColumn[c];
      thousandsByColumn[c] += block.thousandsByColumn[c];
      outliersByColumn[c] += block.outliersByColumn[c];
    }
    for (int m = 0; m < missingByMarker.length; m++) {
      missingByMarker[m] += block.missingByMarker[m];
    }
    dataLines += block.dataLines;
    potentialFirmYears += block.potentialFirmYears;
    exportedFirmYears += block.exportedFirmYears;
    gapFirmYears += block.gapFirmYears;
    blankFirmIdRows += block.blankFirmIdRows;
    exactDuplicateRows += block.exactDuplicateRows;
    modifiedDuplicateRows += block.modifiedDuplicateRows;
    for (OutlierCell o : block.outlierCells) {
      outlierCells.add(new OutlierCell(o.line() + lineOffset, o.firmId(), o.year(), o.column(), o.written(), o.clean()));
    }
    for (DuplicateLine d : block.duplicateLines) {
      duplicateLines.add(new DuplicateLine(d.line() + lineOffset, d.firmId(), d.year(), d.column(), d.original(),
          d.duplicate()));
    }
    for (BlankIdLine b : block.blankIdLines) {
      blankIdLines.add(new BlankIdLine(b.line() + lineOffset, b.trueFirmId(), b.year()));
    }
  }

  static long total(long[] counts) {
    long t = 0;
    for (long c : counts) {
      t += c;
    }
    return t;
  }

  /** Per-column counts in file order for the columns accepted by {@code which}. */
  static Map<String, Long> byColumn(long[] counts, Predicate<PanelColumn> which) {
    LinkedHashMap<String, Long> m = new LinkedHashMap<>();
    for (PanelColumn c : PanelColumn.values()) {
      if (which.test(c)) {
        m.put(c.header(), counts[c.ordinal()]);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  Map<String, Long> missingByMarkerMap() {
    LinkedHashMap<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < missingByMarker.length; i++) {
      m.put(ExportWriter.MISSING_MARKERS[i], missingByMarker[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  static final Predicate<PanelColumn> MEASURED = PanelColumn::measured;
  static final Predicate<PanelColumn> SHARES = c -> c.kind() == PanelColumn.Kind.SHARE;
  static final Predicate<PanelColumn> MONEY = c -> c.kind() == PanelColumn.Kind.MONEY;
  static final Predicate<PanelColumn> OUTLIER_COLUMNS = PanelColumn::outlierEligible;

  void writeJson(Path file, int firms, int firstYear, int lastYear, long seed, Path csv, Path truth) throws IOException {
    StringBuilder j = new StringBuilder(4096 + 160 * (outlierCells.size() + duplicateLines.size() + blankIdLines.size()));
    j.append("{\n");
    j.append("  \"format\": \"netinnov synthetic panel injection log\",\n");
    j.append("  \"format_version\": 1,\n");
    j.append("  \"generator\": {\"class\": \"org.netinnov.synth.SyntheticPanelGenerator\", \"firms\": ").append(firms)
        .append(", \"first_year\": ").append(firstYear).append(", \"last_year\": ").append(lastYear)
        .append(", \"seed\": ").append(seed).append("},\n");
    j.append("  \"files\": {\"csv\": ").append(quote(csv.getFileName().toString())).append(", \"truth\": ")
        .append(quote(truth.getFileName().toString())).append("},\n");
    j.append("  \"definitions\": {\n");
    definition(j, "counting", "Every count is over the data lines of the CSV as written (header excluded), duplicate "
        + "lines included. A cell carries at most one kind of problem.", false);
    definition(j, "missing", "A measured cell (overseas_revenue_share .. firm_age) whose whole text is one of the "
        + "markers (the empty string included).", false);
    definition(j, "percent_text", "A share cell written as a percent, e.g. 12.50% for 0.1250: the same digits "
        + "as the plain form, decimal point moved two places, then '%'.", false);
    definition(j, "thousands_text", "A money cell written as quoted text with a comma every three integer "
        + "digits, e.g. \"1,234,567.89\"; only values of at least 1,000 yuan are eligible.", false);
    definition(j, "outliers", "A leverage cell whose value is > 5 or a roa cell whose absolute value is > 2; clean "
        + "values never reach those bounds (leverage < 1, |roa| <= 0.5).", false);
    definition(j, "duplicates", "A data line whose (firm_id, year) already appeared on an earlier line; it "
        + "follows its original immediately. exact: the whole line equals the original; modified: exactly one "
        + "measured cell differs, a plain number shrunk toward zero by 5-25% (at least one unit of its last "
        + "digit; a zero becomes one unit).", false);
    definition(j, "blank_firm_id", "A data line whose firm_id cell is empty; never an entry-year line and never "
        + "duplicated.", false);
    definition(j, "gaps", "A firm-year between the firm's list_year and the last year with no line at all; "
        + "never the entry year. The truth file marks it export_status=gap.", true);
    j.append("  },\n");
    j.append("  \"rows\": {\"data_lines\": ").append(dataLines)
        .append(", \"potential_firm_years\": ").append(potentialFirmYears)
        .append(", \"exported_firm_years\": ").append(exportedFirmYears)
        .append(", \"gap_firm_years\": ").append(gapFirmYears)
        .append(", \"blank_firm_id_rows\": ").append(blankFirmIdRows)
        .append(", \"exact_duplicate_rows\": ").append(exactDuplicateRows)
        .append(", \"modified_duplicate_rows\": ").append(modifiedDuplicateRows).append("},\n");

    j.append("  \"missing\": {\n    \"markers\": [");
    for (int i = 0; i < ExportWriter.MISSING_MARKERS.length; i++) {
      j.append(i == 0 ? "" : ", ").append(quote(ExportWriter.MISSING_MARKERS[i]));
    }
    j.append("],\n    \"total\": ").append(total(missingByColumn)).append(",\n    \"by_marker\": ");
    map(j, missingByMarkerMap());
    j.append(",\n    \"by_column\": ");
    map(j, byColumn(missingByColumn, MEASURED));
    j.append("\n  },\n");
    kindSection(j, "percent_text", percentByColumn, SHARES, null);
    kindSection(j, "thousands_text", thousandsByColumn, MONEY, null);
    kindSection(j, "outliers", outliersByColumn, OUTLIER_COLUMNS, outlierCellsJson());
    j.append("  \"duplicates\": {\"exact\": ").append(exactDuplicateRows).append(", \"modified\": ")
        .append(modifiedDuplicateRows).append(",\n    \"lines\": [").append(duplicateLinesJson()).append("]},\n");
    j.append("  \"blank_firm_id\": {\"rows\": ").append(blankFirmIdRows).append(",\n    \"lines\": [")
        .append(blankIdLinesJson()).append("]}\n");
    j.append("}\n");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(j.toString());
    }
  }

  private static void definition(StringBuilder j, String key, String text, boolean last) {
    j.append("    ").append(quote(key)).append(": ").append(quote(text)).append(last ? "\n" : ",\n");
  }

  private static void kindSection(StringBuilder j, String name, long[] counts, Predicate<PanelColumn> which,
      String cells) {
    j.append("  ").append(quote(name)).append(": {\"total\": ").append(total(counts)).append(", \"by_column\": ");
    map(j, byColumn(counts, which));
    if (cells != null) {
      j.append(",\n    \"cells\": [").append(cells).append("]");
    }
    j.append("},\n");
  }

  private String outlierCellsJson() {
    StringBuilder b = new StringBuilder();
    for (OutlierCell o : outlierCells) {
      item(b).append("{\"line\": ").append(o.line()).append(", \"firm_id\": ").append(quote(o.firmId()))
          .append(", \"year\": ").append(o.year()).append(", \"column\": ").append(quote(o.column().header()))
          .append(", \"written\": ").append(quote(o.written())).append(", \"clean\": ").append(quote(o.clean()))
          .append('}');
    }
    return close(b);
  }

  private String duplicateLinesJson() {
    StringBuilder b = new StringBuilder();
    for (DuplicateLine d : duplicateLines) {
      item(b).append("{\"line\": ").append(d.line()).append(", \"firm_id\": ").append(quote(d.firmId()))
          .append(", \"year\": ").append(d.year());
      if (d.column() == null) {
        b.append(", \"kind\": \"exact\"}");
      } else {
        b.append(", \"kind\": \"modified\", \"column\": ").append(quote(d.column().header()))
            .append(", \"original\": ").append(quote(d.original())).append(", \"duplicate\": ")
            .append(quote(d.duplicate())).append('}');
      }
    }
    return close(b);
  }

  private String blankIdLinesJson() {
    StringBuilder b = new StringBuilder();
    for (BlankIdLine l : blankIdLines) {
      item(b).append("{\"line\": ").append(l.line()).append(", \"true_firm_id\": ").append(quote(l.trueFirmId()))
          .append(", \"year\": ").append(l.year()).append('}');
    }
    return close(b);
  }

  /** Starts a list item: one item per line, indented. */
  private static StringBuilder item(StringBuilder b) {
    return b.append(b.length() == 0 ? "\n      " : ",\n      ");
  }

  private static String close(StringBuilder b) {
    return b.length() == 0 ? "" : b.append("\n    ").toString();
  }

  private static void map(StringBuilder j, Map<String, Long> m) {
    j.append('{');
    boolean first = true;
    for (Map.Entry<String, Long> e : m.entrySet()) {
      j.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
      first = false;
    }
    j.append('}');
  }

  /** A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8). */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
