package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code datasets/midea/midea_panel.csv}, the single-firm yearly panel in the synthetic panel's column names, is a
 * mechanical rearrangement of {@code series.csv}: this test rebuilds it from the series and requires the committed
 * file to be identical, byte for byte, so that nothing in it is invented and the two files cannot drift apart.
 *
 * <p>Rules of the rebuild: one column per series below; percent figures become fractions by moving the decimal
 * point two places (26.71 → 0.2671, exact in decimal); counts as whole numbers; only exact figures are written —
 * a bound ("more than 50%") or an approximate figure is left out, and a series with no exact figure has no column;
 * one row per year with at least one figure (nothing interpolated), years in order.
 *
 * <p>To rewrite the file after a change to {@code series.csv} or to these rules:
 * {@code mvn -q -o test -Dtest=MideaPanelTest -Dmidea.panel.write=true}.
 */
class MideaPanelTest {
  static final Path PANEL = MideaPaperFiguresTest.DIR.resolve("midea_panel.csv");
  static final String FIRM_ID = "000333";
  static final String FIRM_NAME = "美的集团";

  /** A series of series.csv, the panel column it fills, and whether it is printed in percent. */
  record Mapping(String series, String column, boolean percent) {}

  /** In the synthetic panel's column order: international entrepreneurship, business, technological, outcome. */
  static final List<Mapping> MAPPING = List.of(
      new Mapping("overseas_revenue_share", "overseas_revenue_share", true),
      new Mapping("top5_supplier_purchase_share", "top5_supplier_share", true),
      new Mapping("rd_centres_overseas", "rd_centers_overseas", false),
      // worldwide is not a column of the synthetic panel; named so as not to clash with rd_centers_domestic
      new Mapping("rd_centres_worldwide", "rd_centers_worldwide", false),
      new Mapping("rd_centres_overseas_share", "rd_centers_overseas_share", true),
      // R&D staff relative to *management* staff: not rd_personnel_ratio (R&D staff / all staff), see README
      new Mapping("rd_to_management_personnel_ratio", "rd_to_management_personnel_ratio", true),
      new Mapping("patent_applications", "patent_applications", false));

  /** Series of series.csv that give the panel no column, and why. */
  static final Map<String, String> LEFT_OUT = Map.of(
      "rd_investment", "both figures are lower bounds ('more than 3 billion yuan', 'more than 10 billion yuan')");

  private static CaseStudy midea;

  @BeforeAll
  static void load() throws IOException {
    midea = CaseStudy.load(MideaPaperFiguresTest.DIR);
    if (System.getProperty("midea.panel.write") != null) {
      Files.writeString(PANEL, rebuild(midea), StandardCharsets.UTF_8);
    }
  }

  @Test
  void committedPanelEqualsItsRebuildFromSeries() throws IOException {
    assertThat(Files.readString(PANEL, StandardCharsets.UTF_8)).isEqualTo(rebuild(midea));
  }

  @Test
  void everySeriesIsMappedOrLeftOutForAReason() {
    Set<String> handled = new LinkedHashSet<>();
    for (Mapping m : MAPPING) handled.add(m.series());
    handled.addAll(LEFT_OUT.keySet());
    assertThat(handled).containsExactlyInAnyOrderElementsOf(midea.seriesNames());
    for (Mapping m : MAPPING) {
      assertThat(midea.growth(m.series()).unit()).as(m.series()).isEqualTo(m.percent() ? "percent" : "count");
    }
    for (String s : LEFT_OUT.keySet()) {
      assertThat(midea.series(s)).as(s).allMatch(p -> p.qualifier() != Qualifier.EXACT);
    }
  }

  /** Figures typed from the paper (and the brief), independent of the rebuild. */
  @Test
  void panelHoldsThePapersFiguresAsFractionsAndNoBound() throws IOException {
    Map<String, Map<Integer, String>> cells = read(PANEL);
    assertThat(cells.get("firm_id").values()).containsOnly(FIRM_ID);
    assertThat(cells.get("firm_name").values()).containsOnly(FIRM_NAME);
    assertThat(cells.get("overseas_revenue_share")).containsEntry(2010, "0.2671").containsEntry(2020, "0.423");
    assertThat(cells.get("top5_supplier_share")).containsEntry(2006, "0.1652").containsEntry(2019, "0.0542");
    assertThat(cells.get("rd_centers_overseas")).containsEntry(2017, "10").containsEntry(2018, "11")
        .containsEntry(2019, "18").containsEntry(2020, "18");
    assertThat(cells.get("rd_centers_worldwide")).containsEntry(2017, "20").containsEntry(2020, "28");
    assertThat(cells.get("rd_centers_overseas_share")).containsEntry(2019, "0.6429");
    assertThat(cells.get("patent_applications")).containsEntry(2012, "200").containsEntry(2017, "16934")
        .containsEntry(2019, "13525").containsEntry(2020, "");
    // 27% in 2012 is exact; "more than 50%" in 2016 is a lower bound and must not appear as 0.5
    assertThat(cells.get("rd_to_management_personnel_ratio")).containsEntry(2012, "0.27").containsEntry(2016, "");
    assertThat(cells).doesNotContainKeys("rd_spending", "rd_investment");
    // no year without any figure: 2011 is in no series
    assertThat(cells.get("year").keySet()).containsExactly(2006, 2010, 2012, 2013, 2014, 2015, 2016, 2017, 2018,
        2019, 2020);
  }

  /** The panel as the rules say, as CSV text (UTF-8, LF, no quoting needed: no field holds a comma). */
  static String rebuild(CaseStudy cs) {
    List<Mapping> columns = new ArrayList<>();
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, Map<Integer, String>> values = new HashMap<>();
    for (Mapping m : MAPPING) {
      Map<Integer, String> byYear = new HashMap<>();
      for (CaseSeriesPoint p : cs.series(m.series())) {
        if (p.qualifier() != Qualifier.EXACT) continue;
        BigDecimal printed = BigDecimal.valueOf(p.value());
        byYear.put(p.year(), m.percent() ? printed.movePointLeft(2).stripTrailingZeros().toPlainString()
            : printed.toBigIntegerExact().toString());
        years.add(p.year());
      }
      if (!byYear.isEmpty()) {
        columns.add(m);
        values.put(m.column(), byYear);
      }
    }
    StringBuilder b = new StringBuilder("firm_id,firm_name,year");
    for (Mapping m : columns) b.append(',').append(m.column());
    b.append('\n');
    for (int y : years) {
      b.append(FIRM_ID).append(',').append(FIRM_NAME).append(',').append(y);
      for (Mapping m : columns) b.append(',').append(values.get(m.column()).getOrDefault(y, ""));
      b.append('\n');
    }
    return b.toString();
  }

  /** column → (year → cell text) of a small comma-separated file without quoted fields. */
  static Map<String, Map<Integer, String>> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    String[] head = lines.get(0).split(",", -1);
    Map<String, Map<Integer, String>> out = new HashMap<>();
    for (String h : head) out.put(h, new java.util.LinkedHashMap<>());
    int yearCol = List.of(head).indexOf("year");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(f).as(line).hasSize(head.length);
      int year = Integer.parseInt(f[yearCol]);
      for (int c = 0; c < head.length; c++) out.get(head[c]).put(year, f[c]);
    }
    return out;
  }
}
