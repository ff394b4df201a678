package org.netinnov.report;

import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.netinnov.report.ExcelStyles.Emphasis;
import org.netinnov.report.ExcelStyles.Rule;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

/**
 * Writes tables, text and data blocks through POI's common interface, so the same code serves the in-memory XSSF
 * sheets and the streamed SXSSF sheet. Rows are written in increasing order (a requirement of streaming).
 *
 * <p>The journal look: a bold title row; a thin rule above the header, below the header, after each
 * {@code rulesAfter} body row and below the body (every column of the table carries the rule, blank cells
 * included); no fill, no vertical lines; notes in italics, wrapped across the table's width.
 */
final class ExcelBlocks {
  private static final float LINE_POINTS = 12.75f;
  /** Excel's limits: rows per sheet, characters per cell. */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_TEXT = 32_767;

  private ExcelBlocks() {}

  static void table(Sheet sh, Table t, int firstRow, ExcelStyles st, int[] widths) {
    int ncol = Math.max(1, t.columns());
    int r = firstRow;
    org.apache.poi.ss.usermodel.Cell title = sh.createRow(r++).createCell(0);
    title.setCellValue(t.title());
    title.setCellStyle(st.style("General", Emphasis.BOLD, HorizontalAlignment.LEFT, Rule.NONE, false));

    HorizontalAlignment[] align = alignments(t, ncol);
    int nh = t.header().size();
    int nb = t.body().size();
    Set<Integer> after = new HashSet<>(t.rulesAfter());
    for (int i = 0; i < nh; i++) {
      boolean top = i == 0;
      boolean bottom = i == nh - 1;
      writeRow(sh, sh.createRow(r++), t.header().get(i), ncol, st, rule(top, bottom), align, true, widths);
    }
    for (int i = 0; i < nb; i++) {
      boolean top = nh == 0 && i == 0;
      boolean bottom = i == nb - 1 || after.contains(i);
      writeRow(sh, sh.createRow(r++), t.body().get(i), ncol, st, rule(top, bottom), align, false, widths);
    }
    int textWidth = 0;
    for (int c = 0; c < ncol; c++) textWidth += c < widths.length ? widths[c] : 9;
    for (String note : t.notes()) paragraph(sh, r++, note, ncol, textWidth, st, Emphasis.ITALIC);
  }

  /**
   * Column alignment. Regression tables: labels left, every model column centred (as esttab/stargazer print).
   * Other tables: labels left; a column of numbers is right-aligned, a column of text left-aligned (indented one
   * step, so it does not touch right-aligned numbers on its left), a column mixing both (one column per model,
   * say) centred; the header follows its column so that headings sit over their values.
   */
  private static HorizontalAlignment[] alignments(Table t, int ncol) {
    HorizontalAlignment[] a = new HorizontalAlignment[ncol];
    a[0] = HorizontalAlignment.LEFT;
    for (int c = 1; c < ncol; c++) {
      if (t.regression()) {
        a[c] = HorizontalAlignment.CENTER;
        continue;
      }
      int numbers = 0, texts = 0;
      for (List<Cell> row : t.body()) {
        if (c >= row.size()) continue;
        Cell.Kind k = row.get(c).kind();
        if (k == Cell.Kind.TEXT) texts++;
        else if (k != Cell.Kind.BLANK) numbers++;
      }
      a[c] = texts == 0 ? HorizontalAlignment.RIGHT : numbers == 0 ? HorizontalAlignment.LEFT
          : HorizontalAlignment.CENTER;
    }
    return a;
  }

  static void text(Sheet sh, Block.TextBlock tb, int firstRow, ExcelStyles st, int[] widths) {
    int r = firstRow;
    if (tb.heading() != null) {
      org.apache.poi.ss.usermodel.Cell c = sh.createRow(r++).createCell(0);
      c.setCellValue(tb.heading());
      c.setCellStyle(st.style("General", Emphasis.BOLD, HorizontalAlignment.LEFT, Rule.NONE, false));
    }
    int ncol = Math.max(widths.length, 8);
    int textWidth = 0;
    for (int c = 0; c < ncol; c++) textWidth += c < widths.length ? widths[c] : 9;
    for (String p : tb.paragraphs()) paragraph(sh, r++, p, ncol, textWidth, st, Emphasis.PLAIN);
  }

  /**
   * The analysis panel: a bold header row with a rule, then one row per observation in the General format (full
   * precision shown). Every data cell gets the same explicit style: a cell without one makes SXSSF look up the
   * column's default style in the XML model for each cell it writes, which was most of the time spent on a
   * 100,000-row panel. NaN and null → no cell.
   */
  static void data(Sheet sh, Block.DataBlock db, int firstRow, ExcelStyles st) {
    int nc = db.columns().size();
    Row head = sh.createRow(firstRow);
    var hs = st.style("General", Emphasis.BOLD, HorizontalAlignment.CENTER, Rule.BOTTOM, false);
    for (int c = 0; c < nc; c++) {
      var cell = head.createCell(c);
      cell.setCellValue(db.columns().get(c));
      cell.setCellStyle(hs);
    }
    if ((long) firstRow + 1 + db.rows() > MAX_ROWS)
      throw new IllegalArgumentException("data block " + db.id() + " has " + db.rows() + " rows; an Excel sheet holds "
          + MAX_ROWS + " rows in all — write the panel as CSV instead");
    double[][] num = new double[nc][];
    String[][] text = new String[nc][];
    for (int c = 0; c < nc; c++) {
      num[c] = db.numeric().get(c);
      text[c] = db.text().get(c);
      int len = num[c] != null ? num[c].length : text[c] != null ? text[c].length : -1;
      if (len < db.rows())
        throw new IllegalArgumentException("data block " + db.id() + ": column " + db.columns().get(c) + " has "
            + Math.max(len, 0) + " values for " + db.rows() + " rows");
    }
    var plain = st.plain();
    for (int i = 0; i < db.rows(); i++) {
      Row row = sh.createRow(firstRow + 1 + i);
      for (int c = 0; c < nc; c++) {
        org.apache.poi.ss.usermodel.Cell cell;
        if (num[c] != null) {
          double v = num[c][i];
          if (Double.isNaN(v)) continue;
          cell = row.createCell(c);
          if (Double.isInfinite(v)) cell.setCellValue(v > 0 ? "Inf" : "-Inf");
          else cell.setCellValue(v);
        } else {
          String s = text[c][i];
          if (s == null) continue;
          cell = row.createCell(c);
          cell.setCellValue(fit(s));
        }
        cell.setCellStyle(plain);
      }
    }
  }

  /** Text longer than an Excel cell can hold is cut, with an ellipsis saying so (Excel would refuse the file). */
  static String fit(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }

  private static Rule rule(boolean top, boolean bottom) {
    return top && bottom ? Rule.BOTH : top ? Rule.TOP : bottom ? Rule.BOTTOM : Rule.NONE;
  }

  /**
   * One table row; every column gets a cell so that rules run the full width. Text longer than its column wraps
   * (top-aligned) and the row gets the height of its longest cell — set explicitly, because Excel does not grow
   * rows of a generated file by itself.
   */
  private static void writeRow(Sheet sh, Row row, List<Cell> cells, int ncol, ExcelStyles st, Rule rule,
      HorizontalAlignment[] align, boolean header, int[] widths) {
    int lines = 1;
    for (int c = 0; c < ncol; c++) {
      Cell m = c < cells.size() ? cells.get(c) : Cell.blank();
      HorizontalAlignment a = align[c];
      boolean indent = c > 0;
      if (!header && c > 0 && m.kind() == Cell.Kind.TEXT && a == HorizontalAlignment.RIGHT) a = HorizontalAlignment.CENTER;
      org.apache.poi.ss.usermodel.Cell x = row.createCell(c);
      Emphasis e = m.bold() ? Emphasis.BOLD : Emphasis.PLAIN;
      if (m.kind() == Cell.Kind.TEXT) {
        x.setCellValue(fit(m.text()));
        int w = c < widths.length ? widths[c] : 9;
        int need = lines(m.text(), w);
        boolean wrap = need > 1;
        if (wrap) lines = Math.max(lines, need);
        x.setCellStyle(st.style("@", e, a, rule, wrap, indent));
      } else if (m.kind() == Cell.Kind.BLANK || Double.isNaN(m.number())) {
        x.setCellStyle(st.style("General", e, a, rule, false, indent));
      } else if (Double.isInfinite(m.number())) {
        x.setCellValue(m.number() > 0 ? "∞" : "-∞");
        x.setCellStyle(st.style("@", e, a, rule, false));
      } else {
        x.setCellValue(m.number());
        x.setCellStyle(st.style(st.format(m), e, a, rule, false));
      }
      if (m.note() != null && !m.note().isBlank()) comment(sh, x, m.note());
    }
    if (lines > 1) row.setHeightInPoints(Math.min(409, lines * LINE_POINTS + 1));
  }

  /** A line of text across {@code ncol} merged columns, wrapped, with a row height for the lines it needs. */
  private static void paragraph(Sheet sh, int r, String text, int ncol, int widthChars, ExcelStyles st, Emphasis e) {
    Row row = sh.createRow(r);
    org.apache.poi.ss.usermodel.Cell c = row.createCell(0);
    c.setCellValue(fit(text));
    int lines = lines(text, widthChars);
    if (ncol > 1 && lines > 1) {
      c.setCellStyle(st.style("@", e, HorizontalAlignment.LEFT, Rule.NONE, true));
      sh.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, ncol - 1));
      row.setHeightInPoints(lines * LINE_POINTS + 2);
    } else {
      c.setCellStyle(st.style("@", e, HorizontalAlignment.LEFT, Rule.NONE, false));
    }
  }

  /**
   * Lines a text needs in a cell {@code widthChars} wide, by greedy word wrapping as the spreadsheet does it. Column
   * widths count digit widths (7 px in Arial 10); an average Arial character is narrower (about 5–6 px), so about
   * 1.1 characters of mixed text fit per unit of width once the cell's padding is taken off. A word longer than a
   * line takes as many lines as it needs.
   */
  static int lines(String text, int widthChars) {
    double cap = 1.1 * Math.max(3, widthChars - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double used = 0;
      for (String word : paragraph.split(" ")) {
        int w = NumberText.width(word);
        if (used > 0 && used + 1 + w > cap) {
          lines++;
          used = 0;
        }
        used += (used > 0 ? 1 : 0) + w;
        while (used > cap) {
          lines++;
          used -= cap;
        }
      }
    }
    return Math.max(1, lines);
  }

  static void comment(Sheet sh, org.apache.poi.ss.usermodel.Cell cell, String note) {
    Drawing<?> d = sh.createDrawingPatriarch();
    CreationHelper h = sh.getWorkbook().getCreationHelper();
    ClientAnchor a = h.createClientAnchor();
    a.setCol1(cell.getColumnIndex() + 1);
    a.setCol2(cell.getColumnIndex() + 5);
    a.setRow1(cell.getRowIndex());
    a.setRow2(cell.getRowIndex() + 5);
    Comment cm = d.createCellComment(a);
    cm.setString(h.createRichTextString(note));
    cm.setAuthor("netinnov");
    cell.setCellComment(cm);
  }
}
