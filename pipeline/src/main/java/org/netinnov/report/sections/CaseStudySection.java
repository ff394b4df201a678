package org.netinnov.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.netinnov.casestudy.CaseEventTables;
import org.netinnov.casestudy.CaseFact;
import org.netinnov.casestudy.CaseLabels;
import org.netinnov.casestudy.CaseSeriesTables;
import org.netinnov.casestudy.CaseStudy;
import org.netinnov.casestudy.Growth;
import org.netinnov.casestudy.GrowthBound;
import org.netinnov.casestudy.NetworkType;
import org.netinnov.casestudy.PanelColumn;
import org.netinnov.casestudy.Qualifier;
import org.netinnov.casestudy.SeriesGrowth;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * The single-case sheets (e.g. Cai's Midea Group case): the event timeline, events per year by network type with
 * charts, the yearly series with their growth and charts, the other figures of the paper, and how to extend the
 * case to a multi-firm panel. Table work (the events table, the sorted timeline, the cross-tabulations, the series
 * pivot and year-on-year growth) is done with Tablesaw ({@link CaseEventTables}, {@link CaseSeriesTables}); the CAGR
 * comes from {@link SeriesGrowth}.
 *
 * <p>Numbers are number cells at full precision, shown with the decimals the paper prints; percent figures stay
 * in percent as printed (a note says so); a bound ("more than 3 billion") keeps its number in the value column and
 * is marked in the "Reported as" column beside it; missing figures are blank cells.
 */
public final class CaseStudySection {
  public static final String TIMELINE = "Case timeline";
  public static final String EVENTS_BY_YEAR = "Case events by year";
  public static final String SERIES = "Case series";
  public static final String FACTS = "Case facts";
  public static final String EXTEND = "Extend to a panel";

  private CaseStudySection() {}

  /**
   * The case sheets in reading order: {@value #TIMELINE}, {@value #EVENTS_BY_YEAR}, {@value #SERIES},
   * {@value #FACTS}, {@value #EXTEND}.
   *
   * @param cs       the loaded case ({@link CaseStudy#load})
   * @param firmName the firm's name for titles ({@code case_study.firm})
   * @throws IllegalArgumentException when {@code firmName} is blank
   */
  public static List<Sheet> sheets(CaseStudy cs, String firmName) {
    Objects.requireNonNull(cs, "cs");
    if (firmName == null || firmName.isBlank())
      throw new IllegalArgumentException("case_study.firm: missing: the firm's name for the case sheets' titles");
    tech.tablesaw.api.Table events = CaseEventTables.events(cs.events());
    return List.of(timeline(events, firmName), eventsByYear(events, firmName), series(cs, firmName),
        facts(cs, firmName), extendToPanel(cs, firmName));
  }

  // ---------------------------------------------------------------- timeline

  static Sheet timeline(tech.tablesaw.api.Table events, String firm) {
    tech.tablesaw.api.Table t = CaseEventTables.timeline(events);
    List<Cell> head = List.of(Cell.bold("Year"), Cell.bold("ID"), Cell.bold("Region"), Cell.bold("Country"),
        Cell.bold("Counterpart"), Cell.bold("Kind"), Cell.bold("Network type"), Cell.bold("Classified by"),
        Cell.bold("Stake (%)").withNote("Equity stake acquired, in percent as printed (80.1 = 80.1 %)"),
        Cell.bold("Description"), Cell.bold("Source"), Cell.bold("Notes"));
    IntColumn year = t.intColumn(CaseEventTables.YEAR);
    DoubleColumn stake = t.doubleColumn(CaseEventTables.STAKE_PCT);
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      body.add(List.of(year(year.getInt(i)), text(t, CaseEventTables.ID, i), text(t, CaseEventTables.REGION, i),
          text(t, CaseEventTables.COUNTRY, i), text(t, CaseEventTables.COUNTERPART, i),
          Cell.text(CaseLabels.words(t.stringColumn(CaseEventTables.KIND).get(i))),
          Cell.text(CaseLabels.networkType(t.stringColumn(CaseEventTables.NETWORK_TYPE).get(i))),
          Cell.text(t.booleanColumn(CaseEventTables.CLASSIFIED_IN_PAPER).get(i) ? "paper (Table 3)" : "derived"),
          Cell.num(stake.getDouble(i), decimals(stake)), text(t, CaseEventTables.DESCRIPTION, i),
          text(t, CaseEventTables.SOURCE, i), text(t, CaseEventTables.NOTES, i)));
    }
    int first = (int) year.min();
    int last = (int) year.max();
    Table table = new Table("case_timeline", firm + ": key events of international entrepreneurship, " + first + "–"
        + last, List.of(head), body, List.of(), List.of(
            "Sorted by year; events of the same year in the order of the case file. One row per counterpart (where "
                + "the paper names several partners in one sentence or table row, each has a row), so counts count ties.",
            "Classified by: 'paper (Table 3)' when the paper states the network type; 'derived' when it follows from "
                + "the section of the paper that reports the event (see the case dataset's README).",
            "Stake: equity stake acquired, in percent as printed (80.1 = 80.1 %); blank where the paper gives none.",
            "Some events are internal measures rather than new ties (e.g. supplier management, R&D incentives): "
                + "filter on Kind to leave them out."), false);
    // A second block also lets the long table print across pages: a sheet holding a single table is squeezed onto
    // one page when it has few rows, however tall its wrapped rows are.
    Block.TextBlock toPanel = new Block.TextBlock("From events to panel indicators", List.of(
        "Events of the year (flows): acquisitions and joint ventures abroad → cross_border_ma; joint ventures and "
            + "alliances with firms → alliances; programmes with home or host government bodies → gov_projects.",
        "Ties in place at year end (stocks: the running totals on the sheet 'Case events by year', less ties that "
            + "ended): university and research-institute collaborations → university_collab; overseas R&D centres → "
            + "rd_centers_overseas; industry associations and chambers → association_memberships.",
        "Internal measures (supplier management, R&D incentives) are not ties; charity work enters a panel as "
            + "donations in CNY."));
    return new Sheet(TIMELINE, List.of(new Block.TableBlock(table), toPanel));
  }

  // ---------------------------------------------------------------- events by year

  static Sheet eventsByYear(tech.tablesaw.api.Table events, String firm) {
    tech.tablesaw.api.Table x = CaseEventTables.countsByYearAndType(events);
    tech.tablesaw.api.Table span = CaseEventTables.countsOverSpan(events);
    int first = span.intColumn(CaseEventTables.YEAR).getInt(0);
    int last = span.intColumn(CaseEventTables.YEAR).getInt(span.rowCount() - 1);
    int yearsWithEvents = x.rowCount() - 1;
    int spanYears = last - first + 1;

    Table counts = crossTab("case_events_by_year", firm + ": key events per year and network type", "Year", x,
        CaseEventTables.YEAR, List.of(
            "Counts of events (ties: one per counterpart) by the year they happened. Only years with at least one "
                + "event are listed: " + yearsWithEvents + " of the " + spanYears + " years " + first + "–" + last
                + "; the running totals below cover every year.",
            "Network type as classified in the paper's Table 3, or derived from the section reporting the event."));

    List<String> categories = new ArrayList<>();
    IntColumn xYear = x.intColumn(CaseEventTables.YEAR);
    for (int i = 0; i < yearsWithEvents; i++) categories.add(Integer.toString(xYear.getInt(i)));
    double[] positions = new double[yearsWithEvents];
    for (int i = 0; i < yearsWithEvents; i++) positions[i] = i;
    List<Chart.Series> perYear = new ArrayList<>();
    List<Chart.Series> cumulative = new ArrayList<>();
    for (NetworkType t : NetworkType.values()) {
      String name = CaseLabels.networkType(t.label());
      double[] y = new double[yearsWithEvents];
      IntColumn c = x.intColumn(t.label());
      for (int i = 0; i < yearsWithEvents; i++) y[i] = c.getInt(i);
      perYear.add(Chart.Series.of(name, y));
      cumulative.add(Chart.Series.of(name, span.intColumn(CaseEventTables.CUMULATIVE + t.label()).asDoubleArray()));
    }
    Chart bar = new Chart("case_events_per_year", firm + ": key events per year by network type", Chart.Kind.BAR,
        "Year", "Events", positions, categories, perYear);
    Chart running = new Chart("case_events_cumulative", firm + ": ties built so far by network type, " + first + "–"
        + last, Chart.Kind.LINE, "Year", "Events (running total)", span.intColumn(CaseEventTables.YEAR).asDoubleArray(),
        List.of(), cumulative);

    Table kinds = crossTab("case_events_by_kind", firm + ": key events by kind and network type", "Kind",
        CaseEventTables.countsByKindAndType(events), CaseEventTables.KIND, List.of(
            "Kinds in decreasing order of frequency. The kinds and their network types show how hand-collected "
                + "events become the count indicators of a panel (cross_border_ma, alliances, gov_projects, "
                + "university_collab): one row per counterpart and year, counted per firm-year."));
    return new Sheet(EVENTS_BY_YEAR, List.of(new Block.TableBlock(counts), new Block.ChartBlock(bar),
        new Block.ChartBlock(running), new Block.TableBlock(kinds)));
  }

  /** A Tablesaw cross-tabulation (label column, one column per network type, total; totals row last) as a table. */
  private static Table crossTab(String id, String title, String labelHeader, tech.tablesaw.api.Table x, String labelColumn,
      List<String> notes) {
    List<Cell> head = new ArrayList<>(List.of(Cell.bold(labelHeader)));
    for (NetworkType t : NetworkType.values()) head.add(Cell.bold(CaseLabels.networkType(t.label())));
    head.add(Cell.bold("Total"));
    List<List<Cell>> body = new ArrayList<>();
    int rows = x.rowCount();
    for (int i = 0; i < rows; i++) {
      boolean total = i == rows - 1;
      List<Cell> row = new ArrayList<>();
      if (total) row.add(Cell.bold("Total"));
      else if (x.column(labelColumn) instanceof IntColumn ic) row.add(year(ic.getInt(i)));
      else row.add(Cell.text(CaseLabels.words(x.stringColumn(labelColumn).get(i))));
      for (NetworkType t : NetworkType.values()) row.add(count(x.intColumn(t.label()).getInt(i), total));
      row.add(count(x.intColumn(CaseEventTables.TOTAL).getInt(i), true));
      body.add(row);
    }
    return new Table(id, title, List.of(head), body, List.of(rows - 2), notes, false);
  }

  private static Cell count(int v, boolean bold) {
    Cell c = Cell.integer(v);
    return bold ? c.withBold() : c;
  }

  // ---------------------------------------------------------------- series

  static Sheet series(CaseStudy cs, String firm) {
    tech.tablesaw.api.Table points = CaseSeriesTables.points(cs.seriesPoints());
    tech.tablesaw.api.Table yoy = CaseSeriesTables.withYearOnYear(points);
    Map<String, Integer> decimals = seriesDecimals(yoy);

    List<Cell> head = List.of(Cell.bold("Series"), Cell.bold("Year"), Cell.bold("Value"), Cell.bold("Reported as"),
        Cell.bold("Unit"), Cell.bold("Change on previous year"), Cell.bold("Growth on previous year"),
        Cell.bold("Growth is"), Cell.bold("Source"), Cell.bold("Notes"));
    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();
    StringColumn name = yoy.stringColumn(CaseSeriesTables.SERIES);
    StringColumn unit = yoy.stringColumn(CaseSeriesTables.UNIT);
    StringColumn qualifier = yoy.stringColumn(CaseSeriesTables.QUALIFIER);
    StringColumn bound = yoy.stringColumn(CaseSeriesTables.YOY_BOUND);
    DoubleColumn value = yoy.doubleColumn(CaseSeriesTables.VALUE);
    DoubleColumn change = yoy.doubleColumn(CaseSeriesTables.YOY_CHANGE);
    DoubleColumn rate = yoy.doubleColumn(CaseSeriesTables.YOY_RATE);
    for (int i = 0; i < yoy.rowCount(); i++) {
      String s = name.get(i);
      boolean firstOfSeries = i == 0 || !name.get(i - 1).equals(s);
      if (firstOfSeries && i > 0) rules.add(i - 1);
      int d = decimals.get(s);
      Qualifier q = qualifierOf(qualifier.get(i));
      boolean step = !bound.get(i).isEmpty();
      // the label on every row (not only the first of a series): the table is also written as CSV data
      body.add(List.of(Cell.text(CaseLabels.series(s)),
          year(yoy.intColumn(CaseSeriesTables.YEAR).getInt(i)), number(value.getDouble(i), d),
          q == Qualifier.EXACT ? Cell.blank() : Cell.text(CaseLabels.reported(value.getDouble(i), unit.get(i), q)),
          Cell.text(unit.get(i)), step ? number(change.getDouble(i), d) : Cell.blank(), Cell.percent(rate.getDouble(i)),
          step ? Cell.text(CaseLabels.growthBound(GrowthBound.valueOf(bound.get(i)),
              yoy.booleanColumn(CaseSeriesTables.YOY_APPROXIMATE).get(i))) : Cell.blank(),
          Cell.text(yoy.stringColumn(CaseSeriesTables.SOURCE).get(i)),
          Cell.text(yoy.stringColumn(CaseSeriesTables.NOTES).get(i))));
    }
    Table values = new Table("case_series", firm + ": yearly series reported in the paper", List.of(head), body, rules,
        List.of(UNITS_NOTE, BOUNDS_NOTE,
            "Change and growth on the previous year only between consecutive calendar years; blank where the "
                + "previous year is not reported (nothing is interpolated). Growth as a percentage of the previous "
                + "value; change in the series' unit (percentage points for a percent series).",
            "The charts below show values only; bounds appear in this table alone."), false);

    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.TableBlock(values));
    blocks.add(new Block.TableBlock(cagr(cs, firm, decimals)));
    for (Chart c : seriesCharts(CaseSeriesTables.valuesByYear(points), cs, firm)) blocks.add(new Block.ChartBlock(c));
    return new Sheet(SERIES, blocks);
  }

  private static final String UNITS_NOTE = "Values as printed in the paper, in the unit shown: a percent series is in "
      + "percent (26.71 means 26.71 %), not a fraction; counts are counts; amounts in billion CNY. A firm-year panel "
      + "holds shares as fractions (divide by 100).";
  private static final String BOUNDS_NOTE = "Reported as: '> x' means the paper says 'more than x': the value is a "
      + "lower bound, not the value; '< x' an upper bound; '≈ x' approximate; blank: exact. A growth figure starting or "
      + "ending at a bound is a bound itself (Growth is): lower bound when the end is a lower bound, upper bound when "
      + "the start is, indeterminate when both ends are lower bounds (the true rate may lie on either side).";

  private static Table cagr(CaseStudy cs, String firm, Map<String, Integer> decimals) {
    List<Cell> head = List.of(Cell.bold("Series"), Cell.bold("Unit"), Cell.bold("From"), Cell.bold("To"),
        Cell.bold("Years"), Cell.bold("First value"), Cell.bold("Last value"), Cell.bold("Change"), Cell.bold("CAGR"),
        Cell.bold("CAGR is"));
    List<List<Cell>> body = new ArrayList<>();
    for (SeriesGrowth g : cs.allGrowth()) {
      if (g.cagr().isEmpty()) continue;
      Growth c = g.cagr().get();
      int d = decimals.get(g.series());
      body.add(List.of(Cell.text(CaseLabels.series(g.series())), Cell.text(g.unit()), year(c.fromYear()),
          year(c.toYear()), Cell.integer(c.years()), number(c.fromValue(), d), number(c.toValue(), d),
          number(c.change(), d), Cell.percent(c.rate()), Cell.text(CaseLabels.growthBound(c.bound(), c.approximate()))));
    }
    return new Table("case_series_growth", firm + ": growth from the first to the last reported value",
        List.of(head), body, List.of(), List.of(
            "CAGR = (last / first)^(1 / years) − 1, the compound annual growth between the first and the last reported "
                + "value (the simple growth when they are one year apart); change in the series' unit.",
            "CAGR is: exact, or a bound when either end is (see the notes of the table above). Years between the two "
                + "ends need not be reported."), false);
  }

  /**
   * Charts of the values (not the bounds): one line chart per series with three or more values, series sharing
   * unit and first and last year drawn together (R&D centres worldwide and overseas); series with exactly two
   * values as bars of their first and last value, one chart per unit.
   */
  private static List<Chart> seriesCharts(tech.tablesaw.api.Table wide, CaseStudy cs, String firm) {
    IntColumn years = wide.intColumn(CaseSeriesTables.YEAR);
    Map<String, List<String>> lineGroups = new LinkedHashMap<>();
    Map<String, List<String>> twoPoint = new LinkedHashMap<>();
    for (String s : wide.columnNames()) {
      if (s.equals(CaseSeriesTables.YEAR)) continue;
      DoubleColumn c = wide.doubleColumn(s);
      int n = c.size() - c.countMissing();
      String unit = cs.growth(s).unit();
      if (n >= 3) lineGroups.computeIfAbsent(unit + '|' + firstYear(years, c) + '|' + lastYear(years, c),
          k -> new ArrayList<>()).add(s);
      else if (n == 2) twoPoint.computeIfAbsent(unit, k -> new ArrayList<>()).add(s);
    }
    List<Chart> out = new ArrayList<>();
    for (List<String> group : lineGroups.values()) {
      DoubleColumn c0 = wide.doubleColumn(group.get(0));
      int from = firstYear(years, c0);
      int to = lastYear(years, c0);
      double[] x = new double[to - from + 1];
      for (int i = 0; i < x.length; i++) x[i] = from + i;
      List<Chart.Series> series = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String s : group) {
        double[] y = new double[x.length];
        java.util.Arrays.fill(y, Double.NaN);
        DoubleColumn c = wide.doubleColumn(s);
        for (int i = 0; i < c.size(); i++) if (!c.isMissing(i) && years.getInt(i) >= from && years.getInt(i) <= to)
          y[years.getInt(i) - from] = c.getDouble(i);
        series.add(Chart.Series.of(CaseLabels.series(s), y));
        labels.add(CaseLabels.series(s));
      }
      String unit = cs.growth(group.get(0)).unit();
      out.add(new Chart("case_series_" + group.get(0).replaceAll("[^A-Za-z0-9_.-]", "_"), firm + ": " + lowerFirst(String.join(" and ", labels)) + ", "
          + from + "–" + to, Chart.Kind.LINE, "Year", axisLabel(unit), x, List.of(), series));
    }
    for (Map.Entry<String, List<String>> e : twoPoint.entrySet()) {
      List<String> categories = new ArrayList<>();
      double[] firstValues = new double[e.getValue().size()];
      double[] lastValues = new double[e.getValue().size()];
      for (int k = 0; k < e.getValue().size(); k++) {
        String s = e.getValue().get(k);
        DoubleColumn c = wide.doubleColumn(s);
        int a = firstRow(c);
        int b = lastRow(c);
        categories.add(CaseLabels.series(s) + ", " + years.getInt(a) + " → " + years.getInt(b));
        firstValues[k] = c.getDouble(a);
        lastValues[k] = c.getDouble(b);
      }
      double[] pos = new double[categories.size()];
      for (int k = 0; k < pos.length; k++) pos[k] = k;
      String unit = e.getKey();
      out.add(new Chart("case_series_first_last_" + unit.replaceAll("[^A-Za-z0-9]+", "_"), firm
          + ": first and last reported value (" + unit + ")", Chart.Kind.BAR, "", axisLabel(unit), pos, categories,
          List.of(Chart.Series.of("First reported year", firstValues), Chart.Series.of("Last reported year", lastValues))));
    }
    return out;
  }

  private static String axisLabel(String unit) {
    return switch (unit) {
      case "count" -> "Count";
      case "percent" -> "Percent";
      default -> unit;
    };
  }

  private static String lowerFirst(String s) {
    // keep acronyms such as "R&D" as they are
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1)))
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    return s;
  }

  private static int firstRow(DoubleColumn c) {
    for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) return i;
    throw new IllegalArgumentException("series " + c.name() + " has no value");
  }

  private static int lastRow(DoubleColumn c) {
    for (int i = c.size() - 1; i >= 0; i--) if (!c.isMissing(i)) return i;
    throw new IllegalArgumentException("series " + c.name() + " has no value");
  }

  private static int firstYear(IntColumn years, DoubleColumn c) { return years.getInt(firstRow(c)); }

  private static int lastYear(IntColumn years, DoubleColumn c) { return years.getInt(lastRow(c)); }

  /** Digits to show per series: the most decimals any of its values is printed with (64.29 → 2, 42.3 → 1). */
  private static Map<String, Integer> seriesDecimals(tech.tablesaw.api.Table t) {
    Map<String, Integer> out = new LinkedHashMap<>();
    StringColumn s = t.stringColumn(CaseSeriesTables.SERIES);
    DoubleColumn v = t.doubleColumn(CaseSeriesTables.VALUE);
    for (int i = 0; i < t.rowCount(); i++) out.merge(s.get(i), scale(v.getDouble(i)), Math::max);
    return out;
  }

  private static int decimals(DoubleColumn c) {
    int d = 0;
    for (int i = 0; i < c.size(); i++) if (!c.isMissing(i)) d = Math.max(d, scale(c.getDouble(i)));
    return d;
  }

  private static int scale(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale());
  }

  /** A whole-number series as an integer cell (#,##0), else a number with {@code d} decimals; full value kept. */
  private static Cell number(double v, int d) {
    return d == 0 ? Cell.integer(v) : Cell.num(v, d);
  }

  /** A calendar year: a number without thousands separator (2019, not 2,019). */
  private static Cell year(int y) {
    return Cell.num(y, 0);
  }

  private static Qualifier qualifierOf(String label) {
    for (Qualifier q : Qualifier.values()) if (q.label().equals(label)) return q;
    throw new IllegalArgumentException("unknown qualifier '" + label + "'");
  }

  private static Cell text(tech.tablesaw.api.Table t, String column, int row) {
    String s = t.stringColumn(column).get(row);
    return s == null || s.isEmpty() ? Cell.blank() : Cell.text(s);
  }

  // ---------------------------------------------------------------- facts

  static Sheet facts(CaseStudy cs, String firm) {
    List<Cell> head = List.of(Cell.bold("Figure"), Cell.bold("Value"), Cell.bold("Upper end"),
        Cell.bold("Reported as"), Cell.bold("Unit"), Cell.bold("Year"), Cell.bold("Year end"), Cell.bold("Source"),
        Cell.bold("Notes"));
    List<List<Cell>> body = new ArrayList<>();
    for (CaseFact f : cs.facts()) {
      int d = Math.max(scale(f.value()), scale(f.valueHigh()));
      String reported = f.qualifier() == Qualifier.RANGE ? CaseLabels.reportedRange(f.value(), f.valueHigh(), f.unit())
          : CaseLabels.reported(f.value(), f.unit(), f.qualifier());
      // a figure in years as a calendar year ("founded 1968") is shown without a thousands separator
      Cell value = f.unit().equals("year") ? Cell.num(f.value(), d) : number(f.value(), d);
      body.add(List.of(Cell.text(CaseLabels.words(f.fact())), value,
          Double.isNaN(f.valueHigh()) ? Cell.blank() : number(f.valueHigh(), d),
          f.qualifier() == Qualifier.EXACT ? Cell.blank() : Cell.text(reported), Cell.text(f.unit()),
          f.year().isPresent() ? year(f.year().getAsInt()) : Cell.blank(),
          f.yearEnd().isPresent() ? year(f.yearEnd().getAsInt()) : Cell.blank(), Cell.text(f.source()),
          f.notes().isEmpty() ? Cell.blank() : Cell.text(f.notes())));
    }
    Table t = new Table("case_facts", firm + ": other figures of the paper", List.of(head), body, List.of(), List.of(
        "Figures that are neither events nor yearly series: undated counts, period totals (Year to Year end), plans "
            + "and ranges. Value as printed (the low end of a range; percent in percent).",
        "Reported as: '> x' lower bound, '< x' upper bound, '≈ x' approximate, 'target' a plan rather than an "
            + "outcome, 'a–b' a range; blank: exact. Year blank: the paper gives none."), false);
    return new Sheet(FACTS, List.of(new Block.TableBlock(t)));
  }

  // ---------------------------------------------------------------- extend to a panel

  static Sheet extendToPanel(CaseStudy cs, String firm) {
    List<Cell> head = List.of(Cell.bold("Construct"), Cell.bold("Column"), Cell.bold("Measure (per firm-year)"),
        Cell.bold("Typical source"), Cell.bold(firm + " evidence in the paper"));
    List<List<Cell>> body = new ArrayList<>();
    List<Integer> rules = new ArrayList<>();
    String previous = null;
    List<PanelColumn> cols = cs.panelColumnsToCollect();
    for (int i = 0; i < cols.size(); i++) {
      PanelColumn c = cols.get(i);
      boolean first = !c.construct().equals(previous);
      if (first && i > 0) rules.add(i - 1);
      previous = c.construct();
      body.add(List.of(first ? Cell.text(CaseLabels.words(c.construct())) : Cell.blank(), Cell.text(c.column()),
          Cell.text(c.description()), Cell.text(c.typicalSource()), Cell.text(c.caseEvidence())));
    }
    Table t = new Table("case_panel_columns", "Columns to collect per firm and year to test the mechanism on a panel",
        List.of(head), body, rules, List.of(
            "Column names are those of the synthetic panel (datasets/synthetic), so config/default.yaml runs on a "
                + "panel collected this way after changing data.path. Shares and ratios as fractions in [0, 1]; "
                + "amounts in CNY; a year without data is a blank cell, never 0."), false);
    Block.TextBlock how = new Block.TextBlock("From one firm to a panel", List.of(
        "Why: " + firm + " alone cannot test the mechanism (international entrepreneurship → government, business "
            + "and technological networks → innovation performance). In one firm every firm trait moves together "
            + "with its networks, so nothing separates the networks' effect from the firm's own trend; a panel "
            + "model with firm effects needs at least two firms, and netinnov reports such a model on a single firm "
            + "as not estimable instead of estimating it.",
        "1. Collect the columns above for many firms (e.g. listed manufacturers from CSMAR or Wind), one row per firm "
            + "and year. Hand-collected events (acquisitions, joint ventures, university labs) are counted per "
            + "firm-year the way the case events are counted per year on the sheet 'Case events by year'.",
        "2. data: path (the file), firm (the id column; stock codes keep their leading zeros), year. Further files "
            + "with data.join.",
        "3. clean: duplicates, ranges (impossible values set missing), derive (intensities such as subsidy_ratio: "
            + "gov_subsidy / revenue, donation_ratio, rd_intensity: rd_spending / revenue), winsorize.",
        "4. indices: one composite index per construct (ie, government, business, technological), each with method "
            + "(entropy, pca, zscore, minmax) and indicators; negative: [top5_supplier_share], since a broad "
            + "supplier network means a low top-5 share.",
        "5. models: formula with networks at t-1, e.g. log1p(patent_applications) ~ l(government, 1) + l(business, 1)"
            + " + l(technological, 1) + log(total_assets) + leverage + roa | firm_id + year, with estimator (within, "
            + "random, poisson for the patent counts, gmm for persistent innovation) and se: cluster(firm_id); "
            + "lags: distributed lags 0..max_lag; diagnostics: hausman and the specification tests.",
        "6. mediation: treatment ie, mediators [government, business, technological], outcome, controls, "
            + "fixed_effects, mediator_lag, bootstrap; hypotheses: the scorecard H1–H4 with the expected signs.",
        "config/default.yaml does all of this on the synthetic panel of 1,500 firms. config/midea-case.yaml runs "
            + "the single-firm panel of the paper's figures (datasets/midea/midea_panel.csv, the same column names, "
            + "bounds left out) and shows the panel model reported as not estimable."));
    return new Sheet(EXTEND, List.of(new Block.TableBlock(t), how));
  }
}
