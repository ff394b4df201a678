package org.netinnov.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.netinnov.report.model.Cell;

/**
 * The workbook's cell styles, created once per distinct look (Excel allows about 64,000 styles; creating one per
 * cell would exhaust that and bloat the file). One font family throughout: {@value #FONT} {@value #SIZE} pt, which
 * is also made the workbook default so that column widths (measured in the default font's digit width) and row
 * heights are predictable; Arial is metric-compatible with Liberation Sans, so LibreOffice lays the sheets out the
 * same way.
 */
final class ExcelStyles {
  static final String FONT = "Arial";
  static final short SIZE = 10;

  /** A rule above / below a cell, as booktabs draws them (thin). */
  enum Rule { NONE, TOP, BOTTOM, BOTH }

  enum Emphasis { PLAIN, BOLD, ITALIC, LINK }

  private record Key(String format, Emphasis emphasis, HorizontalAlignment align, Rule rule, boolean wrap,
      boolean indent) {}

  private final XSSFWorkbook wb;
  private final DataFormat formats;
  private final Map<Key, CellStyle> cache = new HashMap<>();
  private final Map<Emphasis, Font> fonts = new HashMap<>();
  private final int defaultDecimals;

  ExcelStyles(XSSFWorkbook wb, int defaultDecimals) {
    this.wb = wb;
    this.formats = wb.createDataFormat();
    this.defaultDecimals = defaultDecimals;
    XSSFFont base = wb.getFontAt(0);
    base.setFontName(FONT);
    base.setFontHeightInPoints(SIZE);
    fonts.put(Emphasis.PLAIN, base);
  }

  /** Excel's form of {@link NumberText#pValue}: a conditional section shows {@code <0.001}, the cell keeps p. */
  static final String P_VALUE_FORMAT = "[<0.001]\"<0.001\";0.000";

  /**
   * Number format of a model cell: decimals by the number format (scientific from 1e10, see
   * {@link NumberText#scientific}), integers #,##0, percent 0.0%, p 0.000 (<0.001 below).
   */
  String format(Cell c) {
    int d = c.decimals() >= 0 ? c.decimals() : defaultDecimals;
    return switch (c.kind()) {
      case NUMBER -> (d <= 0 ? "0" : "0." + "0".repeat(d)) + (NumberText.scientific(c.number()) ? "E+00" : "");
      case INTEGER -> "#,##0";
      case PERCENT -> (c.decimals() > 0 ? "0." + "0".repeat(c.decimals()) : c.decimals() == 0 ? "0" : "0.0") + "%";
      case P_VALUE -> P_VALUE_FORMAT;
      case TEXT -> "@";
      case BLANK -> "General";
    };
  }

  CellStyle style(String format, Emphasis emphasis, HorizontalAlignment align, Rule rule, boolean wrap) {
    return style(format, emphasis, align, rule, wrap, false);
  }

  CellStyle style(String format, Emphasis emphasis, HorizontalAlignment align, Rule rule, boolean wrap,
      boolean indent) {
    return cache.computeIfAbsent(new Key(format, emphasis, align, rule, wrap, indent), this::create);
  }

  /** The workbook's default style (index 0: General, the default font); SXSSF writes no style attribute for it. */
  CellStyle plain() {
    return wb.getCellStyleAt(0);
  }

  int count() { return cache.size(); }

  private CellStyle create(Key k) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font(k.emphasis()));
    s.setDataFormat(formats.getFormat(k.format()));
    s.setAlignment(k.align());
    // a left-aligned column after the first is indented so that it does not run into numbers on its left
    if (k.align() == HorizontalAlignment.LEFT && k.indent()) s.setIndention((short) 1);
    // top: a row where one cell wraps onto several lines keeps its other cells level with the first line
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setWrapText(k.wrap());
    if (k.rule() == Rule.TOP || k.rule() == Rule.BOTH) s.setBorderTop(BorderStyle.THIN);
    if (k.rule() == Rule.BOTTOM || k.rule() == Rule.BOTH) s.setBorderBottom(BorderStyle.THIN);
    return s;
  }

  private Font font(Emphasis e) {
    return fonts.computeIfAbsent(e, x -> {
      Font f = wb.createFont();
      f.setFontName(FONT);
      f.setFontHeightInPoints(SIZE);
      f.setBold(x == Emphasis.BOLD);
      f.setItalic(x == Emphasis.ITALIC);
      if (x == Emphasis.LINK) {
        f.setUnderline(Font.U_SINGLE);
        f.setColor(IndexedColors.BLUE.getIndex());
      }
      return f;
    });
  }
}
