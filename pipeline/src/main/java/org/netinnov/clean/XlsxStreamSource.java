package org.netinnov.clean;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads one sheet of an XLSX workbook by streaming its XML ({@link XlsxPackage} and {@link SpreadsheetXmlScanner}), so a workbook of any size is
 * read in one pass with memory for the shared strings and the columns only. POI's in-memory model refuses sheets
 * whose XML exceeds 100 MB (a 90,000-row CSMAR-style export written by LibreOffice is 149 MB) and needs several GB
 * for a sheet of a million cells.
 *
 * <p>Same rules as {@link XlsxSource} (which reads XLS): the header is sheet row {@code skip_rows + 1}, the next
 * {@code description_rows} rows are skipped, every later row is data, rows absent from the file are blank rows.
 * Number cells keep their exact value; their display text (by the cell's number format, as Excel shows it) is formed
 * only where a column needs text (firm ids formatted {@code 000000} keep their zeros). Date-formatted numbers give the
 * year column its year; formula cells give their cached result; error cells their text; booleans 1/0.
 */
final class XlsxStreamSource {
  private XlsxStreamSource() {}

  static RawTable read(TableBuilder tb, String sheetName, int skipRows, int descriptionRows) throws IOException {
    try (XlsxPackage wb = XlsxPackage.open(tb.where())) {
      SheetHandler h = new SheetHandler(wb, tb, skipRows, descriptionRows);
      String name = scan(wb, sheetName, h);
      h.finish();
      tb.notes.add("sheet `" + name + "`" + (skipRows > 0 ? ", " + skipRows + " row(s) above the header skipped" : ""));
      return tb.finish();
    }
  }

  /** The header cells of the sheet (row {@code skipRows + 1}); stops reading there. */
  static List<String> header(File file, String sheetName, int skipRows) throws IOException {
    try (XlsxPackage wb = XlsxPackage.open(file.toString())) {
      HeaderHandler h = new HeaderHandler(wb, skipRows + 1);
      scan(wb, sheetName, h);
      return h.names;
    }
  }

  /** Walks the chosen sheet with {@code w}; returns its name. */
  private static String scan(XlsxPackage wb, String sheetName, CellWalker w) throws IOException {
    int i = wb.sheetIndex(sheetName);
    w.sheet = wb.sheetNames.get(i);
    try (InputStream in = wb.sheet(i)) {
      w.scan(new SpreadsheetXmlScanner(in));
    }
    return w.sheet;
  }

  private static final String[] CELL_TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

  private abstract static class CellWalker {
    final XlsxPackage wb;
    String sheet = "";
    int row;                 // 1-based number of the current row
    private final StringBuilder value = new StringBuilder(64);

    CellWalker(XlsxPackage wb) { this.wb = wb; }

    abstract void rowStart(int row);

    abstract void rowEnd(int row);

    /** One non-empty cell: text (with {@code number} NaN) or a number with its style. */
    abstract void cell(int col, String text, double number, int style, boolean isBoolean);

    /** Stops the scan (the header peek has what it needs). */
    boolean done() { return false; }

    void scan(SpreadsheetXmlScanner x) throws IOException {
      int col = -1, style = 0;
      String type = null;
      boolean inValue = false, inInline = false, inCell = false;
      int phonetic = 0;
      for (int ev; !done() && (ev = x.next(inValue || (inInline && phonetic == 0))) != SpreadsheetXmlScanner.EOF; ) {
        if (ev == SpreadsheetXmlScanner.TEXT) {
          value.append(x.text());
        } else if (ev == SpreadsheetXmlScanner.START) {
          if (x.is("c")) {
            int c = x.columnOfReference("r");
            col = c >= 0 ? c : col + 1;
            type = x.attribute("t", CELL_TYPES);
            style = x.intAttribute("s", 0);
            value.setLength(0);
            inCell = true;
          } else if (inCell && x.is("v")) {
            inValue = true;
          } else if (inCell && x.is("is")) {
            inInline = true;
          } else if (inInline && x.is("rPh")) {
            phonetic++;
          } else if (x.is("row")) {
            int r = x.intAttribute("r", -1);
            row = r > 0 ? r : row + 1;
            col = -1;
            rowStart(row);
          }
        } else {
          if (x.is("v")) inValue = false;
          else if (x.is("rPh")) phonetic--;
          else if (x.is("is")) inInline = false;
          else if (x.is("c")) {
            inCell = false;
            endCell(col, type, style);
          } else if (x.is("row")) rowEnd(row);
        }
      }
    }

    private void endCell(int col, String type, int style) {
      boolean inline = "inlineStr".equals(type);
      if (value.length() == 0 && !inline) return; // blank (perhaps styled) cell
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          int i = Integer.parseInt(value.toString().trim());
          if (i < 0 || i >= wb.strings.length)
            throw new InputException(wb.where + ": sheet `" + sheet + "` row " + row + ": shared string " + i
                + " does not exist (the workbook is damaged)");
          cell(col, wb.strings[i], Double.NaN, style, false);
        }
        case "inlineStr" -> cell(col, SpreadsheetXmlScanner.unescapeOoxml(value), Double.NaN, style, false);
        case "str", "e", "d" -> cell(col, value.toString(), Double.NaN, style, false);
        case "b" -> cell(col, null, value.toString().trim().equals("1") ? 1 : 0, style, true);
        default -> {
          double v;
          try {
            v = Double.parseDouble(value.toString().trim());
          } catch (NumberFormatException e) {
            throw new InputException(wb.where + ": sheet `" + sheet + "` row " + row + ", column " + (col + 1)
                + ": a number cell holds `" + value + "` (the workbook is damaged)");
          }
          cell(col, null, v, style, false);
        }
      }
    }

    /** Excel's text of a number in a style (what the cell shows). */
    String display(double v, int style) {
      boolean general = style >= wb.formatString.length || wb.general[style];
      // a whole number in the General format shows as its digits (the common case: ids and years)
      if (general && v == Math.rint(v) && Math.abs(v) < 1e11) return Long.toString((long) v);
      if (general) return DISPLAY.formatRawCellContents(v, 0, "General");
      return DISPLAY.formatRawCellContents(v, wb.formatIndex[style], wb.formatString[style], wb.date1904);
    }

    boolean isDate(double v, int style) {
      return style < wb.isDate.length && wb.isDate[style] && DateUtil.isValidExcelDate(v);
    }
  }

  private static final DataFormatter DISPLAY = new DataFormatter(java.util.Locale.ROOT);

  /** The header row and the data rows into the table builder. */
  private static final class SheetHandler extends CellWalker {
    private final TableBuilder tb;
    private final int headerRow, dataFrom, descriptionRows;
    private final List<String> headerCells = new ArrayList<>();
    private boolean headerSeen, describedSkip;
    private int lastRow;
    private int lastDataRow;   // last data row handed to the builder (to fill absent rows as blank ones)

    SheetHandler(XlsxPackage wb, TableBuilder tb, int skipRows, int descriptionRows) {
      super(wb);
      this.tb = tb;
      this.headerRow = skipRows + 1;
      this.descriptionRows = descriptionRows;
      this.dataFrom = headerRow + 1 + descriptionRows;
      this.lastDataRow = dataFrom - 1;
    }

    @Override void rowStart(int r) {
      lastRow = Math.max(lastRow, r);
      if (r > headerRow && !headerSeen) throw new InputException(headerMissing(false));
      if (r < dataFrom) return;
      if (!describedSkip) describeSkip(r - headerRow);
      for (int gap = lastDataRow + 1; gap < r; gap++) { // rows absent from the XML are blank rows
        tb.beginRow(gap);
        tb.endRow();
      }
      tb.beginRow(r);
    }

    @Override void rowEnd(int r) {
      if (r == headerRow) {
        if (headerCells.isEmpty()) throw new InputException(headerMissing(false));
        List<String> names = new ArrayList<>(headerCells.size());
        for (String s : headerCells) names.add(s == null ? "" : s);
        tb.header(names, headerRow);
        headerSeen = true;
      } else if (r >= dataFrom) {
        tb.endRow();
        lastDataRow = r;
      }
    }

    @Override void cell(int col, String text, double number, int style, boolean isBoolean) {
      if (row == headerRow) {
        while (headerCells.size() <= col) headerCells.add(null);
        headerCells.set(col, text != null ? text : isBoolean ? (number == 1 ? "TRUE" : "FALSE") : display(number, style));
        return;
      }
      if (row < dataFrom) return;
      if (text != null) {
        char[] c = text.toCharArray();
        tb.text(col, c, 0, c.length);
      } else if (isBoolean) {
        tb.number(col, number, number == 1 ? "TRUE" : "FALSE");
      } else if (isDate(number, style)) {
        var d = DateUtil.getLocalDateTime(number, wb.date1904).toLocalDate();
        tb.date(col, d, d.toString());
      } else {
        tb.number(col, number, tb.usesDisplay(col) ? display(number, style) : null);
      }
    }

    /** The fact the in-memory reader records: description rows skipped, at most the rows under the header. */
    private void describeSkip(int rowsAfterHeader) {
      describedSkip = true;
      if (descriptionRows > 0) tb.fact("description rows under the header skipped", Math.min(descriptionRows,
          Math.max(0, rowsAfterHeader)));
    }

    void finish() {
      if (!headerSeen) throw new InputException(headerMissing(lastRow == 0));
      if (!describedSkip) describeSkip(lastRow - headerRow);
    }

    private String headerMissing(boolean empty) {
      return tb.where() + ": sheet `" + sheet + "` has no header in row " + headerRow
          + (empty ? " (the sheet is empty)" : "");
    }
  }

  /** Collects the header row's cells and stops. */
  private static final class HeaderHandler extends CellWalker {
    private final int headerRow;
    private boolean done;
    final List<String> names = new ArrayList<>();

    HeaderHandler(XlsxPackage wb, int headerRow) {
      super(wb);
      this.headerRow = headerRow;
    }

    @Override boolean done() { return done; }

    @Override void rowStart(int r) { if (r > headerRow) done = true; }

    @Override void rowEnd(int r) { if (r == headerRow) done = true; }

    @Override void cell(int col, String text, double number, int style, boolean isBoolean) {
      if (row != headerRow) return;
      while (names.size() <= col) names.add("");
      names.set(col, (text != null ? text : isBoolean ? (number == 1 ? "TRUE" : "FALSE") : display(number, style)).trim());
    }
  }
}
