package org.netinnov.clean;

import java.util.List;

/**
 * The per-file steps that come out of reading: {@code read} (rows and columns found), {@code numbers} (what the
 * text cells held) and {@code identifiers} (rows without a firm id or a readable year, dropped).
 */
final class FileSteps {
  private FileSteps() {}

  static CleanLog.Step read(RawTable t) {
    // rows in: every record under the header (blank and description rows included); rows out: the data rows
    long skipped = t.facts().getOrDefault("blank rows skipped", 0L)
        + t.facts().getOrDefault("description rows under the header skipped", 0L);
    StepLog s = new StepLog("read", t.source(), "the file as read: header, skipped rows, column types")
        .rows(t.rows() + skipped, t.rows());
    long cells = (long) t.rows() * (t.columns().size() + 2);
    s.cells(cells, cells);
    for (var e : t.facts().entrySet()) s.count(e.getKey(), e.getValue());
    long numeric = t.columns().stream().filter(c -> c.role() == RawColumn.Role.NUMERIC).count();
    s.count("numeric columns", numeric);
    s.count("text columns", t.columns().size() - numeric);
    for (String n : t.notes()) s.note(n);
    return s.build();
  }

  static CleanLog.Step numbers(RawTable t, NumberParser parser) {
    StepLog s = new StepLog("numbers", t.source(), "text cells read as numbers (thousands separators, percent, "
        + "parentheses for negatives, unit suffixes); missing markers and empty cells become missing; cells that are "
        + "not numbers become missing, counted per column");
    long cellsIn = 0, cellsOut = 0, changed = 0, empty = 0;
    List<String> markers = parser.markers();
    long[] byMarker = new long[markers.size()];
    for (RawColumn c : t.columns()) {
      boolean numeric = c.role() == RawColumn.Role.NUMERIC;
      long missing = c.missing();
      empty += c.empty();
      for (int m = 0; m < byMarker.length; m++) byMarker[m] += c.byMarker()[m];
      s.count(c.name, "missing", missing);
      if (!numeric) continue;
      cellsIn += t.rows();
      long nan = missing + c.count(RawColumn.NOT_A_NUMBER);
      cellsOut += t.rows() - nan;
      for (int k = RawColumn.THOUSANDS; k <= RawColumn.NUMBER_CELL; k++) {
        s.count(c.name, RawColumn.KIND_NAMES[k], c.count(k));
        if (k != RawColumn.NUMBER_CELL) changed += c.count(k);
        for (String ex : c.examples(k)) s.example(c.name + " (" + RawColumn.KIND_NAMES[k] + ") " + ex);
      }
    }
    s.rows(t.rows(), t.rows()).cells(cellsIn, cellsOut).changed(changed);
    s.count("missing: empty cell", empty);
    for (int m = 0; m < byMarker.length; m++) s.count("missing: marker `" + markers.get(m) + "`", byMarker[m]);
    return s.build();
  }

  /**
   * Rows with a firm id and a readable year (and, when {@code periodEnd} is set as mmdd, whose date-written year falls
   * on that month and day); logs the others.
   */
  static int[] identifiers(RawTable t, int periodEnd, CleanLog log) {
    StepLog s = new StepLog("identifiers", t.source(), "rows without a firm id or without a readable year are dropped"
        + (periodEnd != 0 ? ", and rows whose date is not the period end " + monthDayText(periodEnd) : ""));
    String[] firm = t.firm().texts();
    int[] year = t.year().years();
    int n = t.rows();
    int[] keep = new int[n];
    int k = 0;
    long blankFirm = 0, badYear = 0, blankYear = 0, otherPeriod = 0;
    short[] md = t.year().monthDays();
    int[] lines = t.lines();
    for (int i = 0; i < n; i++) {
      if (firm[i] == null) {
        blankFirm++;
        if (s.wantsExamples()) s.example("line " + lines[i] + ": blank firm id (year " + (year[i] == YearParser.INVALID ? "?" : year[i]) + ")");
        continue;
      }
      if (year[i] == RawColumn.BLANK_YEAR) {
        blankYear++;
        if (s.wantsExamples()) s.example("line " + lines[i] + ": blank year (firm " + firm[i] + ")");
        continue;
      }
      if (year[i] == YearParser.INVALID) {
        badYear++;
        continue;
      }
      if (periodEnd != 0 && md[i] != 0 && md[i] != periodEnd) {
        otherPeriod++;
        if (s.wantsExamples()) s.example("line " + lines[i] + ": firm " + firm[i] + ", period ending "
            + String.format(java.util.Locale.ROOT, "%d-%02d-%02d", year[i], md[i] / 100, md[i] % 100));
        continue;
      }
      keep[k++] = i;
    }
    for (String ex : t.year().examples(RawColumn.NOT_A_NUMBER)) s.example("unreadable year " + ex);
    s.rows(n, k).count("blank firm id", blankFirm).count("unreadable year", badYear).count("blank year", blankYear)
        .count("year written as a date", t.year().yearForm(YearParser.Form.DATE))
        .count("year written as text", t.year().yearForm(YearParser.Form.TEXT))
        .count("firm id padded with zeros", t.firm().paddedIds())
        .count("exchange suffix removed from firm id", t.firm().strippedIds());
    if (periodEnd != 0) s.count("rows of another reporting period (not " + monthDayText(periodEnd) + ")", otherPeriod);
    for (String ex : t.year().examples(RawColumn.PLAIN)) s.note("year read from " + ex);
    log.add(s.build());
    return java.util.Arrays.copyOf(keep, k);
  }

  private static String monthDayText(int mmdd) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", mmdd / 100, mmdd % 100);
  }
}
