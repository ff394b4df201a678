package org.netinnov.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.netinnov.report.model.Report;

/**
 * Every chart of a report as {@code <dir>/charts/<id>.png} (XChart's bitmap encoder; 900×540 px), drawn like its
 * native Excel twin: same colours, LINE as lines with markers, BAR as clustered bars, INTERVAL as the estimate with
 * markers and dashed lower/upper bounds in the same colour plus a grey zero line. NaN values are gaps.
 *
 * <p>Runs headless: {@code java.awt.headless} is set to true before any AWT class is touched (a batch run has no
 * display).
 */
public final class PngCharts {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 540;

  private PngCharts() {}

  /** @return the files written, in report order */
  public static List<Path> write(Report report, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<org.netinnov.report.model.Chart> charts = ReportBlocks.charts(report);
    Path out = dir.resolve("charts");
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (org.netinnov.report.model.Chart c : charts) {
      Path f = out.resolve(c.id() + ".png");
      write(c, f);
      files.add(f);
    }
    return files;
  }

  public static void write(org.netinnov.report.model.Chart c, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int points = c.kind() == org.netinnov.report.model.Chart.Kind.BAR ? c.categories().size() : c.x().length;
    if (c.series().isEmpty() || points == 0)
      throw new IllegalArgumentException("chart " + c.id() + " has no " + (points == 0 ? "data points" : "series"));
    Chart<?, ?> chart = c.kind() == org.netinnov.report.model.Chart.Kind.BAR ? bar(c) : xy(c);
    if (legendWidth(c) > WIDTH - 40) { // one row of legend entries would run off the picture: list them on the right
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
      chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    }
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(png))) {
      BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  /** Approximate pixel width of a one-row legend (12 pt sans: ~7 px a character, plus the marker and gap). */
  static int legendWidth(org.netinnov.report.model.Chart c) {
    int w = 0;
    boolean interval = c.kind() == org.netinnov.report.model.Chart.Kind.INTERVAL;
    for (org.netinnov.report.model.Chart.Series ser : c.series()) {
      w += 7 * ser.name().length() + 45;
      if (interval && ser.lower() != null) w += 7 * (ser.name().length() + ": interval".length()) + 45;
    }
    return w;
  }

  private static XYChart xy(org.netinnov.report.model.Chart c) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(c.title())
        .xAxisTitle(nz(c.xLabel())).yAxisTitle(nz(c.yLabel())).build();
    style(chart.getStyler());
    boolean integerX = true;
    for (double x : c.x()) integerX &= Double.isNaN(x) || x == Math.rint(x);
    if (integerX) chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("#,##0.###");
    chart.getStyler().setXAxisTickMarkSpacingHint(60);
    int s = 0;
    boolean interval = c.kind() == org.netinnov.report.model.Chart.Kind.INTERVAL;
    for (org.netinnov.report.model.Chart.Series ser : c.series()) {
      Color col = color(s++);
      check(c, ser.y().length, c.x().length, ser.name());
      XYSeries main = chart.addSeries(ser.name(), c.x(), ser.y());
      main.setLineColor(col);
      main.setMarkerColor(col);
      main.setMarker(SeriesMarkers.CIRCLE);
      main.setLineWidth(2.5f);
      if (interval && ser.lower() != null) {
        check(c, ser.lower().length, c.x().length, ser.name());
        check(c, ser.upper().length, c.x().length, ser.name());
        bound(chart.addSeries(ser.name() + ": interval", c.x(), ser.lower()), col, true);
        bound(chart.addSeries(ser.name() + ": interval (upper)", c.x(), ser.upper()), col, false);
      }
    }
    if (interval) {
      chart.addAnnotation(new AnnotationLine(0, false, false));
      chart.getStyler().setAnnotationLineColor(new Color(110, 110, 110));
      chart.getStyler().setAnnotationLineStroke(new BasicStroke(1f));
    }
    return chart;
  }

  private static void bound(XYSeries s, Color col, boolean inLegend) {
    s.setLineColor(col);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(SeriesLines.DASH_DASH);
    s.setLineWidth(1.2f);
    s.setShowInLegend(inLegend);
  }

  private static CategoryChart bar(org.netinnov.report.model.Chart c) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(c.title())
        .xAxisTitle(nz(c.xLabel())).yAxisTitle(nz(c.yLabel())).build();
    style(chart.getStyler());
    chart.getStyler().setOverlapped(false);
    chart.getStyler().setYAxisDecimalPattern("#,##0.###");
    boolean nonNegative = true;
    for (org.netinnov.report.model.Chart.Series ser : c.series()) for (double v : ser.y()) nonNegative &= !(v < 0);
    if (nonNegative) chart.getStyler().setYAxisMin(0.0);
    int s = 0;
    for (org.netinnov.report.model.Chart.Series ser : c.series()) {
      check(c, ser.y().length, c.categories().size(), ser.name());
      List<Double> ys = new ArrayList<>(ser.y().length);
      for (double v : ser.y()) ys.add(Double.isNaN(v) ? null : v);
      CategorySeries cs = chart.addSeries(ser.name(), c.categories(), ys);
      cs.setFillColor(color(s++));
    }
    return chart;
  }

  private static void style(AxesChartStyler st) {
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderVisible(false);
    st.setPlotGridVerticalLinesVisible(false);
    st.setPlotGridLinesColor(new Color(217, 217, 217));
    st.setLegendPosition(Styler.LegendPosition.OutsideS);
    st.setLegendLayout(Styler.LegendLayout.Horizontal);
    st.setLegendBorderColor(Color.WHITE);
    st.setChartTitleBoxVisible(false);
    st.setMarkerSize(7);
    st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    st.setAxisTickLabelsColor(Color.BLACK);
    st.setChartFontColor(Color.BLACK);
    st.setAntiAlias(true);
  }

  private static Color color(int i) {
    int[] rgb = ExcelCharts.PALETTE[i % ExcelCharts.PALETTE.length];
    return new Color(rgb[0], rgb[1], rgb[2]);
  }

  private static void check(org.netinnov.report.model.Chart c, int got, int want, String series) {
    if (got != want)
      throw new IllegalArgumentException("chart " + c.id() + ": series '" + series + "' has " + got + " values for "
          + want + " points");
  }

  private static String nz(String s) { return s == null ? "" : s; }
}
