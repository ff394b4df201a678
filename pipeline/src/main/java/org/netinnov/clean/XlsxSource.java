package org.netinnov.clean;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads one sheet of an XLS workbook (XLSX is streamed by {@link XlsxStreamSource}) into a {@link TableBuilder} with
 * Apache POI's in-memory model: the header is sheet row
 * {@code skip_rows + 1}, the next {@code description_rows} rows are skipped (CSMAR puts a Chinese-name row and a
 * unit row there), and every later row is data. Number cells keep their exact value (their display text is used
 * only for text columns and firm ids, so a code formatted {@code 000000} keeps its zeros); date cells give the year
 * column its year; formula cells give their cached result; error cells ({@code #N/A}) their text.
 *
 * <p>POI rather than Tablesaw's XlsxReader: the latter takes the first non-empty row as the header and cannot skip
 * the description rows under it, and it types columns from the cells including those rows.
 */
final class XlsxSource {
  private XlsxSource() {}

  static RawTable read(TableBuilder tb, String sheetName, int skipRows, int descriptionRows) throws IOException {
    Workbook wb;
    try {
      wb = WorkbookFactory.create(new java.io.File(tb.where()), null, true);
    } catch (NotOfficeXmlFileException | EmptyFileException | org.apache.poi.poifs.filesystem.NotOLE2FileException e) {
      throw new InputException(tb.where() + ": not an Excel workbook (" + oneLine(e.getMessage()) + ")");
    } catch (IOException e) {
      // POI's "unsupported file type": the bytes are neither OOXML (XLSX) nor OLE2 (XLS)
      throw new InputException(tb.where() + ": not an Excel workbook (" + oneLine(e.getMessage()) + ")");
    } catch (org.apache.poi.EncryptedDocumentException e) {
      throw new InputException(tb.where() + ": the workbook is password-protected");
    } catch (RuntimeException e) {
      throw new InputException(tb.where() + ": not a readable Excel workbook (" + oneLine(e.getMessage()) + ")");
    }
    try (wb) {
      Sheet sheet = sheet(wb, sheetName, tb.where());
      DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
      int first = skipRows, last = sheet.getLastRowNum();
      Row head = sheet.getRow(first);
      if (head == null || head.getLastCellNum() <= 0)
        throw new InputException(tb.where() + ": sheet `" + sheet.getSheetName() + "` has no header in row "
            + (first + 1) + (sheet.getPhysicalNumberOfRows() == 0 ? " (the sheet is empty)" : ""));
      List<String> names = new ArrayList<>();
      for (int c = 0; c < head.getLastCellNum(); c++) {
        Cell cell = head.getCell(c);
        names.add(cell == null ? "" : fmt.formatCellValue(cell));
      }
      tb.header(names, first + 1);
      int dataFrom = first + 1 + descriptionRows;
      if (descriptionRows > 0) tb.fact("description rows under the header skipped", Math.min(descriptionRows, Math.max(0, last - first)));
      for (int r = dataFrom; r <= last; r++) {
        Row row = sheet.getRow(r);
        tb.beginRow(r + 1);
        if (row != null) for (Cell cell : row) cell(tb, cell, fmt);
        tb.endRow();
      }
      tb.notes.add("sheet `" + sheet.getSheetName() + "`" + (skipRows > 0 ? ", " + skipRows + " row(s) above the header skipped" : ""));
      return tb.finish();
    }
  }

  /** The header cells of an XLS sheet (row {@code skipRows + 1}). */
  static List<String> header(java.io.File file, String sheetName, int skipRows) throws IOException {
    try (Workbook wb = WorkbookFactory.create(file, null, true)) {
      Row r = sheet(wb, sheetName, file.toString()).getRow(skipRows);
      List<String> out = new ArrayList<>();
      if (r == null) return out;
      DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
      for (int c = 0; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        out.add(cell == null ? "" : fmt.formatCellValue(cell).trim());
      }
      return out;
    }
  }

  private static void cell(TableBuilder tb, Cell cell, DataFormatter fmt) {
    int col = cell.getColumnIndex();
    CellType t = cell.getCellType();
    if (t == CellType.FORMULA) t = cell.getCachedFormulaResultType();
    switch (t) {
      case STRING -> {
        String s = cell.getStringCellValue();
        char[] c = s.toCharArray();
        tb.text(col, c, 0, c.length);
      }
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          var d = cell.getLocalDateTimeCellValue().toLocalDate();
          tb.date(col, d, d.toString());
        } else {
          tb.number(col, cell.getNumericCellValue(), fmt.formatCellValue(cell));
        }
      }
      case BOOLEAN -> tb.number(col, cell.getBooleanCellValue() ? 1 : 0, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
      case ERROR -> {
        String s = FormulaError.forInt(cell.getErrorCellValue()).getString();
        char[] c = s.toCharArray();
        tb.text(col, c, 0, c.length);
      }
      default -> { } // BLANK: missing (filled in when a later cell or the row end comes)
    }
  }

  private static Sheet sheet(Workbook wb, String name, String where) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
    return wb.getSheetAt(XlsxPackage.sheetIndex(names, name, where));
  }


  static String oneLine(String s) {
    if (s == null) return "unknown cause";
    s = s.replace('\r', ' ').replace('\n', ' ').trim();
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
