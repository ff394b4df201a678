package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming XLSX reader against POI's in-memory reader ({@link XlsxSource}) on the same workbooks: every column's
 * role, values, texts and years, the facts and the row count must be identical. The workbooks hold what real exports
 * hold: shared and inline strings, rich text, numbers with formats (codes shown as 000000, percentages, dates, a
 * 1904-based workbook), booleans, error cells, formula cells with cached results, absent rows and cells, blank
 * styled cells, XML specials, CR/LF, Chinese and characters outside the BMP.
 */
class XlsxStreamingTest {
  @TempDir Path dir;

  private static final NumberParser PARSER = new NumberParser(CleanSpec.DEFAULT_MISSING, true);

  private RawTable read(Path file, boolean streaming, String sheet, int skip, int description) throws Exception {
    // no firm_width: codes keep only the zeros their number format shows
    var opts = new TableBuilder.Options("x.xlsx", file, "firm", "year", Map.of(), FirmIds.AS_WRITTEN, Set.of(),
        Set.of());
    TableBuilder tb = new TableBuilder(opts, PARSER, 64);
    return streaming ? XlsxStreamSource.read(tb, sheet, skip, description) : XlsxSource.read(tb, sheet, skip, description);
  }

  private void assertSame(Path file, String sheet, int skip, int description) throws Exception {
    RawTable a = read(file, false, sheet, skip, description), b = read(file, true, sheet, skip, description);
    assertThat(b.rows()).isEqualTo(a.rows());
    assertThat(b.lines()).containsExactly(a.lines());
    assertThat(b.facts()).isEqualTo(a.facts());
    assertThat(b.columns()).hasSameSizeAs(a.columns());
    for (RawColumn ca : List.of(a.firm(), a.year())) compare(ca, ca == a.firm() ? b.firm() : b.year());
    for (int i = 0; i < a.columns().size(); i++) compare(a.columns().get(i), b.columns().get(i));
  }

  private static void compare(RawColumn a, RawColumn b) {
    assertThat(b.name).isEqualTo(a.name);
    assertThat(b.role()).as(a.name).isEqualTo(a.role());
    assertThat(b.size()).as(a.name).isEqualTo(a.size());
    switch (a.role()) {
      case NUMERIC -> assertThat(b.numbers()).as(a.name).containsExactly(a.numbers());
      case YEAR -> assertThat(b.years()).as(a.name).containsExactly(a.years());
      default -> assertThat(b.texts()).as(a.name).containsExactly(a.texts());
    }
    for (int k = 0; k < 7; k++) { // every kind of cell the column counts, with its first examples
      assertThat(b.count(k)).as(a.name + " count " + k).isEqualTo(a.count(k));
      assertThat(b.examples(k)).as(a.name + " examples " + k).isEqualTo(a.examples(k));
    }
    assertThat(b.byMarker()).as(a.name).containsExactly(a.byMarker());
  }

  private Path messyWorkbook(boolean date1904) throws Exception {
    Path file = dir.resolve(date1904 ? "messy1904.xlsx" : "messy.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      if (date1904) {
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        assertThat(wb.isDate1904()).isTrue();
      }
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("export of 2024-05-01");
      Sheet s = wb.createSheet("data & more");
      CellStyle code = style(wb, "000000"), pct = style(wb, "0.00%"), date = style(wb, "yyyy-mm-dd"),
          money = style(wb, "#,##0.00");
      String[] head = {"firm", "year", "revenue", "share", "name", "flag", "note", "listed", "score"};
      Row h = s.createRow(1); // a title row above stays empty: skip_rows = 1
      for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
      s.createRow(2).createCell(0).setCellValue("单位：元");
      Random rnd = new Random(5);
      int r = 3;
      for (int f = 0; f < 25; f++) {
        for (int y = 2015; y <= 2020; y++, r++) {
          if (rnd.nextInt(15) == 0) r++; // an absent row
          Row row = s.createRow(r);
          if (f % 3 == 0) {
            row.createCell(0).setCellValue(600000 + f);
          } else {
            row.createCell(0).setCellValue(651 + f);
            row.getCell(0).setCellStyle(code);
          }
          if (f % 4 == 0) {
            row.createCell(1).setCellValue(LocalDate.of(y, 12, 31));
            row.getCell(1).setCellStyle(date);
          } else if (f % 4 == 1) row.createCell(1).setCellValue(y + "年");
          else row.createCell(1).setCellValue(y);
          switch (rnd.nextInt(6)) {
            case 0 -> row.createCell(2).setCellValue(String.format(java.util.Locale.ROOT, "%,.2f", rnd.nextDouble() * 1e9));
            case 1 -> row.createCell(2).setCellValue("NA");
            case 2 -> { row.createCell(2).setCellValue(rnd.nextDouble() * 1e9); row.getCell(2).setCellStyle(money); }
            case 3 -> row.createCell(2).setCellStyle(money); // blank styled cell
            default -> row.createCell(2).setCellValue(rnd.nextGaussian() * 1e7 + 1e8);
          }
          if (rnd.nextBoolean()) {
            row.createCell(3).setCellValue(rnd.nextDouble());
            row.getCell(3).setCellStyle(pct);
          } else if (rnd.nextInt(3) == 0) row.createCell(3).setCellValue(String.format(java.util.Locale.ROOT, "%.1f%%", rnd.nextDouble() * 100));
          String[] names = {"美的集团", "A&B <Co> \"x\"", "line1\nline2", "tab\there", "emoji 😀 ok", " padded ", "crlf\r\nend", "ctrl\u0001char"};
          row.createCell(4).setCellValue(names[(f + y) % names.length]);
          if (y % 2 == 0) row.createCell(5).setCellValue(rnd.nextBoolean());
          if (f == 7 && y == 2016) {
            row.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
          } else if (f % 5 == 0) {
            XSSFRichTextString rich = new XSSFRichTextString("bold and plain");
            var font = wb.createFont();
            font.setBold(true);
            rich.applyFont(0, 4, font);
            row.createCell(6).setCellValue(rich);
          }
          row.createCell(7).setCellFormula("B" + (r + 1) + "=B" + (r + 1)); // a boolean formula
          row.createCell(8).setCellFormula("ROUND(" + (f * 1.5 + y / 1000.0) + ",2)");
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached results, as Excel saves them
      wb.write(out);
    }
    return file;
  }

  private static CellStyle style(Workbook wb, String format) {
    CellStyle st = wb.createCellStyle();
    st.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
    return st;
  }

  @Test void sameTableAsTheInMemoryReader() throws Exception {
    Path f = messyWorkbook(false);
    assertSame(f, "data & more", 1, 1);
    assertSame(f, "2", 1, 0);
    // and the table is what was written, not merely the same mistake twice
    RawTable t = read(f, true, "data & more", 1, 1);
    assertThat(t.rows()).isEqualTo(150);
    assertThat(t.facts()).containsEntry("blank rows skipped", (long) countAbsentRows());
    assertThat(java.util.Arrays.asList(t.firm().texts())).contains("000652", "600000");
    assertThat(t.year().years()).containsOnly(2015, 2016, 2017, 2018, 2019, 2020);
    assertThat(t.columns()).extracting(c -> c.name).contains("name", "note");
    assertThat(java.util.Arrays.asList(t.column("name").texts())).contains("A&B <Co> \"x\"", "line1\nline2", "emoji 😀 ok", "美的集团");
    assertThat(java.util.Arrays.asList(t.column("note").texts())).contains("bold and plain"); // #N/A is a missing marker
  }

  /** The rows the fixture leaves out between data rows (same draws as {@link #messyWorkbook}). */
  private static int countAbsentRows() {
    Random rnd = new Random(5);
    int absent = 0;
    for (int f = 0; f < 25; f++)
      for (int y = 2015; y <= 2020; y++) {
        if (rnd.nextInt(15) == 0) absent++;
        int revenue = rnd.nextInt(6);
        if (revenue == 0 || revenue == 2) rnd.nextDouble();
        else if (revenue > 3) rnd.nextGaussian();
        if (rnd.nextBoolean()) rnd.nextDouble();
        else if (rnd.nextInt(3) == 0) rnd.nextDouble();
        if (y % 2 == 0) rnd.nextBoolean();
      }
    return absent;
  }

  @Test void datesOfA1904Workbook() throws Exception {
    Path f = messyWorkbook(true);
    assertSame(f, "2", 1, 1);
    RawTable t = read(f, true, "2", 1, 1);
    assertThat(t.year().years()[0]).isEqualTo(2015); // firm 0 has its years as dates
  }

  @Test void inlineStringsOfAStreamedWorkbook() throws Exception {
    // SXSSF (and many export tools) write inline strings instead of a shared-string table
    Path file = dir.resolve("inline.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("s");
      Row h = s.createRow(0);
      String[] head = {"firm", "year", "x", "label"};
      for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
      for (int i = 0; i < 300; i++) {
        Row row = s.createRow(i + 1);
        row.createCell(0).setCellValue(String.format("%06d", i / 6));
        row.createCell(1).setCellValue(2000 + i % 6);
        if (i % 7 != 0) row.createCell(2).setCellValue(i * 0.1);
        row.createCell(3).setCellValue(i % 11 == 0 ? "x<y & z" : "行业" + (i % 3));
      }
      wb.write(out);
    }
    assertSame(file, null, 0, 0);
    RawTable t = read(file, true, null, 0, 0);
    assertThat(t.column("label").texts()[0]).isEqualTo("x<y & z");
  }

  /** Japanese-style phonetic runs (rPh) are reading aids, not part of the cell text. */
  @Test void phoneticRunsAreNotText() throws Exception {
    Path plain = messyWorkbook(false), file = dir.resolve("phonetic.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
         var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("xl/sharedStrings.xml")) {
          String x = new String(b, java.nio.charset.StandardCharsets.UTF_8);
          String y = x.replace("<t>firm</t>", "<t>firm</t><rPh sb=\"0\" eb=\"4\"><t>ファーム</t></rPh>");
          assertThat(y).isNotEqualTo(x);
          b = y.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(b);
        out.closeEntry();
      }
    }
    assertSame(file, "2", 1, 1);
    assertThat(TableReader.workbookHeader(file, "2", 1).get(0)).isEqualTo("firm");
  }

  @Test void ooxmlEscapesAreCharacters() {
    assertThat(SpreadsheetXmlScanner.unescapeOoxml("a_x000D_b_x0009_")).isEqualTo("a\rb\t");
    assertThat(SpreadsheetXmlScanner.unescapeOoxml("no_x00G1_escape_x12")).isEqualTo("no_x00G1_escape_x12");
  }

  /** Old binary XLS (OLE2) is still read, in memory, by the same rules; its header is peeked the same way. */
  @Test void oldBinaryXls() throws Exception {
    Path file = dir.resolve("old.xls");
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("data");
      String[] head = {"firm", "year", "x"};
      Row h = s.createRow(0);
      for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
      s.createRow(1).createCell(0).setCellValue("单位");
      CellStyle code = style(wb, "000000");
      for (int i = 0; i < 6; i++) {
        Row row = s.createRow(i + 2);
        row.createCell(0).setCellValue(651 + i / 3);
        row.getCell(0).setCellStyle(code);
        row.createCell(1).setCellValue(2018 + i % 3);
        row.createCell(2).setCellValue(i * 1.5);
      }
      wb.write(out);
    }
    assertThat(TableReader.workbookHeader(file, null, 0)).containsExactly("firm", "year", "x");
    CleanResult r = Fixture.run(dir, Fixture.data("{path: old.xls, firm: firm, year: year, description_rows: 1}"), "");
    assertThat(r.panel().rows()).isEqualTo(6);
    assertThat(r.panel().firmLabels()).containsExactly("000651", "000652");
    assertThat(Fixture.at(r.panel(), "x", "000652", 2020)).isEqualTo(7.5);
  }

  /** A sheet whose name is a number (CSMAR names sheets by year) is found by its name, in XLSX and XLS alike. */
  @Test void sheetNamedByANumberIsFoundByName() throws Exception {
    for (String name : new String[] {"years.xlsx", "years.xls"}) {
      Path file = dir.resolve(name);
      try (Workbook wb = name.endsWith("x") ? new XSSFWorkbook() : new org.apache.poi.hssf.usermodel.HSSFWorkbook();
           OutputStream out = Files.newOutputStream(file)) {
        for (String sheet : new String[] {"2019", "2020"}) {
          Sheet s = wb.createSheet(sheet);
          Row h = s.createRow(0);
          h.createCell(0).setCellValue("firm");
          h.createCell(1).setCellValue("year");
          h.createCell(2).setCellValue("x" + sheet);
        }
        wb.write(out);
      }
      assertThat(TableReader.workbookHeader(file, "2020", 0)).as(name).containsExactly("firm", "year", "x2020");
      assertThat(TableReader.workbookHeader(file, "2", 0)).as(name).containsExactly("firm", "year", "x2020");
      assertThatThrownBy(() -> TableReader.workbookHeader(file, "3", 0)).as(name)
          .hasMessageContaining("no sheet 3 (the workbook has 2: 2019, 2020)");
    }
  }

  @Test void errorsNameTheFileAndSheet() throws Exception {
    Path f = messyWorkbook(false);
    assertThatThrownBy(() -> read(f, true, "daten", 1, 0)).isInstanceOf(InputException.class)
        .hasMessageContaining("no sheet `daten`").hasMessageContaining("data & more");
    assertThatThrownBy(() -> read(f, true, "3", 1, 0)).hasMessageContaining("no sheet 3 (the workbook has 2");
    assertThatThrownBy(() -> read(f, true, "1", 4, 0)).hasMessageContaining("has no header in row 5");
    Path notZip = Files.writeString(dir.resolve("fake.xlsx"), "firm,year\n1,2000\n");
    assertThatThrownBy(() -> read(notZip, true, null, 0, 0)).isInstanceOf(InputException.class)
        .hasMessageContaining("fake.xlsx");
  }

  @Test void headerPeekMatchesTheReader() throws Exception {
    Path f = messyWorkbook(false);
    assertThat(TableReader.workbookHeader(f, "data & more", 1))
        .containsExactly("firm", "year", "revenue", "share", "name", "flag", "note", "listed", "score");
    assertThat(TableReader.workbookHeader(f, "1", 0)).containsExactly("export of 2024-05-01");
  }
}
