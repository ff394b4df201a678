package org.netinnov.report;

import org.netinnov.report.bench.Fits;
import org.netinnov.report.bench.SampleWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/** Writes the sample workbook once and reads it back with POI. */
class ExcelWriterTest {
  static final int PANEL_ROWS = 600;

  @TempDir
  static Path dir;
  static Report report;
  static XSSFWorkbook wb;

  @BeforeAll
  static void write() throws Exception {
    report = SampleWorkbook.report(6, PANEL_ROWS);
    Path xlsx = dir.resolve("out/report.xlsx");
    ExcelWriter.write(report, xlsx);
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws Exception {
    wb.close();
  }

  @Test
  void contentsFirstThenSheetsInOrder() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
    List<String> expected = new ArrayList<>(List.of("Contents"));
    for (Sheet s : report.sheets()) expected.add(s.name());
    assertThat(names).isEqualTo(expected);
    assertThat(wb.getActiveSheetIndex()).isZero();
    // only the written file is in the folder (no temporary files beside it)
    assertThat(dir.resolve("out").toFile().list()).containsExactly("report.xlsx");
  }

  @Test
  void contentsLinksEveryTableToItsTitleCell() {
    XSSFSheet contents = wb.getSheet("Contents");
    Map<String, String> linkByText = new HashMap<>();
    for (Hyperlink h : contents.getHyperlinkList()) {
      XSSFCell c = contents.getRow(h.getFirstRow()).getCell(h.getFirstColumn());
      linkByText.put(c.getStringCellValue(), h.getAddress());
    }
    int tables = 0;
    for (Sheet s : report.sheets()) {
      assertThat(linkByText).containsKey(s.name());
      for (Block b : s.blocks()) {
        if (!(b instanceof Block.TableBlock tb)) continue;
        tables++;
        Table t = tb.table();
        String address = linkByText.get(t.id());
        assertThat(address).as("link for %s", t.id()).isNotNull();
        CellReference ref = new AreaReference(address, wb.getSpreadsheetVersion()).getFirstCell();
        assertThat(ref.getSheetName()).isEqualTo(s.name());
        XSSFCell target = wb.getSheet(s.name()).getRow(ref.getRow()).getCell(ref.getCol());
        assertThat(target.getStringCellValue()).isEqualTo(t.title());
      }
    }
    assertThat(tables).isEqualTo(5);
    // run facts from report.meta, in order, at the top
    assertThat(contents.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Data");
    assertThat(contents.getRow(3).getCell(1).getStringCellValue()).isEqualTo("datasets/synthetic/panel.csv");
  }

  private static int findRow(XSSFSheet sh, int col, String text, int from) {
    for (int r = from; r <= sh.getLastRowNum(); r++) {
      Row row = sh.getRow(r);
      if (row == null || row.getCell(col) == null) continue;
      if (row.getCell(col).getCellType() == CellType.STRING && text.equals(row.getCell(col).getStringCellValue()))
        return r;
    }
    return -1;
  }

  @Test
  void mainTableLooksLikeAJournalTable() {
    XSSFSheet sh = wb.getSheet("Main models");
    assertThat(sh.isDisplayGridlines()).isFalse();
    assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5); // title + 4 header rows
    int gov = findRow(sh, 0, "Government network", 0);
    assertThat(gov).isEqualTo(5);
    XSSFCell coef = sh.getRow(gov).getCell(1);
    assertThat(coef.getCellType()).isEqualTo(CellType.STRING);
    assertThat(coef.getStringCellValue()).isEqualTo("0.235***"); // 0.2345678, z = 5.7
    assertThat(sh.getRow(gov + 1).getCell(1).getStringCellValue()).isEqualTo("(0.041)");
    assertThat(sh.getIgnoredErrors().get(org.apache.poi.ss.usermodel.IgnoredErrorType.NUMBER_STORED_AS_TEXT))
        .anyMatch(r -> r.isInRange(gov + 1, 1));
    // rules: above the header (top of row 1), below the header, below the last body row, on every column
    Table t = ((Block.TableBlock) report.sheets().get(1).blocks().get(0)).table();
    int last = t.header().size() + t.body().size();
    for (int c = 0; c < t.columns(); c++) {
      assertThat(sh.getRow(1).getCell(c).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
      assertThat(sh.getRow(4).getCell(c).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
      assertThat(sh.getRow(last).getCell(c).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
      assertThat(sh.getRow(gov).getCell(c).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.NONE);
    }
    for (int i : t.rulesAfter())
      assertThat(sh.getRow(1 + t.header().size() + i).getCell(0).getCellStyle().getBorderBottom())
          .isEqualTo(BorderStyle.THIN);
    // N is a number with the integer format, not text
    XSSFCell n = sh.getRow(findRow(sh, 0, "N", 0)).getCell(1);
    assertThat(n.getNumericCellValue()).isEqualTo(4321);
    assertThat(n.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    XSSFCell r2 = sh.getRow(findRow(sh, 0, "R²", 0)).getCell(1);
    assertThat(r2.getNumericCellValue()).isEqualTo(0.3812);
    assertThat(r2.getCellStyle().getDataFormatString()).isEqualTo("0.000");
    // the failed model: text in its column, reason as a comment
    XSSFCell failed = sh.getRow(gov).getCell(6);
    assertThat(failed.getStringCellValue()).isEqualTo("Not estimated");
    assertThat(failed.getCellComment().getString().getString()).contains("too many instruments");
    // notes in italics under the table
    XSSFCell note = sh.getRow(last + 1).getCell(0);
    assertThat(note.getStringCellValue()).startsWith("Standard errors in parentheses");
    assertThat(wb.getFontAt(note.getCellStyle().getFontIndex()).getItalic()).isTrue();
    // one font family throughout, explicit widths
    for (int i = 0; i < wb.getNumberOfFonts(); i++) assertThat(wb.getFontAt(i).getFontName()).isEqualTo("Arial");
    assertThat(sh.getColumnWidth(0)).isEqualTo(256 * ExcelLayout.widths(report.sheets().get(1), 3)[0]);
  }

  @Test
  void modelDetailsHoldTheFitsValuesToFullPrecision() {
    XSSFSheet sh = wb.getSheet("Model details");
    List<ModelResult> models = SampleWorkbook.models(6);
    int row = findRow(sh, 0, "Model", 0) + 1;
    int checked = 0;
    for (int m = 0; m < models.size(); m++) {
      Fit f = models.get(m).fit();
      if (f == null) {
        assertThat(sh.getRow(row).getCell(1).getStringCellValue()).isEqualTo("not estimated");
        row++;
        continue;
      }
      for (int j = 0; j < f.k(); j++, row++) {
        assertThat(sh.getRow(row).getCell(1).getStringCellValue()).isEqualTo(f.terms().get(j));
        assertThat(sh.getRow(row).getCell(ModelDetails.COL_ESTIMATE).getNumericCellValue()).isEqualTo(f.coef()[j]);
        assertThat(sh.getRow(row).getCell(ModelDetails.COL_ESTIMATE + 1).getNumericCellValue()).isEqualTo(f.se(j));
        assertThat(sh.getRow(row).getCell(ModelDetails.COL_ESTIMATE).getCellStyle().getDataFormatString())
            .isEqualTo("0.000000");
        assertThat(sh.getRow(row).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("[<0.001]\"<0.001\";0.000"); // README: p below 0.001 reads <0.001
        checked++;
      }
    }
    assertThat(checked).isEqualTo(7 + 6 + 6 + 8 + 6);
  }

  @Test
  void nanIsABlankCell() {
    XSSFSheet sh = wb.getSheet("Sample");
    int r = findRow(sh, 0, "海外子公司数", 0);
    assertThat(r).isPositive();
    XSSFCell sd = sh.getRow(r).getCell(3);
    assertThat(sd.getCellType()).isEqualTo(CellType.BLANK);
    assertThat(sh.getRow(r).getCell(6).getNumericCellValue()).isEqualTo(0.1030);
    assertThat(sh.getRow(r).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    // nowhere an error cell or the text NaN
    for (org.apache.poi.ss.usermodel.Sheet s : wb)
      for (Row row : s)
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          assertThat(c.getCellType()).isNotEqualTo(CellType.ERROR);
          if (c.getCellType() == CellType.STRING) assertThat(c.getStringCellValue()).doesNotContain("NaN");
        }
  }

  @Test
  void nativeCharts() {
    assertThat(charts("Lag structure")).hasSize(1);
    assertThat(charts("Indices")).hasSize(1);
    assertThat(charts("Midea case")).hasSize(2);
    assertThat(charts("Main models")).isEmpty();
    XSSFChart interval = charts("Lag structure").get(0);
    assertThat(interval.getTitleText().getString()).isEqualTo("Government network: coefficient by lag (95% CI)");
    // estimate + lower + upper as line series; the upper bound's legend entry hidden
    assertThat(interval.getCTChart().getPlotArea().getLineChartArray(0).getSerArray()).hasSize(3);
    assertThat(interval.getCTChart().getLegend().getLegendEntryArray(0).getDelete().getVal()).isTrue();
    XSSFChart bar = charts("Midea case").get(1);
    assertThat(bar.getCTChart().getPlotArea().getBarChartArray(0).getSerArray()).hasSize(2);
    // the series read the data table written beside the chart
    String ref = interval.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).getVal().getNumRef().getF();
    assertThat(ref).isEqualTo("'Lag structure'!$B$3:$B$6");
    assertThat(wb.getSheet("Lag structure").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.0912);
  }

  private static List<XSSFChart> charts(String sheet) {
    XSSFDrawing d = wb.getSheet(sheet).getDrawingPatriarch();
    return d == null ? List.of() : d.getCharts();
  }

  @Test
  void panelStreamedBelowNothingElse() {
    XSSFSheet sh = wb.getSheet("Panel");
    assertThat(sh.getLastRowNum()).isEqualTo(PANEL_ROWS);
    assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("firm");
    Block.DataBlock db = (Block.DataBlock) report.sheets().get(report.sheets().size() - 1).blocks().get(0);
    double[] gov = db.numeric().get(4);
    int nan = 0;
    for (int i = 0; i < PANEL_ROWS; i++) {
      XSSFCell c = sh.getRow(i + 1).getCell(4);
      if (Double.isNaN(gov[i])) {
        assertThat(c).isNull();
        nan++;
      } else {
        assertThat(c.getNumericCellValue()).isEqualTo(gov[i]);
      }
    }
    assertThat(nan).isPositive();
    assertThat(sh.getRow(1).getCell(1).getStringCellValue()).isEqualTo("公司0");
    assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
  }

  @Test
  void tablesAndChartsAboveAStreamedPanelSurvive(@TempDir Path tmp) throws Exception {
    Sheet mixed = new Sheet("Mixed", List.of(new Block.TableBlock(SampleWorkbook.descriptives()),
        new Block.ChartBlock(SampleWorkbook.indexChart()), SampleWorkbook.panel(50)));
    Path xlsx = tmp.resolve("m.xlsx");
    ExcelWriter.write(new Report("m", Map.of(), List.of(mixed), 3), xlsx);
    try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      XSSFSheet sh = back.getSheet("Mixed");
      assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Table 1. Descriptive statistics");
      assertThat(sh.getDrawingPatriarch().getCharts()).hasSize(1);
      List<ExcelLayout.Placement> p = ExcelLayout.plan(mixed, 3).placements();
      int head = p.get(2).firstRow();
      assertThat(sh.getRow(head).getCell(0).getStringCellValue()).isEqualTo("firm");
      assertThat(sh.getLastRowNum()).isEqualTo(head + 50);
    }
  }

  @Test
  void rejectsWhatExcelWouldRefuse(@TempDir Path tmp) {
    Sheet a = new Sheet("Results", List.of());
    Sheet b = new Sheet("results", List.of());
    assertThatThrownBy(() -> ExcelWriter.write(new Report("r", Map.of(), List.of(a, b), 3), tmp.resolve("x.xlsx")))
        .hasMessageContaining("duplicate sheet name");
    Sheet c = new Sheet("Contents", List.of());
    assertThatThrownBy(() -> ExcelWriter.write(new Report("r", Map.of(), List.of(c), 3), tmp.resolve("x.xlsx")))
        .hasMessageContaining("Contents");
    Sheet d = new Sheet("Data", List.of(SampleWorkbook.panel(3), new Block.TableBlock(SampleWorkbook.descriptives())));
    assertThatThrownBy(() -> ExcelWriter.write(new Report("r", Map.of(), List.of(d), 3), tmp.resolve("x.xlsx")))
        .hasMessageContaining("last block");
    assertThat(tmp.resolve("x.xlsx")).doesNotExist();
  }
}
