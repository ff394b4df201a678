package org.netinnov.casestudy;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The case events as Tablesaw tables, for the case sheets: the events table, the timeline, the year x network-type
 * cross-tabulation with totals, and the counts over every year of the span with running totals.
 *
 * <p>{@link CaseStudy#timeline()} and {@link EventCountTable} compute the same figures on plain lists and arrays and
 * stay the tested reference; these tables must agree with them (a test checks it).
 */
public final class CaseEventTables {
  public static final String ID = "event_id";
  /** Position of the event in {@code events.csv}, 0-based: the tie-breaker that keeps same-year events in file order. */
  public static final String FILE_ORDER = "file_order";
  public static final String YEAR = "year";
  public static final String REGION = "region";
  public static final String COUNTRY = "country";
  public static final String COUNTERPART = "counterpart";
  public static final String KIND = "kind";
  public static final String NETWORK_TYPE = "network_type";
  public static final String CLASSIFIED_IN_PAPER = "classified_in_paper";
  public static final String STAKE_PCT = "stake_pct";
  public static final String DESCRIPTION = "description";
  public static final String SOURCE = "source";
  public static final String SECTION = "section";
  public static final String NOTES = "notes";
  /** Row and column totals of the cross-tabulation. */
  public static final String TOTAL = "total";
  /** Prefix of the running-total columns of {@link #countsOverSpan}: {@code cumulative_government}, ... */
  public static final String CUMULATIVE = "cumulative_";

  private CaseEventTables() {}

  /** One row per event in file order; a stake the paper does not give is missing. */
  public static Table events(List<CaseEvent> events) {
    int n = events.size();
    StringColumn id = StringColumn.create(ID);
    IntColumn order = IntColumn.create(FILE_ORDER);
    IntColumn year = IntColumn.create(YEAR);
    StringColumn region = StringColumn.create(REGION);
    StringColumn country = StringColumn.create(COUNTRY);
    StringColumn counterpart = StringColumn.create(COUNTERPART);
    StringColumn kind = StringColumn.create(KIND);
    StringColumn type = StringColumn.create(NETWORK_TYPE);
    BooleanColumn classified = BooleanColumn.create(CLASSIFIED_IN_PAPER);
    DoubleColumn stake = DoubleColumn.create(STAKE_PCT);
    StringColumn description = StringColumn.create(DESCRIPTION);
    StringColumn source = StringColumn.create(SOURCE);
    StringColumn section = StringColumn.create(SECTION);
    StringColumn notes = StringColumn.create(NOTES);
    for (int i = 0; i < n; i++) {
      CaseEvent e = events.get(i);
      id.append(e.id());
      order.append(i);
      year.append(e.year());
      region.append(e.region());
      country.append(e.country());
      counterpart.append(e.counterpart());
      kind.append(e.kind());
      type.append(e.networkType().label());
      classified.append(e.classifiedInPaper());
      stake.append(e.stakePct()); // NaN is Tablesaw's missing double
      description.append(e.description());
      source.append(e.source());
      section.append(e.section());
      notes.append(e.notes());
    }
    return Table.create("events", id, order, year, region, country, counterpart, kind, type, classified, stake,
        description, source, section, notes);
  }

  /**
   * Events sorted by year, same-year events in file order. The file position is an explicit second key because
   * Tablesaw's sort is not stable (it reorders rows with equal keys).
   */
  public static Table timeline(Table events) {
    return events.sortAscendingOn(YEAR, FILE_ORDER).setName("timeline");
  }

  /**
   * Events per year (rows) and network type (columns), from Tablesaw's {@code xTabCounts}: only years with at least
   * one event, in increasing order; columns {@code year, government, business, technological, total}, in
   * {@link NetworkType} order (a type without events gets a column of zeros); the last row holds the column totals
   * and has a missing year.
   */
  public static Table countsByYearAndType(Table events) {
    Table x = events.xTabCounts(YEAR, NETWORK_TYPE);
    IntColumn labels = x.intColumn(0);
    int rows = x.rowCount();
    Table out = Table.create("events_by_year_and_type", labels.copy().setName(YEAR));
    for (NetworkType t : NetworkType.values()) {
      out.addColumns(x.columnNames().contains(t.label()) ? x.intColumn(t.label()).copy()
          : IntColumn.create(t.label(), new int[rows]));
    }
    out.addColumns(x.intColumn(TOTAL).copy());
    if (!labels.isMissing(rows - 1)) {
      throw new IllegalStateException("Tablesaw's cross-tabulation no longer ends with a totals row");
    }
    // xTabCounts orders the rows by year already; sorting keeps that guaranteed with the totals row last
    Table body = out.dropRows(rows - 1).sortAscendingOn(YEAR);
    return body.append(out.rows(rows - 1)).setName(out.name());
  }

  /**
   * Events per year and network type over every year from the first to the last event year (years without events
   * as zeros, so a chart shows the quiet years too), and the running total of each type: the ties built so far.
   * Columns {@code year}, one per type, {@code total}, then {@code cumulative_<type>} and {@code cumulative_total}.
   */
  public static Table countsOverSpan(Table events) {
    Table counts = countsByYearAndType(events);
    counts = counts.dropRows(counts.rowCount() - 1);
    IntColumn years = events.intColumn(YEAR);
    int first = (int) years.min();
    int last = (int) years.max();
    IntColumn span = IntColumn.create(YEAR, last - first + 1);
    for (int i = 0; i < span.size(); i++) {
      span.set(i, first + i);
    }
    Table out = Table.create("events_over_span", span).joinOn(YEAR).leftOuter(counts).sortAscendingOn(YEAR);
    for (NetworkType t : NetworkType.values()) {
      out.intColumn(t.label()).setMissingTo(0);
    }
    out.intColumn(TOTAL).setMissingTo(0);
    for (NetworkType t : NetworkType.values()) {
      out.addColumns(out.intColumn(t.label()).cumSum().asIntColumn().setName(CUMULATIVE + t.label()));
    }
    out.addColumns(out.intColumn(TOTAL).cumSum().asIntColumn().setName(CUMULATIVE + TOTAL));
    return out.setName("events_over_span");
  }

  /** Events per kind (rows, most frequent first, ties by name) and network type, with totals, as the year table. */
  public static Table countsByKindAndType(Table events) {
    Table x = events.xTabCounts(KIND, NETWORK_TYPE);
    int rows = x.rowCount();
    Table out = Table.create("events_by_kind_and_type", x.stringColumn(0).copy().setName(KIND));
    for (NetworkType t : NetworkType.values()) {
      out.addColumns(x.columnNames().contains(t.label()) ? x.intColumn(t.label()).copy()
          : IntColumn.create(t.label(), new int[rows]));
    }
    out.addColumns(x.intColumn(TOTAL).copy());
    if (!"Total".equals(x.stringColumn(0).get(rows - 1))) {
      throw new IllegalStateException("Tablesaw's cross-tabulation no longer ends with a totals row");
    }
    Table body = out.dropRows(rows - 1).sortOn("-" + TOTAL, KIND);
    return body.append(out.rows(rows - 1)).setName(out.name());
  }
}
