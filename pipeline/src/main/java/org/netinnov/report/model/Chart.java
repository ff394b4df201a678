package org.netinnov.report.model;

import java.util.List;

/**
 * A chart drawn natively in Excel and as a PNG.
 *
 * @param id       stable identifier ({@code charts/<id>.png})
 * @param title    chart title
 * @param kind     LINE (series over x), BAR (categories), INTERVAL (points with lower/upper bounds, e.g. a
 *                 coefficient by lag with its 95% interval)
 * @param xLabel   axis title
 * @param yLabel   axis title
 * @param x        x values (years, lags); for BAR the positions of {@code categories}
 * @param categories category labels for BAR charts (else empty)
 * @param series   the lines / bars / interval series
 */
public record Chart(String id, String title, Kind kind, String xLabel, String yLabel, double[] x,
    List<String> categories, List<Series> series) {

  public enum Kind { LINE, BAR, INTERVAL }

  /** A named series; {@code lower}/{@code upper} are null unless the chart shows intervals. */
  public record Series(String name, double[] y, double[] lower, double[] upper) {
    public static Series of(String name, double[] y) { return new Series(name, y, null, null); }
  }
}
