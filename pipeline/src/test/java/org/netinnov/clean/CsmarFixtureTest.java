package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netinnov.clean.Fixture.at;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/**
 * A CSMAR-like export: three header rows (field code, Chinese name, unit), a date-valued period column, stock codes
 * with leading zeros, numbers partly written as text. Written here as XLSX (with POI) and as a GBK CSV; both must
 * give the same panel, with either the codes or the Chinese names as column names.
 */
class CsmarFixtureTest {
  @TempDir Path dir;

  static final String[] CODES = {"Stkcd", "Accper", "Opr_rev", "Rd_ratio", "Indcd"};
  static final String[] NAMES = {"证券代码", "会计期间", "营业收入", "研发投入占比", "行业代码"};
  static final String[] UNITS = {"没有单位", "没有单位", "元", "%", "没有单位"};
  // firm, period end, revenue (text where quoted in the CSV), R&D share, industry
  static final Object[][] ROWS = {
      {"000333", LocalDate.of(2019, 12, 31), 278216243000.0, "3.5%", "C38"},
      {"000333", LocalDate.of(2020, 12, 31), "284,221,249,000.00", "3.6%", "C38"},
      {651, LocalDate.of(2019, 12, 31), 200508333000.0, "NA", "C38"},
      {651, LocalDate.of(2020, 12, 31), 170497415000.0, "2.1%", "C38"},
      {"600000", LocalDate.of(2020, 12, 31), "—", "", "J66"},
  };

  private Path writeXlsx() throws Exception {
    Path file = dir.resolve("FS_Comins.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet notes = wb.createSheet("说明");
      notes.createRow(0).createCell(0).setCellValue("CSMAR export");
      Sheet s = wb.createSheet("利润表");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle code = wb.createCellStyle();
      code.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("000000"));
      String[][] head = {CODES, NAMES, UNITS};
      for (int r = 0; r < 3; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < CODES.length; c++) row.createCell(c).setCellValue(head[r][c]);
      }
      for (int i = 0; i < ROWS.length; i++) {
        Row row = s.createRow(3 + i);
        Object[] v = ROWS[i];
        if (v[0] instanceof Integer n) {
          row.createCell(0).setCellValue(n); // a code stored as a number, shown with six digits
          row.getCell(0).setCellStyle(code);
        } else row.createCell(0).setCellValue((String) v[0]);
        row.createCell(1).setCellValue((LocalDate) v[1]);
        row.getCell(1).setCellStyle(date);
        if (v[2] instanceof Double d) row.createCell(2).setCellValue(d);
        else row.createCell(2).setCellValue((String) v[2]);
        if (!((String) v[3]).isEmpty()) row.createCell(3).setCellValue((String) v[3]);
        row.createCell(4).setCellValue((String) v[4]);
      }
      wb.write(out);
    }
    return file;
  }

  private Path writeGbkCsv() {
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", CODES)).append("\r\n").append(String.join(",", NAMES)).append("\r\n")
        .append(String.join(",", UNITS)).append("\r\n");
    for (Object[] v : ROWS) {
      String firm = v[0] instanceof Integer n ? String.format("%06d", n) : (String) v[0];
      String rev = v[2] instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : "\"" + v[2] + "\"";
      b.append(firm).append(',').append(v[1]).append(',').append(rev).append(',').append(v[3]).append(',').append(v[4])
          .append("\r\n");
    }
    return Fixture.write(dir, "FS_Comins.csv", b.toString(), Charset.forName("GBK"));
  }

  private static void checkPanel(Panel p, String firm, String year, String revenue, String share, String industry) {
    assertThat(p.firmColumn()).isEqualTo(firm);
    assertThat(p.yearColumn()).isEqualTo(year);
    assertThat(p.firmLabels()).containsExactly("000333", "000651", "600000");
    assertThat(p.rows()).isEqualTo(5);
    assertThat(at(p, revenue, "000333", 2019)).isEqualTo(278216243000.0);
    assertThat(at(p, revenue, "000333", 2020)).isEqualTo(284221249000.0);
    assertThat(at(p, revenue, "600000", 2020)).isNaN();
    assertThat(at(p, share, "000333", 2019)).isEqualTo(0.035);
    assertThat(at(p, share, "000651", 2019)).isNaN();
    assertThat(at(p, share, "000651", 2020)).isEqualTo(0.021);
    assertThat(Fixture.text(p, industry, "600000", 2020)).isEqualTo("J66");
  }

  @Test void xlsxWithFieldCodesAsHeader() throws Exception {
    writeXlsx();
    var data = Fixture.data("{path: FS_Comins.xlsx, sheet: 利润表, firm: Stkcd, year: Accper, description_rows: 2}");
    CleanResult r = Fixture.run(dir, data, "");
    checkPanel(r.panel(), "Stkcd", "Accper", "Opr_rev", "Rd_ratio", "Indcd");
    assertThat(r.log().step("read").count("description rows under the header skipped")).isEqualTo(2);
    assertThat(r.log().step("identifiers").count("year written as a date")).isEqualTo(5);
    CleanLog.Step numbers = r.log().step("numbers");
    assertThat(numbers.count("Opr_rev", "thousands separators")).isEqualTo(1);
    assertThat(numbers.count("Opr_rev", "spreadsheet number")).isEqualTo(3);
    assertThat(numbers.count("Rd_ratio", "percent")).isEqualTo(3);
    assertThat(numbers.count("Rd_ratio", "missing")).isEqualTo(2);
  }

  @Test void xlsxWithChineseNamesAsHeaderBySheetIndex() throws Exception {
    writeXlsx();
    var data = Fixture.data("{path: FS_Comins.xlsx, sheet: '2', firm: 证券代码, year: 会计期间, skip_rows: 1, description_rows: 1}");
    CleanResult r = Fixture.run(dir, data, "derive: {rev_bn: '`营业收入` / 1e9', rd_pct: '`研发投入占比` * 100'}");
    checkPanel(r.panel(), "证券代码", "会计期间", "营业收入", "研发投入占比", "行业代码");
    assertThat(at(r.panel(), "rev_bn", "000651", 2020)).isEqualTo(170.497415);
    assertThat(at(r.panel(), "rd_pct", "000333", 2020)).isCloseTo(3.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(at(r.panel(), "研发投入占比", "000333", 2020)).isEqualTo(0.036); // exactly as "0.036" reads
  }

  @Test void gbkCsvGivesTheSamePanel() throws Exception {
    writeGbkCsv();
    var data = Fixture.data("{path: FS_Comins.csv, encoding: GBK, firm: Stkcd, year: Accper, description_rows: 2}");
    CleanResult r = Fixture.run(dir, data, "");
    checkPanel(r.panel(), "Stkcd", "Accper", "Opr_rev", "Rd_ratio", "Indcd");
    assertThat(r.log().step("identifiers").count("year written as a date")).isEqualTo(5);

    writeXlsx();
    Panel x = Fixture.run(dir, Fixture.data("{path: FS_Comins.xlsx, sheet: 利润表, firm: Stkcd, year: Accper, "
        + "description_rows: 2}"), "").panel();
    for (String c : x.numericNames()) assertThat(r.panel().numeric(c)).as(c).containsExactly(x.numeric(c));
  }

  @Test void gbkCsvWithChineseHeaderAndGb18030() {
    writeGbkCsv();
    var data = Fixture.data("{path: FS_Comins.csv, encoding: GB18030, firm: 证券代码, year: 会计期间, skip_rows: 1, "
        + "description_rows: 1}");
    checkPanel(Fixture.run(dir, data, "").panel(), "证券代码", "会计期间", "营业收入", "研发投入占比", "行业代码");
  }
}
