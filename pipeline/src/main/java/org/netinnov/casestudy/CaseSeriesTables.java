package org.netinnov.casestudy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The yearly series of the case as Tablesaw tables: the reported points in long form, the same with year-on-year
 * change and growth, and the values pivoted to one column per series (the wide shape of a firm-year panel).
 *
 * <p>{@link SeriesGrowth} computes the same growth on plain lists and stays the tested reference; a test checks
 * that the two agree.
 */
public final class CaseSeriesTables {
  public static final String SERIES = "series";
  /** Rank of the series by first appearance in {@code series.csv}, so tables list series in file order. */
  public static final String SERIES_ORDER = "series_order";
  public static final String YEAR = "year";
  public static final String VALUE = "value";
  public static final String UNIT = "unit";
  /** {@link Qualifier#label()}: exact, more_than, less_than or approx. */
  public static final String QUALIFIER = "qualifier";
  public static final String SOURCE = "source";
  public static final String SECTION = "section";
  public static final String NOTES = "notes";
  /** Year of the previous reported point when it is the calendar year before, else missing. */
  public static final String PREVIOUS_YEAR = "previous_year";
  /** {@code value - previous value}, in the series' unit (percentage points for a percent series). */
  public static final String YOY_CHANGE = "yoy_change";
  /** {@code value / previous value - 1} as a fraction; missing without a previous year or when not meaningful. */
  public static final String YOY_RATE = "yoy_rate";
  /** {@link GrowthBound#name()} of the step (EXACT, LOWER_BOUND, ...); empty without a previous year. */
  public static final String YOY_BOUND = "yoy_bound";
  /** Whether either end of the step is reported as approximate. */
  public static final String YOY_APPROXIMATE = "yoy_approximate";

  private CaseSeriesTables() {}

  /** One row per reported point, in file order. */
  public static Table points(List<CaseSeriesPoint> points) {
    StringColumn series = StringColumn.create(SERIES);
    IntColumn order = IntColumn.create(SERIES_ORDER);
    IntColumn year = IntColumn.create(YEAR);
    DoubleColumn value = DoubleColumn.create(VALUE);
    StringColumn unit = StringColumn.create(UNIT);
    StringColumn qualifier = StringColumn.create(QUALIFIER);
    StringColumn source = StringColumn.create(SOURCE);
    StringColumn section = StringColumn.create(SECTION);
    StringColumn notes = StringColumn.create(NOTES);
    Map<String, Integer> rank = new HashMap<>();
    for (CaseSeriesPoint p : points) {
      series.append(p.series());
      order.append(rank.computeIfAbsent(p.series(), k -> rank.size()));
      year.append(p.year());
      value.append(p.value());
      unit.append(p.unit());
      qualifier.append(p.qualifier().label());
      source.append(p.source());
      section.append(p.section());
      notes.append(p.notes());
    }
    return Table.create("series_points", series, order, year, value, unit, qualifier, source, section, notes);
  }

  /**
   * The points sorted by series (file order) and year, with the step from the previous year of the same series:
   * {@link #PREVIOUS_YEAR}, {@link #YOY_CHANGE}, {@link #YOY_RATE}, {@link #YOY_BOUND}, {@link #YOY_APPROXIMATE}.
   * As in {@link SeriesGrowth}, a step exists only between consecutive calendar years (a gap in the reported
   * years gives no step across it), and the rate is missing when the previous value is not positive or the value is
   * negative. Computed with column operations on the lagged columns (row i against row i-1).
   */
  public static Table withYearOnYear(Table points) {
    Table t = points.sortAscendingOn(SERIES_ORDER, YEAR).setName("series_year_on_year");
    int n = t.rowCount();
    StringColumn series = t.stringColumn(SERIES);
    IntColumn year = t.intColumn(YEAR);
    DoubleColumn value = t.doubleColumn(VALUE);
    IntColumn previousYear = year.lag(1);
    DoubleColumn previous = value.lag(1);
    Selection step = series.isEqualTo(series.lag(1)).and(year.subtract(previousYear).isEqualTo(1));
    Selection noStep = Selection.withRange(0, n).andNot(step);

    IntColumn prevYear = previousYear.copy().setName(PREVIOUS_YEAR);
    DoubleColumn change = value.subtract(previous).setName(YOY_CHANGE);
    for (int i : noStep) {
      prevYear.setMissing(i);
      change.setMissing(i);
    }
    DoubleColumn rate = value.divide(previous).subtract(1).setName(YOY_RATE);
    // Selection.and modifies its receiver: start from a fresh selection so that `step` stays intact
    Selection meaningful = previous.isGreaterThan(0).and(value.isGreaterThanOrEqualTo(0)).and(step);
    for (int i : Selection.withRange(0, n).andNot(meaningful)) {
      rate.setMissing(i);
    }

    StringColumn q = t.stringColumn(QUALIFIER);
    StringColumn bound = StringColumn.create(YOY_BOUND, n);
    BooleanColumn approx = BooleanColumn.create(YOY_APPROXIMATE, n);
    for (int i : step) {
      Qualifier from = Qualifier.parseOrNull(q.get(i - 1));
      Qualifier to = Qualifier.parseOrNull(q.get(i));
      bound.set(i, GrowthBound.of(from, to).name());
      approx.set(i, from == Qualifier.APPROX || to == Qualifier.APPROX);
    }
    return t.addColumns(prevYear, change, rate, bound, approx);
  }

  /**
   * Year (rows, increasing) by series (columns, file order) of every point that is a value rather than a bound
   * (exact or approximate): Tablesaw's pivot of the long table. A series whose points are all bounds has no column;
   * a year without a value of a series is missing there.
   */
  public static Table valuesByYear(Table points) {
    Table values = points.where(points.stringColumn(QUALIFIER).isNotIn(Qualifier.MORE_THAN.label(),
        Qualifier.LESS_THAN.label()));
    Table wide = values.pivot(YEAR, SERIES, VALUE, AggregateFunctions.sum).sortAscendingOn(YEAR);
    Table out = Table.create("series_by_year", wide.intColumn(YEAR));
    // StringColumn.unique() has no order: collect the names in file order instead
    Set<String> names = new LinkedHashSet<>(values.sortAscendingOn(SERIES_ORDER, YEAR).stringColumn(SERIES).asList());
    for (String s : names) {
      out.addColumns(wide.doubleColumn(s));
    }
    return out;
  }
}
