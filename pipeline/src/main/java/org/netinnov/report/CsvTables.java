package org.netinnov.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Table;

/**
 * Every table of a report as {@code <dir>/tables/<id>.csv}.
 *
 * <p>Format: UTF-8 <em>with</em> a byte-order mark, because Excel (the reader most users have) only recognises
 * UTF-8 — and so shows Chinese firm names and labels correctly — when the BOM is there; R's readr and Python's
 * {@code encoding="utf-8-sig"} skip it. Fields are quoted as RFC 4180 says (comma, quote, line break), records end
 * with CRLF. Rows: the header rows, then the body rows; then an empty row and one row per note. Numbers are written
 * at full precision (shortest text that reads back as the same double; percentages as fractions), so nothing is lost
 * to rounding; text cells (coefficients with stars, standard errors in parentheses) as shown.
 */
public final class CsvTables {
  private CsvTables() {}

  /** @return the files written, in report order */
  public static List<Path> write(Report report, Path dir) throws IOException {
    Path out = dir.resolve("tables");
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (Table t : ReportBlocks.tables(report)) {
      Path f = out.resolve(t.id() + ".csv");
      write(t, f);
      files.add(f);
    }
    return files;
  }

  public static void write(Table t, Path file) throws IOException {
    int ncol = Math.max(1, t.columns());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      for (List<Cell> r : t.header()) row(w, r, ncol);
      for (List<Cell> r : t.body()) row(w, r, ncol);
      if (!t.notes().isEmpty()) {
        w.write("\r\n");
        for (String n : t.notes()) {
          w.write(quote(n));
          w.write("\r\n");
        }
      }
    }
  }

  private static void row(BufferedWriter w, List<Cell> r, int ncol) throws IOException {
    for (int c = 0; c < ncol; c++) {
      if (c > 0) w.write(',');
      if (c < r.size()) w.write(quote(NumberText.raw(r.get(c))));
    }
    w.write("\r\n");
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
