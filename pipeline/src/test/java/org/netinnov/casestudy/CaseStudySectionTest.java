package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.report.CsvTables;
import org.netinnov.report.ExcelWriter;
import org.netinnov.report.PngCharts;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;
import org.netinnov.report.sections.CaseStudySection;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The case sheets built from the real {@code datasets/midea} files: what each sheet holds, checked against the
 * reference computations ({@link EventCountTable}), against {@code series.csv} read independently (with Tablesaw's
 * CSV reader, not the case loader), and against figures typed from the paper; and the workbook they render to.
 */
class CaseStudySectionTest {
  private static final String FIRM = "Midea Group";
  private static CaseStudy midea;
  private static List<Sheet> sheets;

  @BeforeAll
  static void build() {
    midea = CaseStudy.load(MideaPaperFiguresTest.DIR);
    sheets = CaseStudySection.sheets(midea, FIRM);
  }

  @Test
  void fiveSheetsInReadingOrder() {
    assertThat(sheets).extracting(Sheet::name).containsExactly("Case timeline", "Case events by year", "Case series",
        "Case facts", "Extend to a panel");
    for (Sheet s : sheets) assertThat(s.name().length()).isLessThanOrEqualTo(31);
    assertThatThrownBy(() -> CaseStudySection.sheets(midea, " ")).hasMessageContaining("case_study.firm");
  }

  @Test
  void timelineListsEveryEventByYearInFileOrder() {
    Table t = table("Case timeline", "case_timeline");
    assertThat(t.title()).isEqualTo("Midea Group: key events of international entrepreneurship, 1988–2023");
    assertThat(t.body()).hasSize(30);
    List<String> ids = new ArrayList<>();
    double previous = 0;
    for (List<Cell> r : t.body()) {
      assertThat(r.get(0).kind()).isEqualTo(Cell.Kind.NUMBER);
      assertThat(r.get(0).number()).isGreaterThanOrEqualTo(previous);
      previous = r.get(0).number();
      ids.add(r.get(1).text());
    }
    assertThat(ids).containsExactlyElementsOf(midea.timeline().stream().map(CaseEvent::id).toList());
    int stake = column(t, "Stake (%)");
    assertThat(t.header().get(0).get(stake).note()).contains("percent");
    assertThat(row(t, 1, "E21").get(stake).number()).isEqualTo(80.1); // Toshiba, Table 3
    assertThat(row(t, 1, "E24").get(stake).number()).isEqualTo(79.37); // Servotronix
    assertThat(row(t, 1, "E01").get(stake).isBlank()).as("no stake reported: blank, not 0").isTrue();
    assertThat(row(t, 1, "E19").get(column(t, "Network type")).text()).isEqualTo("Government"); // Nepal stoves
    assertThat(row(t, 1, "E19").get(column(t, "Classified by")).text()).isEqualTo("paper (Table 3)");
  }

  @Test
  void eventsPerYearEqualEventCountTable() {
    EventCountTable ref = midea.eventsPerYear();
    Table t = table("Case events by year", "case_events_by_year");
    List<Integer> years = new ArrayList<>();
    for (List<Cell> r : t.body().subList(0, t.body().size() - 1)) {
      int y = (int) r.get(0).number();
      years.add(y);
      for (NetworkType type : NetworkType.values())
        assertThat(r.get(1 + type.ordinal()).number()).as(y + " " + type).isEqualTo(ref.count(y, type));
      assertThat(r.get(4).number()).as(y + " total").isEqualTo(ref.yearTotal(y));
    }
    List<Integer> withEvents = new ArrayList<>();
    for (int y : ref.years()) if (ref.yearTotal(y) > 0) withEvents.add(y);
    assertThat(years).containsExactlyElementsOf(withEvents);
    List<Cell> total = t.body().get(t.body().size() - 1);
    assertThat(total.get(0).text()).isEqualTo("Total");
    assertThat(total.get(0).bold()).isTrue();
    assertThat(total.subList(1, 5)).extracting(Cell::number).containsExactly(3.0, 15.0, 12.0, 30.0);

    Chart bar = chart("Case events by year", "case_events_per_year");
    assertThat(bar.kind()).isEqualTo(Chart.Kind.BAR);
    assertThat(bar.categories()).containsExactlyElementsOf(withEvents.stream().map(String::valueOf).toList());
    assertThat(bar.series()).extracting(Chart.Series::name).containsExactly("Government", "Business", "Technological");
    for (int i = 0; i < withEvents.size(); i++)
      for (NetworkType type : NetworkType.values())
        assertThat(bar.series().get(type.ordinal()).y()[i]).isEqualTo(ref.count(withEvents.get(i), type));

    Chart running = chart("Case events by year", "case_events_cumulative");
    assertThat(running.kind()).isEqualTo(Chart.Kind.LINE);
    assertThat(running.x()).hasSize(36).startsWith(1988).endsWith(2023);
    for (NetworkType type : NetworkType.values()) {
      double[] y = running.series().get(type.ordinal()).y();
      assertThat(y[y.length - 1]).isEqualTo(ref.typeTotal(type));
      assertThat(y[2015 - 1988]).isEqualTo(countUpTo(ref, type, 2015));
    }
    Table kinds = table("Case events by year", "case_events_by_kind");
    assertThat(row(kinds, 0, "University collaboration").subList(1, 5)).extracting(Cell::number)
        .containsExactly(0.0, 0.0, 6.0, 6.0);
  }

  private static int countUpTo(EventCountTable ref, NetworkType type, int year) {
    int s = 0;
    for (int y = ref.firstYear(); y <= year; y++) s += ref.count(y, type);
    return s;
  }

  /** Every row of series.csv appears with its value as a number cell; bounds are marked beside it. */
  @Test
  void seriesValuesEqualTheCsvAndBoundsAreMarked() throws Exception {
    tech.tablesaw.api.Table csv;
    try (InputStream in = Files.newInputStream(MideaPaperFiguresTest.DIR.resolve("series.csv"))) {
      csv = tech.tablesaw.api.Table.read().usingOptions(CsvReadOptions.builder(in).columnTypes(name -> switch (name) {
        case "year" -> ColumnType.INTEGER;
        case "value" -> ColumnType.DOUBLE;
        default -> ColumnType.STRING;
      }));
    }
    Table t = table("Case series", "case_series");
    assertThat(t.body()).hasSize(csv.rowCount());
    Map<String, List<Cell>> byKey = new LinkedHashMap<>();
    for (List<Cell> r : t.body()) byKey.put(r.get(0).text() + "|" + (int) r.get(1).number(), r);
    int value = column(t, "Value");
    int reported = column(t, "Reported as");
    int unit = column(t, "Unit");
    for (int i = 0; i < csv.rowCount(); i++) {
      String series = csv.stringColumn("series").get(i);
      int year = csv.intColumn("year").getInt(i);
      List<Cell> r = byKey.get(CaseLabels.series(series) + "|" + year);
      assertThat(r).as(series + " " + year).isNotNull();
      assertThat(r.get(value).kind()).isIn(Cell.Kind.NUMBER, Cell.Kind.INTEGER);
      assertThat(r.get(value).number()).as(series + " " + year).isEqualTo(csv.doubleColumn("value").getDouble(i));
      assertThat(r.get(unit).text()).isEqualTo(csv.stringColumn("unit").get(i));
      boolean bound = csv.stringColumn("qualifier").get(i).equals("more_than");
      assertThat(r.get(reported).isBlank()).as(series + " " + year).isEqualTo(!bound);
    }
    assertThat(byKey.get("R&D investment|2013").get(reported).text()).isEqualTo("> 3 billion CNY");
    assertThat(byKey.get("R&D investment|2020").get(reported).text()).isEqualTo("> 10 billion CNY");
    assertThat(byKey.get("R&D to management personnel ratio|2016").get(reported).text()).isEqualTo("> 50%");
    assertThat(t.notes()).anyMatch(n -> n.contains("26.71 means 26.71 %"));

    int growth = column(t, "Growth on previous year");
    int is = column(t, "Growth is");
    List<Cell> p2013 = byKey.get("Patent applications|2013");
    assertThat(p2013.get(growth).kind()).isEqualTo(Cell.Kind.PERCENT);
    assertThat(p2013.get(growth).number()).isCloseTo(26.235, within(1e-12)); // 5447 / 200 - 1
    assertThat(p2013.get(is).text()).isEqualTo("exact");
    assertThat(byKey.get("Patent applications|2012").get(growth).isBlank()).as("no 2011 figure").isTrue();
    assertThat(byKey.get("Overseas revenue share|2020").get(growth).isBlank()).as("2019 not reported").isTrue();

    Table cagr = table("Case series", "case_series_growth");
    int rate = column(cagr, "CAGR");
    int flag = column(cagr, "CAGR is");
    // (13,525 / 200)^(1/7) − 1: the paper's patent applications 2012 → 2019 (datasets/midea/series.csv)
    assertThat(row(cagr, 0, "Patent applications").get(rate).number()).isCloseTo(0.825760877991768, within(1e-12));
    assertThat(row(cagr, 0, "R&D investment").get(flag).text()).isEqualTo("indeterminate");
    assertThat(row(cagr, 0, "R&D to management personnel ratio").get(flag).text()).isEqualTo("lower bound");
    assertThat(row(cagr, 0, "Top-5 supplier purchase share").get(flag).text()).isEqualTo("exact");
  }

  @Test
  void seriesChartsShowTheValuesLikeThePapersFigures() {
    List<Chart> charts = charts("Case series");
    assertThat(charts).extracting(Chart::id).containsExactly("case_series_patent_applications",
        "case_series_rd_centres_worldwide", "case_series_rd_centres_overseas_share", "case_series_first_last_percent");
    Chart patents = charts.get(0);
    assertThat(patents.kind()).isEqualTo(Chart.Kind.LINE);
    assertThat(patents.x()).containsExactly(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019);
    assertThat(patents.series().get(0).y()).containsExactly(200, 5447, 7378, 10523, 13546, 16934, 15895, 13525);
    Chart centres = charts.get(1);
    assertThat(centres.x()).containsExactly(2017, 2018, 2019, 2020);
    assertThat(centres.series()).extracting(Chart.Series::name).containsExactly("R&D centres worldwide",
        "R&D centres overseas");
    assertThat(centres.series().get(0).y()).containsExactly(20, 20, 28, 28);
    assertThat(centres.series().get(1).y()).containsExactly(10, 11, 18, 18);
    assertThat(charts.get(2).series().get(0).y()).containsExactly(50, 55, 64.29, 64.29);
    Chart shares = charts.get(3);
    assertThat(shares.kind()).isEqualTo(Chart.Kind.BAR);
    assertThat(shares.categories()).containsExactly("Overseas revenue share, 2010 → 2020",
        "Top-5 supplier purchase share, 2006 → 2019");
    assertThat(shares.series().get(0).y()).containsExactly(26.71, 16.52);
    assertThat(shares.series().get(1).y()).containsExactly(42.3, 5.42);
    // the R&D-to-management ratio has one value and one bound (> 50%), R&D investment only bounds: no chart
    for (Chart c : charts) assertThat(c.series()).noneMatch(s -> s.name().startsWith("R&D to") || s.name().startsWith("R&D inv"));
  }

  @Test
  void factsKeepTheirQualifiers() {
    Table t = table("Case facts", "case_facts");
    assertThat(t.body()).hasSize(midea.facts().size());
    int reported = column(t, "Reported as");
    assertThat(row(t, 0, "Overseas branches").get(reported).text()).isEqualTo("> 60");
    assertThat(row(t, 0, "R&D team size current").get(reported).text()).isEqualTo("≈ 20,000 persons");
    assertThat(row(t, 0, "Planned additional sales outlets").get(reported).text()).isEqualTo("target: 17,000");
    assertThat(row(t, 0, "Donation outlay multiple since 2018").get(reported).text()).isEqualTo("3–6 times");
    assertThat(row(t, 0, "Donation outlay multiple since 2018").get(column(t, "Upper end")).number()).isEqualTo(6);
    assertThat(row(t, 0, "Founded year").get(column(t, "Value")).number()).isEqualTo(1968);
    assertThat(row(t, 0, "Founded year").get(reported).isBlank()).isTrue();
    assertThat(row(t, 0, "Founded year").get(column(t, "Year")).isBlank()).isTrue();
  }

  @Test
  void extendSheetListsThePanelColumnsAndTheConfigKeys() {
    Table t = table("Extend to a panel", "case_panel_columns");
    assertThat(t.body()).extracting(r -> r.get(1).text())
        .containsExactlyElementsOf(PanelExtension.columns().stream().map(PanelColumn::column).toList());
    Block.TextBlock how = sheet("Extend to a panel").blocks().stream().filter(b -> b instanceof Block.TextBlock)
        .map(b -> (Block.TextBlock) b).findFirst().orElseThrow();
    String text = String.join(" ", how.paragraphs());
    for (String key : List.of("data:", "clean:", "indices:", "models:", "lags:", "mediation:", "hypotheses:",
        "config/default.yaml", "config/midea-case.yaml", "at least two firms"))
      assertThat(text).contains(key);
  }

  /** The sheets render: an .xlsx with native charts that POI reads back, CSV tables and PNG charts. */
  @Test
  void workbookRendersWithNativeCharts(@TempDir Path tmp) throws Exception {
    Report report = new Report("midea-case", Map.of("Run", "midea-case"), sheets, 3);
    Path xlsx = tmp.resolve("case.xlsx");
    ExcelWriter.write(report, xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(6);
      assertThat(wb.getSheetName(0)).isEqualTo("Contents");
      for (Sheet s : sheets) assertThat(wb.getSheet(s.name())).as(s.name()).isNotNull();
      assertThat(charts(wb, "Case timeline")).isEmpty();
      List<XSSFChart> events = charts(wb, "Case events by year");
      assertThat(events).hasSize(2);
      assertThat(events.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray()).hasSize(3);
      assertThat(events.get(1).getCTChart().getPlotArea().getLineChartArray(0).getSerArray()).hasSize(3);
      List<XSSFChart> series = charts(wb, "Case series");
      assertThat(series).hasSize(4);
      assertThat(series.get(0).getTitleText().getString()).isEqualTo("Midea Group: patent applications, 2012–2019");
      assertThat(series.get(1).getCTChart().getPlotArea().getLineChartArray(0).getSerArray()).hasSize(2);

      XSSFSheet sh = wb.getSheet("Case series");
      Row p2012 = findRow(sh, "Patent applications");
      assertThat(p2012.getCell(1).getNumericCellValue()).isEqualTo(2012);
      assertThat(p2012.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(p2012.getCell(2).getNumericCellValue()).isEqualTo(200);
      assertThat(p2012.getCell(6).getCellType()).as("no growth for the first year: blank").isEqualTo(CellType.BLANK);
      Row rd = findRow(sh, "R&D investment");
      assertThat(rd.getCell(2).getNumericCellValue()).isEqualTo(3);
      assertThat(rd.getCell(3).getStringCellValue()).isEqualTo("> 3 billion CNY");
    }
    assertThat(CsvTables.write(report, tmp)).hasSize(7);
    assertThat(PngCharts.write(report, tmp)).hasSize(6).allMatch(Files::isRegularFile);
  }

  private static Row findRow(XSSFSheet sh, String first) {
    for (Row r : sh)
      if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
          && r.getCell(0).getStringCellValue().equals(first)) return r;
    throw new AssertionError("no row starting with " + first + " on " + sh.getSheetName());
  }

  private static List<XSSFChart> charts(XSSFWorkbook wb, String sheet) {
    var d = wb.getSheet(sheet).getDrawingPatriarch();
    return d == null ? List.of() : d.getCharts();
  }

  private static Sheet sheet(String name) {
    return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static Table table(String sheet, String id) {
    return sheet(sheet).blocks().stream().filter(b -> b instanceof Block.TableBlock).map(b -> ((Block.TableBlock) b).table())
        .filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
  }

  private static Chart chart(String sheet, String id) {
    return charts(sheet).stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + id));
  }

  private static List<Chart> charts(String sheet) {
    return sheet(sheet).blocks().stream().filter(b -> b instanceof Block.ChartBlock)
        .map(b -> ((Block.ChartBlock) b).chart()).toList();
  }

  private static int column(Table t, String header) {
    List<Cell> h = t.header().get(0);
    for (int c = 0; c < h.size(); c++) if (header.equals(h.get(c).text())) return c;
    throw new AssertionError("no column " + header + " in " + t.id());
  }

  private static List<Cell> row(Table t, int col, String text) {
    for (List<Cell> r : t.body()) if (text.equals(r.get(col).text())) return r;
    throw new AssertionError("no row with " + text + " in " + t.id());
  }
}
