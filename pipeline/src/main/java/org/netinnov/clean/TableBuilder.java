package org.netinnov.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netinnov.config.Suggest;

/**
 * Turns a stream of header and data cells (from {@link CsvSource} or {@link XlsxSource}) into a {@link RawTable}:
 * applies {@code rename}, assigns each column its role (firm, year, listed numeric or text, automatic), drops rows
 * that are entirely blank, pads short rows with missing cells, and refuses rows longer than the header.
 */
final class TableBuilder {
  /** What a source needs to know about one file. */
  record Options(String source, Path file, String firm, String year, Map<String, String> rename, FirmIds firmIds,
      Set<String> numeric, Set<String> text) {}

  private final Options opt;
  private final NumberParser parser;
  private final int capacityHint;
  private RawColumn[] cols;
  private RawColumn firm, year;
  private String[] names;
  private int[] lines = new int[1024];
  private int rows;
  private int cell; // cells of the current row so far
  private boolean rowHasContent;
  private long rowLine;
  private final LinkedHashMap<String, Long> facts = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();

  TableBuilder(Options opt, NumberParser parser, int capacityHint) {
    this.opt = opt;
    this.parser = parser;
    this.capacityHint = capacityHint;
  }

  String where() { return opt.file().toString(); }

  /** The header row: raw names (trimmed here), found on {@code line}. */
  void header(List<String> raw, long line) {
    int n = raw.size();
    // a trailing empty header cell (a delimiter at the end of the header line) names no column
    while (n > 1 && raw.get(n - 1).trim().isEmpty()) n--;
    if (n < raw.size()) fact("empty trailing header cells ignored", raw.size() - n);
    names = new String[n];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String s = NumberParser.trim(raw.get(i).replace("\uFEFF", ""));
      if (s.isEmpty()) {
        s = "column_" + (i + 1);
        notes.add("column " + (i + 1) + " has no name in the header; called `" + s + "`");
      }
      Integer prev = seen.put(s, i);
      if (prev != null)
        throw new InputException(where() + ": columns " + (prev + 1) + " and " + (i + 1) + " are both named `" + s
            + "` in the header (line " + line + ")");
      names[i] = s;
    }
    for (var e : opt.rename().entrySet()) {
      Integer at = seen.get(e.getKey());
      if (at == null)
        throw new InputException(where() + ": cannot rename `" + e.getKey() + "`: no such column in the header"
            + Suggest.didYouMean(e.getKey(), List.of(names)));
      if (seen.containsKey(e.getValue()) && !opt.rename().containsKey(e.getValue()))
        throw new InputException(where() + ": cannot rename `" + e.getKey() + "` to `" + e.getValue()
            + "`: the file already has a column of that name");
    }
    for (int i = 0; i < n; i++) {
      String to = opt.rename().get(names[i]);
      if (to != null) {
        notes.add("column `" + names[i] + "` renamed `" + to + "`");
        names[i] = to;
      }
    }
    requireColumn(opt.firm(), "firm");
    requireColumn(opt.year(), "year");
    if (opt.firm().equals(opt.year()))
      throw new InputException(where() + ": the firm and year columns are both `" + opt.firm() + "`");
    cols = new RawColumn[n];
    for (int i = 0; i < n; i++) {
      String s = names[i];
      RawColumn.Role role = s.equals(opt.firm()) ? RawColumn.Role.FIRM
          : s.equals(opt.year()) ? RawColumn.Role.YEAR
          : opt.numeric().contains(s) ? RawColumn.Role.NUMERIC
          : opt.text().contains(s) ? RawColumn.Role.TEXT
          : RawColumn.Role.AUTO;
      cols[i] = new RawColumn(s, role, parser, capacityHint, role == RawColumn.Role.FIRM ? opt.firmIds() : FirmIds.AS_WRITTEN,
          r -> lines[r]);
      if (role == RawColumn.Role.FIRM) firm = cols[i];
      if (role == RawColumn.Role.YEAR) year = cols[i];
    }
    notes.add("header on line " + line + ": " + n + " columns");
  }

  private void requireColumn(String name, String key) {
    for (String s : names) if (s.equals(name)) return;
    String hint = "";
    if (names.length == 1 && names[0].matches(".*[,;\t|].*"))
      hint = "; the header was read as one column — set data.delimiter";
    throw new InputException(where() + ": no column `" + name + "` (data." + key + ")"
        + Suggest.didYouMean(name, List.of(names)) + hint);
  }

  void beginRow(long line) {
    cell = 0;
    rowHasContent = false;
    rowLine = line;
  }

  /** The next cell of the row, as characters. */
  void text(char[] b, int off, int len) {
    if (cell >= cols.length) { extra(b, off, len); return; }
    if (!rowHasContent && !blank(b, off, len)) rowHasContent = true;
    cols[cell++].add(b, off, len, rowLine);
  }

  /** Cell {@code col} (0-based; earlier cells not given are missing) as characters. */
  void text(int col, char[] b, int off, int len) {
    if (!skipTo(col)) {
      if (!blank(b, off, len)) rowHasContent = true;
      extraCell(col, new String(b, off, len));
      return;
    }
    text(b, off, len);
  }

  /**
   * Whether {@link #number} needs the display text of a number in column {@code col}: numeric columns keep only the
   * value and the year column its year (an invalid one is shown by its value), so a streaming reader can skip
   * formatting them. Cells beyond the header need it for the error message.
   */
  boolean usesDisplay(int col) {
    if (cols == null || col >= cols.length) return true;
    RawColumn.Role r = cols[col].role();
    return r != RawColumn.Role.NUMERIC && r != RawColumn.Role.YEAR;
  }

  /** Cell {@code col} holding a spreadsheet number, with its display text. */
  void number(int col, double v, String display) {
    if (!skipTo(col)) { rowHasContent = true; extraCell(col, display); return; }
    rowHasContent = true;
    cols[cell++].addSpreadsheetNumber(v, display, rowLine);
  }

  /** Cell {@code col} holding a spreadsheet date: the year column takes its year (and period), other columns its text. */
  void date(int col, java.time.LocalDate date, String display) {
    if (!skipTo(col)) { rowHasContent = true; extraCell(col, display); return; }
    rowHasContent = true;
    if (cols[col] == year) {
      cell++;
      year.addYearOfDate(date.getYear(), date.getMonthValue() * 100 + date.getDayOfMonth());
    } else {
      char[] c = display.toCharArray();
      text(c, 0, c.length);
    }
  }

  private boolean skipTo(int col) {
    if (col >= cols.length) return false;
    while (cell < col) cols[cell++].addMissing();
    return true;
  }

  private void extra(char[] b, int off, int len) {
    if (blank(b, off, len)) { fact("empty cells beyond the last header column ignored", 1); return; }
    throw new InputException(where() + ": line " + rowLine + " has more cells than the header's " + cols.length
        + " (cell " + (cell + 1) + " is `" + new String(b, off, Math.min(len, 40))
        + "`); an unquoted delimiter inside a value, such as 1,234?");
  }

  private void extraCell(int col, String display) {
    if (display == null || display.isBlank()) return;
    throw new InputException(where() + ": row " + rowLine + " has a value in column " + (col + 1)
        + ", beyond the header's " + cols.length + " columns (`" + display + "`)");
  }

  void endRow() {
    if (!rowHasContent) {
      for (int i = 0; i < cell; i++) cols[i].dropLastEmpty();
      fact("blank rows skipped", 1);
      return;
    }
    if (cell < cols.length) {
      fact("short rows (missing cells at the end)", 1);
      while (cell < cols.length) cols[cell++].addMissing();
    }
    if (rows == lines.length) lines = Arrays.copyOf(lines, rows + (rows >> 1) + 16);
    lines[rows++] = (int) Math.min(Integer.MAX_VALUE, rowLine);
  }

  void fact(String what, long n) { facts.merge(what, n, Long::sum); }

  RawTable finish() {
    if (cols == null) throw new InputException(where() + ": no header row (the file is empty)");
    if (rows == 0) throw new InputException(where() + ": the header has no data rows under it");
    List<RawColumn> other = new ArrayList<>();
    for (RawColumn c : cols) {
      c.finish();
      if (c == firm || c == year) continue;
      if (c.name.startsWith("column_") && c.missing() == rows) {
        notes.add("column `" + c.name + "` has no name and no values; dropped");
        continue;
      }
      other.add(c);
      if (c.wasAuto()) notes.add("column `" + c.name + "`: " + c.decision());
    }
    facts.put("data rows", (long) rows);
    return new RawTable(opt.source(), opt.file(), List.copyOf(other), firm, year, rows, Arrays.copyOf(lines, rows),
        facts, notes);
  }

  private static boolean blank(char[] b, int off, int len) {
    for (int i = off; i < off + len; i++) if (!NumberParser.isSpace(b[i])) return false;
    return true;
  }
}
