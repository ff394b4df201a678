package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The Tablesaw tables of the case sheets against the reference computations on plain lists and arrays
 * ({@link CaseStudy#timeline()}, {@link EventCountTable}, {@link SeriesGrowth}), on the Midea files and on random
 * event lists drawn from a fixed seed.
 */
class CaseTablesTest {
  private static CaseStudy midea;

  @BeforeAll
  static void load() {
    midea = CaseStudy.load(MideaPaperFiguresTest.DIR);
  }

  @Test
  void mideaTimelineIsTheReferenceTimeline() {
    Table t = CaseEventTables.timeline(CaseEventTables.events(midea.events()));
    assertThat(t.stringColumn(CaseEventTables.ID).asList())
        .containsExactlyElementsOf(midea.timeline().stream().map(CaseEvent::id).toList());
  }

  @Test
  void mideaCrossTabEqualsEventCountTable() {
    Table events = CaseEventTables.events(midea.events());
    assertCrossTabMatches(CaseEventTables.countsByYearAndType(events), midea.eventsPerYear(), "Midea");
    assertSpanMatches(CaseEventTables.countsOverSpan(events), midea.eventsPerYear(), "Midea");
    // figures counted by hand from events.csv: 30 ties, 3 government, 15 business, 12 technological; 2015 has 4
    EventCountTable ref = midea.eventsPerYear();
    assertThat(ref.total()).isEqualTo(30);
    assertThat(ref.typeTotal(NetworkType.GOVERNMENT)).isEqualTo(3);
    assertThat(ref.typeTotal(NetworkType.BUSINESS)).isEqualTo(15);
    assertThat(ref.typeTotal(NetworkType.TECHNOLOGICAL)).isEqualTo(12);
    assertThat(ref.yearTotal(2015)).isEqualTo(4);
  }

  /**
   * Random event lists: few years so that many events share a year (Tablesaw's sort is not stable, so the timeline
   * must keep file order by its explicit second key), sometimes a network type without any event.
   */
  @Test
  void randomEventListsAgreeWithTheReference() {
    long seed = 20260611L;
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int k = 0; k < 100; k++) {
      int n = 1 + rnd.nextInt(40);
      int first = 1990 + rnd.nextInt(20);
      int span = 1 + rnd.nextInt(12);
      boolean dropType = rnd.nextInt(4) == 0;
      List<CaseEvent> events = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        NetworkType t = NetworkType.values()[dropType ? rnd.nextInt(2) : rnd.nextInt(3)];
        String kind = List.of("acquisition", "joint_venture", "rd_centre", "charity_programme").get(rnd.nextInt(4));
        events.add(new CaseEvent("E" + i, first + rnd.nextInt(span), "", "", "", kind, t, true, "b",
            Double.NaN, "d", "s", "sec", ""));
      }
      String cas = "seed " + seed + ", case " + k;
      Table table = CaseEventTables.events(events);
      List<String> expectedOrder = new ArrayList<>();
      for (CaseEvent e : events.stream().sorted(java.util.Comparator.comparingInt(CaseEvent::year)).toList())
        expectedOrder.add(e.id());
      assertThat(CaseEventTables.timeline(table).stringColumn(CaseEventTables.ID).asList()).as(cas)
          .containsExactlyElementsOf(expectedOrder);
      EventCountTable ref = EventCountTable.of(events);
      assertCrossTabMatches(CaseEventTables.countsByYearAndType(table), ref, cas);
      assertSpanMatches(CaseEventTables.countsOverSpan(table), ref, cas);
      Map<String, Integer> byKind = new HashMap<>();
      for (CaseEvent e : events) byKind.merge(e.kind(), 1, Integer::sum);
      Table kinds = CaseEventTables.countsByKindAndType(table);
      assertThat(kinds.rowCount()).as(cas).isEqualTo(byKind.size() + 1);
      for (int i = 0; i < kinds.rowCount() - 1; i++) {
        assertThat(kinds.intColumn(CaseEventTables.TOTAL).getInt(i)).as(cas)
            .isEqualTo(byKind.get(kinds.stringColumn(CaseEventTables.KIND).get(i)));
        if (i > 0) assertThat(kinds.intColumn(CaseEventTables.TOTAL).getInt(i)).as(cas + ": most frequent first")
            .isLessThanOrEqualTo(kinds.intColumn(CaseEventTables.TOTAL).getInt(i - 1));
      }
      assertThat(kinds.intColumn(CaseEventTables.TOTAL).getInt(kinds.rowCount() - 1)).as(cas).isEqualTo(n);
    }
  }

  /** Years with events in order, counts and totals equal; years missing from the cross-tab have no event. */
  private static void assertCrossTabMatches(Table x, EventCountTable ref, String cas) {
    int rows = x.rowCount();
    IntColumn year = x.intColumn(CaseEventTables.YEAR);
    assertThat(year.isMissing(rows - 1)).as(cas + ": totals row last").isTrue();
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < rows - 1; i++) years.add(year.getInt(i));
    List<Integer> expected = new ArrayList<>();
    for (int y : ref.years()) if (ref.yearTotal(y) > 0) expected.add(y);
    assertThat(years).as(cas).containsExactlyElementsOf(expected);
    for (int i = 0; i < rows - 1; i++) {
      int y = year.getInt(i);
      for (NetworkType t : NetworkType.values())
        assertThat(x.intColumn(t.label()).getInt(i)).as(cas + " " + y + " " + t).isEqualTo(ref.count(y, t));
      assertThat(x.intColumn(CaseEventTables.TOTAL).getInt(i)).as(cas + " " + y).isEqualTo(ref.yearTotal(y));
    }
    for (NetworkType t : NetworkType.values())
      assertThat(x.intColumn(t.label()).getInt(rows - 1)).as(cas + " total " + t).isEqualTo(ref.typeTotal(t));
    assertThat(x.intColumn(CaseEventTables.TOTAL).getInt(rows - 1)).as(cas).isEqualTo(ref.total());
  }

  /** Every year of the span, zeros included, and running totals equal to sums of the reference counts. */
  private static void assertSpanMatches(Table s, EventCountTable ref, String cas) {
    assertThat(s.intColumn(CaseEventTables.YEAR).asList()).as(cas)
        .containsExactlyElementsOf(java.util.Arrays.stream(ref.years()).boxed().toList());
    int[] running = new int[NetworkType.values().length];
    for (int i = 0; i < s.rowCount(); i++) {
      int y = ref.firstYear() + i;
      for (NetworkType t : NetworkType.values()) {
        running[t.ordinal()] += ref.count(y, t);
        assertThat(s.intColumn(t.label()).getInt(i)).as(cas + " " + y + " " + t).isEqualTo(ref.count(y, t));
        assertThat(s.intColumn(CaseEventTables.CUMULATIVE + t.label()).getInt(i)).as(cas + " " + y + " " + t)
            .isEqualTo(running[t.ordinal()]);
      }
    }
  }

  @Test
  void yearOnYearEqualsSeriesGrowth() {
    Table yoy = CaseSeriesTables.withYearOnYear(CaseSeriesTables.points(midea.seriesPoints()));
    assertThat(yoy.rowCount()).isEqualTo(midea.seriesPoints().size());
    int steps = 0;
    for (SeriesGrowth g : midea.allGrowth()) {
      Table s = yoy.where(yoy.stringColumn(CaseSeriesTables.SERIES).isEqualTo(g.series()));
      assertThat(s.intColumn(CaseSeriesTables.YEAR).asList()).as(g.series())
          .containsExactlyElementsOf(g.points().stream().map(CaseSeriesPoint::year).toList());
      Map<Integer, Growth> byEnd = new HashMap<>();
      for (Growth gr : g.yearOnYear()) byEnd.put(gr.toYear(), gr);
      for (int i = 0; i < s.rowCount(); i++) {
        int y = s.intColumn(CaseSeriesTables.YEAR).getInt(i);
        Growth ref = byEnd.get(y);
        String at = g.series() + " " + y;
        if (ref == null) {
          assertThat(s.intColumn(CaseSeriesTables.PREVIOUS_YEAR).isMissing(i)).as(at).isTrue();
          assertThat(s.doubleColumn(CaseSeriesTables.YOY_CHANGE).isMissing(i)).as(at).isTrue();
          assertThat(s.doubleColumn(CaseSeriesTables.YOY_RATE).isMissing(i)).as(at).isTrue();
          assertThat(s.stringColumn(CaseSeriesTables.YOY_BOUND).get(i)).as(at).isEmpty();
          continue;
        }
        steps++;
        assertThat(s.intColumn(CaseSeriesTables.PREVIOUS_YEAR).getInt(i)).as(at).isEqualTo(ref.fromYear());
        assertThat(s.doubleColumn(CaseSeriesTables.YOY_CHANGE).getDouble(i)).as(at).isEqualTo(ref.change());
        // the same division in the same order: equal to the last bit
        assertThat(s.doubleColumn(CaseSeriesTables.YOY_RATE).getDouble(i)).as(at).isEqualTo(ref.rate());
        assertThat(s.stringColumn(CaseSeriesTables.YOY_BOUND).get(i)).as(at).isEqualTo(ref.bound().name());
        assertThat(s.booleanColumn(CaseSeriesTables.YOY_APPROXIMATE).get(i)).as(at).isEqualTo(ref.approximate());
      }
    }
    // 7 patent steps and 3 for each of the three Table 4 series; the two-point series have none
    assertThat(steps).isEqualTo(16);
  }

  @Test
  void yearOnYearSkipsGapsAndFlagsBounds() {
    List<CaseSeriesPoint> pts = List.of(
        new CaseSeriesPoint("a", 2001, 10, "count", Qualifier.EXACT, "s", "x", ""),
        new CaseSeriesPoint("a", 2003, 12, "count", Qualifier.EXACT, "s", "x", ""),
        new CaseSeriesPoint("a", 2002, 0, "count", Qualifier.MORE_THAN, "s", "x", ""),
        new CaseSeriesPoint("b", 2003, 5, "count", Qualifier.EXACT, "s", "x", ""),
        new CaseSeriesPoint("a", 2005, 13, "count", Qualifier.EXACT, "s", "x", ""));
    Table yoy = CaseSeriesTables.withYearOnYear(CaseSeriesTables.points(pts));
    // a: 2001, 2002, 2003, 2005, then b: 2003 (series in order of first appearance)
    assertThat(yoy.intColumn(CaseSeriesTables.YEAR).asList()).containsExactly(2001, 2002, 2003, 2005, 2003);
    DoubleColumn rate = yoy.doubleColumn(CaseSeriesTables.YOY_RATE);
    DoubleColumn change = yoy.doubleColumn(CaseSeriesTables.YOY_CHANGE);
    assertThat(rate.isMissing(0)).isTrue();
    assertThat(change.getDouble(1)).isEqualTo(-10); // 2002 from 2001
    assertThat(rate.getDouble(1)).isEqualTo(-1);
    assertThat(yoy.stringColumn(CaseSeriesTables.YOY_BOUND).get(1)).isEqualTo("LOWER_BOUND");
    assertThat(change.getDouble(2)).isEqualTo(12); // 2003 from a previous value of 0: change, but no rate
    assertThat(rate.isMissing(2)).isTrue();
    assertThat(yoy.stringColumn(CaseSeriesTables.YOY_BOUND).get(2)).isEqualTo("UPPER_BOUND");
    assertThat(change.isMissing(3)).as("2005 after a gap").isTrue();
    assertThat(change.isMissing(4)).as("first point of b: not a step from a's 2005").isTrue();
  }

  @Test
  void valuesByYearHoldsValuesNotBounds() {
    Table wide = CaseSeriesTables.valuesByYear(CaseSeriesTables.points(midea.seriesPoints()));
    assertThat(wide.columnNames()).containsExactly("year", "patent_applications", "rd_centres_worldwide",
        "rd_centres_overseas", "rd_centres_overseas_share", "overseas_revenue_share", "top5_supplier_purchase_share",
        "rd_to_management_personnel_ratio");
    IntColumn year = wide.intColumn("year");
    assertThat(year.asList()).isSorted();
    for (CaseSeriesPoint p : midea.seriesPoints()) {
      int row = year.asList().indexOf(p.year());
      if (p.isBound()) {
        if (wide.columnNames().contains(p.series()) && row >= 0)
          assertThat(wide.doubleColumn(p.series()).isMissing(row)).as(p.series() + " " + p.year()).isTrue();
      } else {
        assertThat(wide.doubleColumn(p.series()).getDouble(row)).as(p.series() + " " + p.year()).isEqualTo(p.value());
      }
    }
    int values = 0;
    for (String c : wide.columnNames())
      if (!c.equals("year")) values += wide.rowCount() - wide.doubleColumn(c).countMissing();
    assertThat(values).isEqualTo(25); // 28 points less the three bounds
  }
}
