package org.netinnov.casestudy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One yearly series with its year-on-year growth and its compound annual growth rate (CAGR).
 *
 * <p>Year-on-year growth is computed only between consecutive reported years (t-1, t); a gap in the reported years
 * yields no step across it, so nothing is implied about years the paper does not report. The CAGR runs from the
 * first to the last reported value: {@code (last/first)^(1/(lastYear-firstYear)) - 1}; it is empty for a series
 * with a single point.
 *
 * @param series     series name
 * @param unit       unit of the values
 * @param points     the reported points in year order
 * @param yearOnYear growth for every pair of consecutive reported years, in year order
 * @param cagr       growth from the first to the last reported value, empty for a single point
 */
public record SeriesGrowth(String series, String unit, List<CaseSeriesPoint> points, List<Growth> yearOnYear,
    Optional<Growth> cagr) {

  /** Computes the growth figures of {@code points}, which must all belong to {@code series}. */
  static SeriesGrowth of(String series, List<CaseSeriesPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("series '" + series + "' has no points");
    }
    for (CaseSeriesPoint p : points) {
      if (!p.series().equals(series)) {
        throw new IllegalArgumentException("point of series '" + p.series() + "' given for '" + series + "'");
      }
    }
    List<CaseSeriesPoint> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingInt(CaseSeriesPoint::year));
    List<Growth> yoy = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      CaseSeriesPoint prev = sorted.get(i - 1);
      CaseSeriesPoint cur = sorted.get(i);
      if (cur.year() == prev.year() + 1) {
        yoy.add(Growth.between(prev, cur));
      }
    }
    Optional<Growth> cagr = sorted.size() < 2 ? Optional.empty()
        : Optional.of(Growth.between(sorted.get(0), sorted.get(sorted.size() - 1)));
    return new SeriesGrowth(series, sorted.get(0).unit(), Collections.unmodifiableList(sorted),
        Collections.unmodifiableList(yoy), cagr);
  }

  /** Whether any reported value of the series is a bound rather than a value. */
  public boolean hasBoundValues() {
    for (CaseSeriesPoint p : points) {
      if (p.isBound()) {
        return true;
      }
    }
    return false;
  }
}
