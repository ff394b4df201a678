package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of Cai's Midea paper, typed here again from the paper (tables 1-4 and the text), against the
 * shipped dataset {@code datasets/midea}: the CSVs must hold exactly these figures, no more and no fewer.
 */
class MideaPaperFiguresTest {
  /** Maven runs tests from the project root, where {@code datasets/} lives. */
  static final Path DIR = Path.of("datasets", "midea");

  private static CaseStudy midea;

  @BeforeAll
  static void load() {
    midea = CaseStudy.load(DIR);
  }

  private record P(String series, int year, double value, Qualifier q) {}

  private static final List<P> SERIES = List.of(
      // Table 2: Patent applications in the Midea Group
      new P("patent_applications", 2012, 200, Qualifier.EXACT),
      new P("patent_applications", 2013, 5447, Qualifier.EXACT),
      new P("patent_applications", 2014, 7378, Qualifier.EXACT),
      new P("patent_applications", 2015, 10523, Qualifier.EXACT),
      new P("patent_applications", 2016, 13546, Qualifier.EXACT),
      new P("patent_applications", 2017, 16934, Qualifier.EXACT),
      new P("patent_applications", 2018, 15895, Qualifier.EXACT),
      new P("patent_applications", 2019, 13525, Qualifier.EXACT),
      // Table 4: R&D center development of Midea Group
      new P("rd_centres_worldwide", 2017, 20, Qualifier.EXACT),
      new P("rd_centres_worldwide", 2018, 20, Qualifier.EXACT),
      new P("rd_centres_worldwide", 2019, 28, Qualifier.EXACT),
      new P("rd_centres_worldwide", 2020, 28, Qualifier.EXACT),
      new P("rd_centres_overseas", 2017, 10, Qualifier.EXACT),
      new P("rd_centres_overseas", 2018, 11, Qualifier.EXACT),
      new P("rd_centres_overseas", 2019, 18, Qualifier.EXACT),
      new P("rd_centres_overseas", 2020, 18, Qualifier.EXACT),
      new P("rd_centres_overseas_share", 2017, 50.00, Qualifier.EXACT),
      new P("rd_centres_overseas_share", 2018, 55.00, Qualifier.EXACT),
      new P("rd_centres_overseas_share", 2019, 64.29, Qualifier.EXACT),
      new P("rd_centres_overseas_share", 2020, 64.29, Qualifier.EXACT),
      // 4.2.3: "the proportion of total revenue increased from 26.71% to 42.3% today" (2010 to 2020)
      new P("overseas_revenue_share", 2010, 26.71, Qualifier.EXACT),
      new P("overseas_revenue_share", 2020, 42.3, Qualifier.EXACT),
      // 4.2.1: "from 16.52% in 2006 to 5.42% in 2019"
      new P("top5_supplier_purchase_share", 2006, 16.52, Qualifier.EXACT),
      new P("top5_supplier_purchase_share", 2019, 5.42, Qualifier.EXACT),
      // 4.3.2: "from more than 3 billion yuan to more than 10 billion yuan between 2013 and 2020"
      new P("rd_investment", 2013, 3, Qualifier.MORE_THAN),
      new P("rd_investment", 2020, 10, Qualifier.MORE_THAN),
      // 4.3.1: "increased from 27% in 2012 to more than 50% in 2016"
      new P("rd_to_management_personnel_ratio", 2012, 27, Qualifier.EXACT),
      new P("rd_to_management_personnel_ratio", 2016, 50, Qualifier.MORE_THAN));

  @Test
  void seriesHoldExactlyThePapersFigures() {
    Map<String, P> expected = new LinkedHashMap<>();
    SERIES.forEach(p -> expected.put(p.series() + "@" + p.year(), p));
    Map<String, CaseSeriesPoint> actual = new LinkedHashMap<>();
    midea.seriesPoints().forEach(p -> actual.put(p.series() + "@" + p.year(), p));

    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((k, e) -> {
      CaseSeriesPoint a = actual.get(k);
      assertThat(a.value()).as(k).isEqualTo(e.value());
      assertThat(a.qualifier()).as(k).isEqualTo(e.q());
    });
  }

  @Test
  void unitsOfTheSeries() {
    Map<String, String> unit = midea.seriesPoints().stream()
        .collect(Collectors.toMap(CaseSeriesPoint::series, CaseSeriesPoint::unit, (a, b) -> a));
    assertThat(unit).containsExactlyInAnyOrderEntriesOf(Map.of(
        "patent_applications", "count", "rd_centres_worldwide", "count", "rd_centres_overseas", "count",
        "rd_centres_overseas_share", "percent", "overseas_revenue_share", "percent",
        "top5_supplier_purchase_share", "percent", "rd_investment", "billion CNY",
        "rd_to_management_personnel_ratio", "percent"));
  }

  @Test
  void tableFourSharesAreOverseasOverWorldwideRounded() {
    // An independent check of the typing: Table 4's third row is the second row over the first.
    for (int y = 2017; y <= 2020; y++) {
      double overseas = value("rd_centres_overseas", y);
      double worldwide = value("rd_centres_worldwide", y);
      assertThat(value("rd_centres_overseas_share", y)).as("share %d", y)
          .isCloseTo(Math.round(10000 * overseas / worldwide) / 100.0, within(1e-9));
    }
  }

  /**
   * Every dated event of the paper: year | kind | network | classified in Table 3 | counterpart | country | stake.
   */
  private static final Set<String> EVENTS = Set.of(
      // 4.2.3: internationalisation "began in 1988 ... OEM"
      "1988|oem_export|business|false|18 major retail companies and 10 global well-known brand owners||",
      // 4.2.2: president of two chambers "starting from 2004"
      "2004|industry_association|business|false|Guangdong Chamber of Commerce|China|",
      "2004|industry_association|business|false|Shunde Chamber of Commerce|China|",
      // 4.2.1: "Supplier Blacklist Management Measures" in 2006
      "2006|supplier_management|business|false|suppliers||",
      // 4.3.1: universities 2006
      "2006|university_collaboration|technological|false|Tsinghua University|China|",
      "2006|university_collaboration|technological|false|South China University of Technology|China|",
      // Table 3: 2007 Vietnam, business networks
      "2007|production_base|business|true||Vietnam|",
      // 4.1: charity "Since 2008"
      "2008|charity_programme|government|false|charity and public-welfare beneficiaries; local government||",
      // Tables 1 and 3: 2010 Misr (Egypt)
      "2010|acquisition|business|true|Misr Refrigeration And Air Conditioning Manufacturing Co.|Egypt|",
      // 4.3.1: universities 2010
      "2010|university_collaboration|technological|false|Xi'an Jiaotong University|China|",
      "2010|university_collaboration|technological|false|Shanghai Jiao Tong University|China|",
      // Table 1: 2011 Carrier Latin America JV (not in Table 3)
      "2011|joint_venture|business|false|Carrier Corporation||",
      // Table 3: 2012 Carrier India JV
      "2012|joint_venture|business|true|Carrier Corporation|India|",
      // 4.2.1: supplier global cloud platform 2013
      "2013|supplier_management|business|false|suppliers (worldwide)||",
      // 4.3.1: equity incentive plan for R&D personnel since 2014
      "2014|rd_incentive|technological|false|R&D personnel (internal)||",
      // Table 1: 2015 Bosch JV (not in Table 3); Tables 1 and 3: SIIX JV
      "2015|joint_venture|business|false|Robert Bosch GmbH|Germany|",
      "2015|joint_venture|business|true|SIIX|Japan|",
      // Table 3: 2015 US R&D centre, technological; Nepal stoves via Ministry of Commerce, government
      "2015|rd_centre|technological|true||United States|",
      "2015|government_programme|government|true|Chinese Ministry of Commerce|Nepal|",
      // Tables 1 and 3: 2016 Clivet; Toshiba 80.1%
      "2016|acquisition|business|true|Clivet|Italy|",
      "2016|acquisition|business|true|Toshiba Corporation|Japan|80.1",
      // 4.3.1: Jiangnan University joint laboratory, December 2016
      "2016|university_collaboration|technological|false|Jiangnan University|China|",
      // Table 3: 2017 KUKA 94.55%, Servotronix 79.37% (Israel per Table 1)
      "2017|acquisition|business|true|KUKA Schweissanlagen + Roboter GmbH||94.55",
      "2017|acquisition|business|true|Servotronix Motion Control Ltd.|Israel|79.37",
      // 4.3.1: Academician Yuan Longping Workstation 2017
      "2017|research_institute_collaboration|technological|false|Academician Yuan Longping Workstation|China|",
      // Table 3: R&D centres Japan 2019, Germany 2021, Italy 2022
      "2019|rd_centre|technological|true||Japan|",
      "2021|rd_centre|technological|true||Germany|",
      "2022|rd_centre|technological|true||Italy|",
      // 4.3.1: SJTU Open Innovation Joint Laboratory 2019
      "2019|university_collaboration|technological|false|Shanghai Jiao Tong University|China|",
      // Table 3: 2023 Pouso Alegre (Brazil), government networks
      "2023|production_base|government|true|Municipality of Pouso Alegre|Brazil|");

  @Test
  void eventsHoldExactlyThePapersDatedEvents() {
    Set<String> actual = new TreeSet<>();
    for (CaseEvent e : midea.events()) {
      actual.add(e.year() + "|" + e.kind() + "|" + e.networkType().label() + "|" + e.classifiedInPaper() + "|"
          + e.counterpart() + "|" + e.country() + "|" + (e.hasStake() ? stake(e.stakePct()) : ""));
    }
    assertThat(midea.events()).hasSize(EVENTS.size());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(EVENTS);
  }

  @Test
  void yearsOfTheEventsTheBriefNames() {
    assertThat(yearOf("Vietnam")).isEqualTo(2007);
    assertThat(yearOf("Egypt")).isEqualTo(2010);
    assertThat(yearOf("India")).isEqualTo(2012);
    assertThat(yearOfCounterpart("Robert Bosch GmbH")).isEqualTo(2015);
    assertThat(yearOfCounterpart("SIIX")).isEqualTo(2015);
    assertThat(yearOf("United States")).isEqualTo(2015);
    assertThat(yearOf("Nepal")).isEqualTo(2015);
    assertThat(yearOfCounterpart("Clivet")).isEqualTo(2016);
    assertThat(yearOfCounterpart("Toshiba Corporation")).isEqualTo(2016);
    assertThat(yearOfCounterpart("KUKA Schweissanlagen + Roboter GmbH")).isEqualTo(2017);
    assertThat(yearOf("Israel")).isEqualTo(2017);
    assertThat(rdCentreYear("Japan")).isEqualTo(2019);
    assertThat(rdCentreYear("Germany")).isEqualTo(2021);
    assertThat(rdCentreYear("Italy")).isEqualTo(2022);
    assertThat(yearOf("Brazil")).isEqualTo(2023);
    assertThat(midea.events().stream().filter(e -> e.counterpart().equals("Carrier Corporation"))
        .map(e -> e.year() + " " + e.region())).containsExactlyInAnyOrder("2011 Latin America", "2012 Asia");
    assertThat(midea.events().stream().filter(e -> e.networkType() == NetworkType.TECHNOLOGICAL)
        .filter(e -> e.kind().endsWith("collaboration")).map(CaseEvent::year).distinct())
        .containsExactly(2006, 2010, 2016, 2017, 2019);
  }

  @Test
  void stakesAreQuotedInTheirSource() {
    for (CaseEvent e : midea.events()) {
      if (e.hasStake()) {
        assertThat(e.source()).as(e.id()).contains(stake(e.stakePct()) + "%");
      }
    }
  }

  @Test
  void everyRowNamesItsSource() {
    midea.events().forEach(e -> {
      assertThat(e.source()).as(e.id()).isNotBlank();
      assertThat(e.section()).as(e.id()).isNotBlank();
      assertThat(e.classificationBasis()).as(e.id())
          .startsWith(e.classifiedInPaper() ? "explicit: Table 3" : "derived: ");
    });
    midea.seriesPoints().forEach(p -> assertThat(p.source()).as(p.series()).isNotBlank());
    midea.facts().forEach(f -> assertThat(f.source()).as(f.fact()).startsWith("text: '"));
  }

  private record F(double value, double high, Qualifier q, OptionalInt year, OptionalInt yearEnd) {}

  private static F f(double v, Qualifier q) {
    return new F(v, Double.NaN, q, OptionalInt.empty(), OptionalInt.empty());
  }

  private static F f(double v, Qualifier q, int year) {
    return new F(v, Double.NaN, q, OptionalInt.of(year), OptionalInt.empty());
  }

  @Test
  void factsHoldExactlyThePapersOtherFigures() {
    Map<String, F> expected = new LinkedHashMap<>();
    expected.put("founded_year", f(1968, Qualifier.EXACT));
    expected.put("overseas_branches", f(60, Qualifier.MORE_THAN));
    expected.put("countries_and_regions_covered", f(200, Qualifier.MORE_THAN));
    expected.put("planned_additional_sales_outlets", f(17000, Qualifier.TARGET, 2020));
    expected.put("consecutive_years_world_top_invention_patents_home_appliances", f(3, Qualifier.EXACT, 2018));
    expected.put("oem_major_retail_customers", f(18, Qualifier.EXACT, 1988));
    expected.put("oem_global_brand_owner_customers", f(10, Qualifier.EXACT, 1988));
    expected.put("chamber_presidency_duration", f(5, Qualifier.EXACT, 2004));
    expected.put("nepal_induction_stoves", f(10000, Qualifier.EXACT, 2015));
    expected.put("toshiba_global_licence_term", f(40, Qualifier.EXACT, 2016));
    expected.put("toshiba_patented_technologies", f(5000, Qualifier.MORE_THAN, 2016));
    expected.put("overseas_business_income_growth",
        new F(75.7, Double.NaN, Qualifier.EXACT, OptionalInt.of(2010), OptionalInt.of(2020)));
    expected.put("jiangnan_collaboration_duration", f(6, Qualifier.EXACT, 2016));
    expected.put("rd_team_size_at_transition_start", f(10000, Qualifier.LESS_THAN));
    expected.put("rd_team_size_current", f(20000, Qualifier.APPROX));
    expected.put("rd_investment_cumulative",
        new F(60, Double.NaN, Qualifier.MORE_THAN, OptionalInt.of(2013), OptionalInt.of(2020)));
    expected.put("global_rd_centres_named", f(4, Qualifier.EXACT));
    expected.put("rd_centres_guangzhou_shenzhen_chongqing_shanghai", f(28, Qualifier.EXACT));
    expected.put("patent_applications_cumulative", f(60000, Qualifier.APPROX, 2021));
    expected.put("consecutive_years_first_in_patents_granted_home_appliances", f(5, Qualifier.EXACT));
    expected.put("donation_outlay_multiple_since_2018",
        new F(3, 6, Qualifier.RANGE, OptionalInt.of(2018), OptionalInt.empty()));

    assertThat(midea.facts()).extracting(CaseFact::fact).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (CaseFact a : midea.facts()) {
      F e = expected.get(a.fact());
      assertThat(a.value()).as(a.fact()).isEqualTo(e.value());
      assertThat(Double.valueOf(a.valueHigh())).as(a.fact()).isEqualTo(Double.valueOf(e.high())); // NaN == NaN here
      assertThat(a.qualifier()).as(a.fact()).isEqualTo(e.q());
      assertThat(a.year()).as(a.fact()).isEqualTo(e.year());
      assertThat(a.yearEnd()).as(a.fact()).isEqualTo(e.yearEnd());
    }
  }

  private static String stake(double pct) {
    return java.math.BigDecimal.valueOf(pct).stripTrailingZeros().toPlainString();
  }

  private static double value(String series, int year) {
    return midea.series(series).stream().filter(p -> p.year() == year).findFirst().orElseThrow().value();
  }

  private static int yearOf(String country) {
    return single(midea.events().stream().filter(e -> e.country().equals(country)).toList());
  }

  private static int yearOfCounterpart(String counterpart) {
    return single(midea.events().stream().filter(e -> e.counterpart().equals(counterpart)).toList());
  }

  private static int rdCentreYear(String country) {
    return single(midea.events().stream().filter(e -> e.kind().equals("rd_centre") && e.country().equals(country))
        .toList());
  }

  private static int single(List<CaseEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0).year();
  }
}
