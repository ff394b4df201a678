package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netinnov.clean.Fixture.at;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.config.DataSpec;

/**
 * CSMAR financial-statement exports hold quarterly and annual reports in one table (Accper 2019-03-31 ...
 * 2019-12-31); {@code period_end: 12-31} keeps the annual rows, so that the firm-year panel is not a pile of
 * conflicting duplicates.
 */
class ReportingPeriodTest {
  @TempDir Path dir;

  private static final String CSV = String.join("\n", "Stkcd,Accper,Opr_rev",
      "000001,2019-03-31,1", "000001,2019-06-30,2", "000001,2019-09-30,3", "000001,2019-12-31,4",
      "000001,2020年12月31日,8", "000001,2021/6/30,9", "000002,20191231,5", "000002,2020,6", "000003,31.12.2019,7", "");

  @Test void annualRowsOfAQuarterlyExport() {
    Fixture.write(dir, "fs.csv", CSV);
    CleanResult r = Fixture.run(dir, Fixture.data("{path: fs.csv, firm: Stkcd, year: Accper, period_end: 12-31}"), "");
    var p = r.panel();
    assertThat(p.rows()).isEqualTo(5);
    assertThat(at(p, "Opr_rev", "000001", 2019)).isEqualTo(4.0);
    assertThat(at(p, "Opr_rev", "000001", 2020)).isEqualTo(8.0);
    assertThat(at(p, "Opr_rev", "000002", 2019)).isEqualTo(5.0);
    assertThat(at(p, "Opr_rev", "000002", 2020)).isEqualTo(6.0); // a plain year is kept
    assertThat(at(p, "Opr_rev", "000003", 2019)).isEqualTo(7.0);
    CleanLog.Step ids = r.log().step("identifiers");
    assertThat(ids.count("rows of another reporting period (not 12-31)")).isEqualTo(4);
    assertThat(ids.examples()).contains("line 2: firm 000001, period ending 2019-03-31");
  }

  @Test void withoutTheFilterTheQuartersAreDuplicates() {
    Fixture.write(dir, "fs.csv", CSV);
    CleanResult r = Fixture.run(dir, Fixture.data("{path: fs.csv, firm: Stkcd, year: Accper}"), "duplicates: last");
    assertThat(r.log().step("duplicates").count("conflicting duplicate rows")).isEqualTo(3);
    // no period filter: the identifiers step says nothing about periods (it once logged "not 00-00")
    assertThat(r.log().step("identifiers").counts().keySet()).noneMatch(k -> k.contains("reporting period"));
    assertThat(r.log().step("duplicates").notes()).anyMatch(n -> n.contains("several reporting periods (03-31, 06-30, "
        + "09-30, 12-31)") && n.contains("data.period_end"));
    // the default policy stops with the same hint
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("{path: fs.csv, firm: Stkcd, year: Accper}"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("set data.period_end");
  }

  @Test void excelDatesAndDateNumbers() throws Exception {
    Path file = dir.resolve("fs.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("FS");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("firm");
      h.createCell(1).setCellValue("period");
      h.createCell(2).setCellValue("x");
      Object[][] rows = {{"A", LocalDate.of(2019, 6, 30), 1}, {"A", LocalDate.of(2019, 12, 31), 2},
          {"A", 20200630.0, 3}, {"A", 20201231.0, 4}, {"B", 2019.0, 5}};
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i + 1);
        row.createCell(0).setCellValue((String) rows[i][0]);
        if (rows[i][1] instanceof LocalDate d) {
          row.createCell(1).setCellValue(d);
          row.getCell(1).setCellStyle(date);
        } else row.createCell(1).setCellValue((Double) rows[i][1]);
        row.createCell(2).setCellValue((Integer) rows[i][2]);
      }
      wb.write(out);
    }
    CleanResult r = Fixture.run(dir, Fixture.data("{path: fs.xlsx, firm: firm, year: period, period_end: 12-31}"), "");
    assertThat(r.panel().rows()).isEqualTo(3);
    assertThat(at(r.panel(), "x", "A", 2019)).isEqualTo(2.0);
    assertThat(at(r.panel(), "x", "A", 2020)).isEqualTo(4.0);
    assertThat(at(r.panel(), "x", "B", 2019)).isEqualTo(5.0);
    assertThat(r.log().step("identifiers").count("rows of another reporting period (not 12-31)")).isEqualTo(2);
  }

  @Test void monthAndDayOfTheWaysDatesAreWritten() {
    String[][] cases = {{"2019-12-31", "1231"}, {"2019/6/30", "630"}, {"2019年12月31日", "1231"},
        {"2019-12-31 00:00:00", "1231"}, {"20190930", "930"}, {"31.12.2019", "1231"}, {"12/31/2019", "1231"},
        {"06/05/2019", "0"}, {"2019", "0"}, {"FY2019", "0"}, {"2019-02-30", "0"}};
    for (String[] c : cases)
      assertThat(YearParser.monthDay(c[0].toCharArray(), 0, c[0].length())).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
  }

  @Test void periodEndMustBeACalendarDay() {
    assertThat(DataSpec.monthDay("12-31")).isEqualTo(1231);
    assertThat(DataSpec.monthDay("6-30")).isEqualTo(630);
    for (String bad : new String[] {"12/31", "13-01", "02-30", "Q4"})
      assertThatThrownBy(() -> DataSpec.monthDay(bad)).hasMessageContaining("period_end").hasMessageContaining(bad);
  }
}
