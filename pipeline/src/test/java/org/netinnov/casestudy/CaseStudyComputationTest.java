package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.netinnov.casestudy.CaseTestFiles.EVENTS_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.FACTS_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.ONE_FACT;
import static org.netinnov.casestudy.CaseTestFiles.SERIES_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.event;
import static org.netinnov.casestudy.CaseTestFiles.lines;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Growth, CAGR, timeline and event counts. Expected growth figures were computed by hand (Python, from the
 * paper's values) and are typed here as decimals; they are not produced by the code under test.
 */
class CaseStudyComputationTest {
  private static final double TOL = 1e-12;
  private static CaseStudy midea;

  @BeforeAll
  static void load() {
    midea = CaseStudy.load(MideaPaperFiguresTest.DIR);
  }

  @Test
  void patentYearOnYearGrowth() {
    SeriesGrowth g = midea.growth("patent_applications");
    double[] expected = {26.235, 0.35450706811088684, 0.4262672811059909, 0.28727549177991074,
        0.2501107337959545, -0.06135585213180583, -0.14910349166404535};
    assertThat(g.yearOnYear()).hasSize(7);
    for (int i = 0; i < expected.length; i++) {
      Growth y = g.yearOnYear().get(i);
      assertThat(y.fromYear()).isEqualTo(2012 + i);
      assertThat(y.toYear()).isEqualTo(2013 + i);
      assertThat(y.rate()).as("%d", y.toYear()).isCloseTo(expected[i], within(TOL));
      assertThat(y.bound()).isEqualTo(GrowthBound.EXACT);
    }
    assertThat(g.yearOnYear().get(5).change()).isEqualTo(15895 - 16934);
  }

  @Test
  void patentCagrFirstToLast() {
    // (13525 / 200)^(1/7) - 1
    Growth c = midea.growth("patent_applications").cagr().orElseThrow();
    assertThat(c.fromYear()).isEqualTo(2012);
    assertThat(c.toYear()).isEqualTo(2019);
    assertThat(c.years()).isEqualTo(7);
    assertThat(c.rate()).isCloseTo(0.825760877991768, within(TOL));
    assertThat(c.change()).isEqualTo(13325);
    assertThat(c.involvesBound()).isFalse();
  }

  @Test
  void rdCentreGrowth() {
    SeriesGrowth o = midea.growth("rd_centres_overseas");
    double[] yoy = {0.10000000000000009, 0.6363636363636365, 0.0}; // 11/10-1, 18/11-1, 18/18-1
    assertThat(o.yearOnYear()).hasSize(3);
    for (int i = 0; i < yoy.length; i++) {
      assertThat(o.yearOnYear().get(i).rate()).isCloseTo(yoy[i], within(TOL));
    }
    assertThat(o.cagr().orElseThrow().rate()).isCloseTo(0.21644039911467994, within(TOL)); // (18/10)^(1/3)-1
    assertThat(midea.growth("rd_centres_worldwide").cagr().orElseThrow().rate())
        .isCloseTo(0.1186889420813968, within(TOL)); // (28/20)^(1/3)-1
  }

  @Test
  void gapsGiveNoYearOnYearButACagr() {
    SeriesGrowth s = midea.growth("overseas_revenue_share");
    assertThat(s.yearOnYear()).isEmpty();
    Growth c = s.cagr().orElseThrow();
    assertThat(c.years()).isEqualTo(10);
    assertThat(c.rate()).isCloseTo(0.047048135889345755, within(TOL)); // (42.3/26.71)^(1/10)-1
    assertThat(c.change()).isCloseTo(15.59, within(1e-9)); // percentage points
    assertThat(midea.growth("top5_supplier_purchase_share").cagr().orElseThrow().rate())
        .isCloseTo(-0.08215699309863767, within(TOL)); // (5.42/16.52)^(1/13)-1
  }

  @Test
  void lowerBoundsAreFlaggedInGrowth() {
    // 27% (2012) -> more than 50% (2016): the end is a lower bound, so the growth is a lower bound.
    SeriesGrowth ratio = midea.growth("rd_to_management_personnel_ratio");
    assertThat(ratio.hasBoundValues()).isTrue();
    Growth r = ratio.cagr().orElseThrow();
    assertThat(r.rate()).isCloseTo(0.16654517052686102, within(TOL)); // (50/27)^(1/4)-1
    assertThat(r.bound()).isEqualTo(GrowthBound.LOWER_BOUND);
    assertThat(r.involvesBound()).isTrue();

    // more than 3 bn (2013) -> more than 10 bn (2020): both lower bounds pull opposite ways.
    Growth rd = midea.growth("rd_investment").cagr().orElseThrow();
    assertThat(rd.rate()).isCloseTo(0.18767321898012002, within(TOL)); // (10/3)^(1/7)-1
    assertThat(rd.bound()).isEqualTo(GrowthBound.INDETERMINATE);

    assertThat(midea.growth("patent_applications").hasBoundValues()).isFalse();
  }

  @Test
  void boundDirectionForEveryPairOfQualifiers() {
    Qualifier e = Qualifier.EXACT;
    Qualifier more = Qualifier.MORE_THAN;
    Qualifier less = Qualifier.LESS_THAN;
    Qualifier approx = Qualifier.APPROX;
    assertThat(GrowthBound.of(e, e)).isEqualTo(GrowthBound.EXACT);
    assertThat(GrowthBound.of(approx, e)).isEqualTo(GrowthBound.EXACT);
    assertThat(GrowthBound.of(e, more)).isEqualTo(GrowthBound.LOWER_BOUND);
    assertThat(GrowthBound.of(less, e)).isEqualTo(GrowthBound.LOWER_BOUND);
    assertThat(GrowthBound.of(less, more)).isEqualTo(GrowthBound.LOWER_BOUND);
    assertThat(GrowthBound.of(more, e)).isEqualTo(GrowthBound.UPPER_BOUND);
    assertThat(GrowthBound.of(e, less)).isEqualTo(GrowthBound.UPPER_BOUND);
    assertThat(GrowthBound.of(more, less)).isEqualTo(GrowthBound.UPPER_BOUND);
    assertThat(GrowthBound.of(more, more)).isEqualTo(GrowthBound.INDETERMINATE);
    assertThat(GrowthBound.of(less, less)).isEqualTo(GrowthBound.INDETERMINATE);
  }

  @Test
  void approximateValuesMarkTheGrowthApproximate(@TempDir Path dir) {
    CaseTestFiles.write(dir, lines(EVENTS_HEADER, event("E1", 2000, "business")),
        lines(SERIES_HEADER, "team,2010,10000,persons,approx,T,S,", "team,2011,12000,persons,exact,T,S,",
            "single,2015,5,count,exact,T,S,"),
        lines(FACTS_HEADER, ONE_FACT));
    CaseStudy cs = CaseStudy.load(dir);
    Growth g = cs.growth("team").yearOnYear().get(0);
    assertThat(g.approximate()).isTrue();
    assertThat(g.bound()).isEqualTo(GrowthBound.EXACT);
    assertThat(g.rate()).isCloseTo(0.2, within(TOL));
    // one point: no growth at all
    assertThat(cs.growth("single").cagr()).isEmpty();
    assertThat(cs.growth("single").yearOnYear()).isEmpty();
  }

  @Test
  void unsortedSeriesIsOrderedByYearAndGapsAreSkipped(@TempDir Path dir) {
    CaseTestFiles.write(dir, lines(EVENTS_HEADER, event("E1", 2000, "business")),
        lines(SERIES_HEADER, "x,2013,8,count,exact,T,S,", "x,2010,2,count,exact,T,S,",
            "x,2011,4,count,exact,T,S,"),
        lines(FACTS_HEADER, ONE_FACT));
    SeriesGrowth g = CaseStudy.load(dir).growth("x");
    assertThat(g.points()).extracting(CaseSeriesPoint::year).containsExactly(2010, 2011, 2013);
    assertThat(g.yearOnYear()).hasSize(1); // 2010->2011 only; 2011->2013 is not a year-on-year step
    assertThat(g.yearOnYear().get(0).rate()).isCloseTo(1.0, within(TOL));
    assertThat(g.cagr().orElseThrow().rate()).isCloseTo(Math.cbrt(4) - 1, within(TOL)); // (8/2)^(1/3)-1
  }

  @Test
  void eventsPerYearByNetworkTypeOnTheMideaData() {
    EventCountTable t = midea.eventsPerYear();
    assertThat(t.firstYear()).isEqualTo(1988);
    assertThat(t.lastYear()).isEqualTo(2023);
    assertThat(t.years()).hasSize(36).startsWith(1988).endsWith(2023);
    assertThat(t.total()).isEqualTo(30);
    assertThat(t.typeTotal(NetworkType.BUSINESS)).isEqualTo(15);
    assertThat(t.typeTotal(NetworkType.TECHNOLOGICAL)).isEqualTo(12);
    assertThat(t.typeTotal(NetworkType.GOVERNMENT)).isEqualTo(3);
    // 2015: Bosch and SIIX JVs; US R&D centre; Nepal stoves
    assertThat(counts(t, 2015)).containsExactly(1, 2, 1);
    // 2016: Clivet, Toshiba; Jiangnan lab
    assertThat(counts(t, 2016)).containsExactly(0, 2, 1);
    // 2010: Misr; Xi'an Jiaotong and SJTU
    assertThat(counts(t, 2010)).containsExactly(0, 1, 2);
    // gap years are present with zeros
    assertThat(counts(t, 1989)).containsExactly(0, 0, 0);
    assertThat(counts(t, 2020)).containsExactly(0, 0, 0);
    assertThat(t.yearTotal(2023)).isEqualTo(1);
  }

  @Test
  void eventCountsAndTimelineOnAHandMadeFile(@TempDir Path dir) {
    CaseTestFiles.write(dir,
        lines(EVENTS_HEADER, event("A", 2005, "business"), event("B", 2002, "government"),
            event("C", 2005, "technological"), event("D", 2002, "government"), event("E", 2005, "business")),
        lines(SERIES_HEADER, CaseTestFiles.ONE_SERIES), lines(FACTS_HEADER, ONE_FACT));
    CaseStudy cs = CaseStudy.load(dir);
    assertThat(cs.timeline()).extracting(CaseEvent::id).containsExactly("B", "D", "A", "C", "E");
    assertThat(cs.events()).extracting(CaseEvent::id).containsExactly("A", "B", "C", "D", "E");
    EventCountTable t = cs.eventsPerYear();
    assertThat(t.years()).containsExactly(2002, 2003, 2004, 2005);
    assertThat(counts(t, 2002)).containsExactly(2, 0, 0);
    assertThat(counts(t, 2003)).containsExactly(0, 0, 0);
    assertThat(counts(t, 2004)).containsExactly(0, 0, 0);
    assertThat(counts(t, 2005)).containsExactly(0, 2, 1);
    assertThat(t.total()).isEqualTo(5);
  }

  @Test
  void mideaTimelineIsSortedAndKeepsFileOrderWithinAYear() {
    List<CaseEvent> tl = midea.timeline();
    assertThat(tl).hasSize(30);
    for (int i = 1; i < tl.size(); i++) {
      assertThat(tl.get(i).year()).isGreaterThanOrEqualTo(tl.get(i - 1).year());
    }
    assertThat(tl.stream().filter(e -> e.year() == 2015).map(CaseEvent::id))
        .containsExactly("E16", "E17", "E18", "E19");
  }

  private static int[] counts(EventCountTable t, int year) {
    return new int[] {t.count(year, NetworkType.GOVERNMENT), t.count(year, NetworkType.BUSINESS),
        t.count(year, NetworkType.TECHNOLOGICAL)};
  }
}
