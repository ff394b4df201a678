package org.netinnov.report;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.netinnov.report.ExcelStyles.Emphasis;
import org.netinnov.report.ExcelStyles.Rule;
import org.netinnov.report.model.Chart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * Native Excel charts (DrawingML via POI's XDDF), each drawn from a small data table written beside it, so the
 * numbers stay visible and the chart can be restyled in Excel.
 *
 * <ul>
 *   <li>LINE: a line chart with markers, x on a category axis (years are categories, which also keeps gaps in the
 *   years from being interpolated).</li>
 *   <li>BAR: clustered columns.</li>
 *   <li>INTERVAL: the estimate as a solid line with markers and the lower and upper bounds as thin dashed lines in
 *   the same colour (the upper bound's legend entry is hidden). Chosen over custom error bars because plain line
 *   series render the same in Excel and LibreOffice; the category axis crosses at 0, so the axis itself is the
 *   zero reference line, with its labels kept at the bottom.</li>
 * </ul>
 * Blank cells (NaN) are gaps. Chart text uses the workbook's font.
 */
final class ExcelCharts {
  private ExcelCharts() {}

  /** Colours that stay distinct in greyscale print: dark blue, dark red, green, ochre, purple, grey, teal, brown. */
  static final int[][] PALETTE = {
      {31, 78, 121}, {192, 0, 0}, {84, 130, 53}, {191, 143, 0}, {112, 48, 160}, {64, 64, 64}, {0, 128, 128},
      {153, 102, 51}};

  static void write(XSSFSheet sh, Chart c, int firstRow, ExcelStyles st, int[] widths, int decimals) {
    validate(c);
    int n = ExcelLayout.chartRows(c);
    int ncol = ExcelLayout.chartColumns(c);
    boolean interval = c.kind() == Chart.Kind.INTERVAL;

    // data table: title, header, rows
    var title = sh.createRow(firstRow).createCell(0);
    title.setCellValue(c.title());
    title.setCellStyle(st.style("General", Emphasis.BOLD, HorizontalAlignment.LEFT, Rule.NONE, false));
    int headRow = firstRow + 1;
    Row head = sh.createRow(headRow);
    String[] names = new String[ncol];
    names[0] = c.xLabel() == null || c.xLabel().isBlank() ? (c.kind() == Chart.Kind.BAR ? "Category" : "x") : c.xLabel();
    int col = 1;
    for (Chart.Series s : c.series()) {
      names[col++] = s.name();
      if (interval && s.lower() != null) {
        names[col++] = s.name() + " lower";
        names[col++] = s.name() + " upper";
      }
    }
    int headLines = 1;
    for (int k = 0; k < ncol; k++) {
      var cell = head.createCell(k);
      cell.setCellValue(names[k]);
      int w = k < widths.length ? widths[k] : 9;
      boolean wrap = NumberText.width(names[k]) > w - 1;
      if (wrap) headLines = Math.max(headLines, ExcelBlocks.lines(names[k], w));
      cell.setCellStyle(st.style("@", Emphasis.PLAIN, k == 0 ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER,
          Rule.BOTH, wrap));
    }
    if (headLines > 1) head.setHeightInPoints(headLines * 12.75f + 1);
    boolean integerX = true;
    for (double x : c.x()) integerX &= Double.isNaN(x) || x == Math.rint(x);
    String xFormat = integerX ? "0" : "0." + "0".repeat(Math.max(1, decimals));
    boolean integerY = true;
    for (Chart.Series ser : c.series()) {
      integerY &= integral(ser.y());
      if (interval && ser.lower() != null) integerY &= integral(ser.lower()) && integral(ser.upper());
    }
    String yFormat = decimals <= 0 || integerY ? "0" : "0." + "0".repeat(decimals);
    for (int i = 0; i < n; i++) {
      Row r = sh.createRow(headRow + 1 + i);
      Rule rule = i == n - 1 ? Rule.BOTTOM : Rule.NONE;
      var xc = r.createCell(0);
      if (c.kind() == Chart.Kind.BAR) {
        xc.setCellValue(c.categories().get(i));
        xc.setCellStyle(st.style("@", Emphasis.PLAIN, HorizontalAlignment.LEFT, rule, false));
      } else {
        if (!Double.isNaN(c.x()[i])) xc.setCellValue(c.x()[i]);
        xc.setCellStyle(st.style(xFormat, Emphasis.PLAIN, HorizontalAlignment.LEFT, rule, false));
      }
      int k = 1;
      for (Chart.Series s : c.series()) {
        k = value(r, k, s.y()[i], st, yFormat, rule);
        if (interval && s.lower() != null) {
          k = value(r, k, s.lower()[i], st, yFormat, rule);
          k = value(r, k, s.upper()[i], st, yFormat, rule);
        }
      }
    }

    // the chart, to the right of its data, with a fixed size in pixels whatever the column widths
    int col1 = ncol + 1;
    int px = ExcelLayout.CHART_WIDTH_PX;
    int col2 = col1;
    while (true) {
      int w = col2 < widths.length ? ExcelLayout.pixels(widths[col2]) : 64;
      if (px <= w) break;
      px -= w;
      col2++;
    }
    int rows = ExcelLayout.CHART_HEIGHT_PX / 17;
    XSSFDrawing drawing = sh.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, px * Units.EMU_PER_PIXEL,
        (ExcelLayout.CHART_HEIGHT_PX - rows * 17) * Units.EMU_PER_PIXEL, col1, firstRow, col2, firstRow + rows);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(c.title());
    chart.setTitleOverlay(false);
    XDDFRunProperties tp = chart.getTitle().getOrAddTextProperties();
    tp.setFontSize(11.0);
    tp.setBold(true);
    font(tp);
    // the title's own run decides its look in Excel (the title's txPr only in LibreOffice): set both
    for (var para : chart.getTitle().getBody().getParagraphs()) {
      para.setTextAlignment(org.apache.poi.xddf.usermodel.text.TextAlignment.CENTER);
      for (var run : para.getTextRuns()) {
        run.setFontSize(11.0);
        run.setBold(true);
        run.setFonts(new XDDFFont[] {new XDDFFont(FontGroup.LATIN, ExcelStyles.FONT, null, null, null)});
      }
    }
    defaultFont(chart);
    // Excel draws rounded corners when the element is absent
    var space = chart.getCTChartSpace();
    (space.isSetRoundedCorners() ? space.getRoundedCorners() : space.addNewRoundedCorners()).setVal(false);

    XDDFCategoryAxis xAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis yAxis = chart.createValueAxis(AxisPosition.LEFT);
    if (c.xLabel() != null && !c.xLabel().isBlank()) xAxis.setTitle(c.xLabel());
    if (c.yLabel() != null && !c.yLabel().isBlank()) yAxis.setTitle(c.yLabel());
    axisStyle(xAxis);
    axisStyle(yAxis);
    yAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    xAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
    if (c.kind() != Chart.Kind.BAR) xAxis.setNumberFormat(xFormat);
    // value axis labels in General (0.25, not 0.250), not linked to the data cells' fixed decimals
    var valAx = chart.getCTChart().getPlotArea().getValAxArray(0);
    var nf = valAx.isSetNumFmt() ? valAx.getNumFmt() : valAx.addNewNumFmt();
    nf.setFormatCode("General");
    nf.setSourceLinked(false);
    yAxis.getOrAddMajorGridProperties().setLineProperties(line(new int[] {217, 217, 217}, 0.75, false));

    String sheet = sh.getSheetName();
    CellRangeAddress xRange = new CellRangeAddress(headRow + 1, headRow + n, 0, 0);
    XDDFDataSource<?> xs = c.kind() == Chart.Kind.BAR ? XDDFDataSourcesFactory.fromStringCellRange(sh, xRange)
        : XDDFDataSourcesFactory.fromNumericCellRange(sh, xRange);

    XDDFChartData data;
    if (c.kind() == Chart.Kind.BAR) {
      XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, xAxis, yAxis);
      bar.setBarDirection(BarDirection.COL);
      bar.setBarGrouping(BarGrouping.CLUSTERED);
      bar.setGapWidth(80);
      data = bar;
    } else {
      data = chart.createData(ChartTypes.LINE, xAxis, yAxis);
    }
    data.setVaryColors(false);

    int idx = 0;
    col = 1;
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    legend.setOverlay(false);
    for (int s = 0; s < c.series().size(); s++) {
      Chart.Series ser = c.series().get(s);
      int[] rgb = PALETTE[s % PALETTE.length];
      XDDFChartData.Series main = data.addSeries(xs, column(sh, headRow, n, col));
      main.setTitle(ser.name(), new CellReference(sheet, headRow, col, true, true));
      col++;
      idx++;
      if (c.kind() == Chart.Kind.BAR) {
        main.setFillProperties(new XDDFSolidFillProperties(color(rgb)));
        continue;
      }
      lineSeries((XDDFLineChartData.Series) main, rgb, 2.0, false, true);
      if (interval && ser.lower() != null) {
        XDDFChartData.Series lo = data.addSeries(xs, column(sh, headRow, n, col));
        lo.setTitle(ser.name() + ": interval");
        lineSeries((XDDFLineChartData.Series) lo, rgb, 1.0, true, false);
        col++;
        idx++;
        XDDFChartData.Series hi = data.addSeries(xs, column(sh, headRow, n, col));
        hi.setTitle(ser.name() + ": interval");
        lineSeries((XDDFLineChartData.Series) hi, rgb, 1.0, true, false);
        col++;
        XDDFLegendEntry e = legend.addEntry();
        e.setIndex(idx);
        e.setDelete(true);
        idx++;
      }
    }
    chart.plot(data);
    chart.displayBlanksAs(DisplayBlanks.GAP);
  }

  private static boolean integral(double[] v) {
    for (double x : v) if (!Double.isNaN(x) && x != Math.rint(x)) return false;
    return true;
  }

  private static int value(Row r, int k, double v, ExcelStyles st, String format, Rule rule) {
    var cell = r.createCell(k);
    if (!Double.isNaN(v) && !Double.isInfinite(v)) cell.setCellValue(v);
    cell.setCellStyle(st.style(format, Emphasis.PLAIN, HorizontalAlignment.CENTER, rule, false));
    return k + 1;
  }

  private static XDDFNumericalDataSource<Double> column(XSSFSheet sh, int headRow, int n, int col) {
    return XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(headRow + 1, headRow + n, col, col));
  }

  private static void lineSeries(XDDFLineChartData.Series s, int[] rgb, double width, boolean dashed, boolean marker) {
    s.setSmooth(false);
    XDDFShapeProperties sp = new XDDFShapeProperties();
    sp.setLineProperties(line(rgb, width, dashed));
    s.setShapeProperties(sp);
    if (!marker) {
      s.setMarkerStyle(MarkerStyle.NONE);
      return;
    }
    s.setMarkerStyle(MarkerStyle.CIRCLE);
    // no setMarkerSize: its schema type (STMarkerSize) is not in poi-ooxml-lite; Excel's default size is used
    CTMarker m = s.getCTLineSer().getMarker();
    CTShapeProperties msp = m.isSetSpPr() ? m.getSpPr() : m.addNewSpPr();
    XDDFShapeProperties mp = new XDDFShapeProperties(msp);
    mp.setFillProperties(new XDDFSolidFillProperties(color(rgb)));
    mp.setLineProperties(line(rgb, 0.75, false));
  }

  private static XDDFLineProperties line(int[] rgb, double width, boolean dashed) {
    XDDFLineProperties lp = new XDDFLineProperties(new XDDFSolidFillProperties(color(rgb)));
    lp.setWidth(width);
    if (dashed) lp.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    return lp;
  }

  private static XDDFColor color(int[] rgb) {
    return XDDFColor.from(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]});
  }

  private static void axisStyle(XDDFChartAxis axis) {
    XDDFRunProperties rp = axis.getOrAddTextProperties();
    rp.setFontSize(9.0);
    font(rp);
    XDDFShapeProperties sp = axis.getOrAddShapeProperties();
    sp.setLineProperties(line(new int[] {89, 89, 89}, 0.75, false));
  }

  private static void font(XDDFRunProperties rp) {
    rp.setFonts(new XDDFFont[] {new XDDFFont(FontGroup.LATIN, ExcelStyles.FONT, null, null, null)});
    rp.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.BLACK)));
  }

  /** Chart-wide default text (legend, axis titles): the workbook font at 9 pt. */
  private static void defaultFont(XSSFChart chart) {
    var space = chart.getCTChartSpace();
    CTTextBody tx = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
    tx.addNewBodyPr();
    tx.addNewLstStyle();
    CTTextCharacterProperties rp = tx.addNewP().addNewPPr().addNewDefRPr();
    rp.setSz(900);
    rp.addNewLatin().setTypeface(ExcelStyles.FONT);
  }

  private static void validate(Chart c) {
    int n = ExcelLayout.chartRows(c);
    if (c.series().isEmpty()) throw new IllegalArgumentException("chart " + c.id() + " has no series");
    if (n == 0) throw new IllegalArgumentException("chart " + c.id() + " has no data points");
    for (Chart.Series s : c.series()) {
      if (s.y().length != n)
        throw new IllegalArgumentException("chart " + c.id() + ": series '" + s.name() + "' has " + s.y().length
            + " values for " + n + (c.kind() == Chart.Kind.BAR ? " categories" : " x values"));
      if (c.kind() == Chart.Kind.INTERVAL && s.lower() != null
          && (s.upper() == null || s.lower().length != n || s.upper().length != n))
        throw new IllegalArgumentException("chart " + c.id() + ": series '" + s.name()
            + "' needs lower and upper bounds of the same length as x");
    }
  }
}
