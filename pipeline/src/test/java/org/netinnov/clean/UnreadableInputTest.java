package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.config.DataSpec;

/** A file that cannot be read gives an InputException whose message is one line naming the file and the cause. */
class UnreadableInputTest {
  @TempDir Path dir;

  private String failure(DataSpec data) {
    InputException e = catchThrowableOfType(InputException.class, () -> CleanStage.run(data, CleanSpec.defaults(), dir));
    assertThat(e).as("an InputException").isNotNull();
    assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain("\r");
    assertThat(e.getMessage()).as("names the file").contains(data.path());
    return e.getMessage();
  }

  private static final String CHINESE = "证券代码,会计年度,营业收入\n000333,2019,1\n";

  @Test void missingFile() {
    assertThat(failure(Fixture.data("nope.csv", "firm", "year"))).endsWith("nope.csv: file not found");
  }

  @Test void wrongSheetByNameAndByIndex() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("w.xlsx"))) {
      wb.createSheet("Balance").createRow(0).createCell(0).setCellValue("firm");
      wb.createSheet("Income");
      wb.write(out);
    }
    assertThat(failure(Fixture.data("{path: w.xlsx, sheet: Incme, firm: firm, year: year}")))
        .contains("no sheet `Incme`").contains("did you mean `Income`").contains("Balance, Income");
    assertThat(failure(Fixture.data("{path: w.xlsx, sheet: '3', firm: firm, year: year}"))).contains("no sheet 3");
    assertThat(failure(Fixture.data("{path: w.xlsx, sheet: Income, firm: firm, year: year}")))
        .contains("sheet `Income` has no header");
  }

  @Test void notATable() {
    Fixture.write(dir, "fake.xlsx", "firm,year\nA,2019\n");
    assertThat(failure(Fixture.data("fake.xlsx", "firm", "year"))).contains("not an Excel workbook");
    try {
      Files.write(dir.resolve("bin.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(failure(Fixture.data("bin.csv", "firm", "year"))).containsAnyOf("NUL character", "not valid UTF-8");
    Fixture.write(dir, "empty.csv", "");
    assertThat(failure(Fixture.data("empty.csv", "firm", "year"))).contains("empty");
    Fixture.write(dir, "header.csv", "firm,year,x\n");
    assertThat(failure(Fixture.data("header.csv", "firm", "year"))).contains("no data rows");
    Fixture.write(dir, "semi.csv", "firm;year;x\nA;2019;1\n");
    assertThat(failure(Fixture.data("{path: semi.csv, delimiter: ',', firm: firm, year: year}")))
        .contains("no column `firm`").contains("set data.delimiter");
  }

  @Test void gbkReadAsUtf8() {
    Fixture.write(dir, "gbk.csv", CHINESE, Charset.forName("GBK"));
    assertThat(failure(Fixture.data("gbk.csv", "证券代码", "会计年度"))).contains("not valid UTF-8").contains("GBK");
  }

  @Test void utf8ReadAsGbkOrLatin1() {
    Fixture.write(dir, "utf8.csv", CHINESE, StandardCharsets.UTF_8);
    assertThat(failure(Fixture.data("{path: utf8.csv, encoding: GBK, firm: 证券代码, year: 会计年度}")))
        .containsAnyOf("as UTF-8 it is `证券代码", "not valid GBK");
    assertThat(failure(Fixture.data("{path: utf8.csv, encoding: latin1, firm: 证券代码, year: 会计年度}")))
        .contains("as UTF-8 it is `证券代码,会计年度,营业收入`");
  }

  @Test void gbkReadAsLatin1() {
    Fixture.write(dir, "gbk.csv", CHINESE, Charset.forName("GBK"));
    assertThat(failure(Fixture.data("{path: gbk.csv, encoding: ISO-8859-1, firm: 证券代码, year: 会计年度}")))
        .contains("as GBK it is `证券代码,会计年度,营业收入`");
  }

  @Test void unknownEncodingAndBadDataBytes() {
    Fixture.write(dir, "a.csv", "firm,year\nA,2019\n");
    assertThat(failure(Fixture.data("{path: a.csv, encoding: klingon, firm: firm, year: year}")))
        .contains("unknown encoding `klingon`");
    // an ASCII header but GBK text in the data, read as UTF-8: the values would be garbage
    Fixture.write(dir, "b.csv", "firm,year,industry\nA,2019,制造业\n", Charset.forName("GBK"));
    assertThat(failure(Fixture.data("b.csv", "firm", "year"))).contains("not valid UTF-8").contains("line 2");
  }

  @Test void missingFirmOrYearColumn() {
    Fixture.write(dir, "a.csv", "stkcd,year\nA,2019\n");
    assertThat(failure(Fixture.data("a.csv", "Stkcd", "year"))).contains("no column `Stkcd` (data.firm)")
        .contains("did you mean `stkcd`");
  }

  @Test void legitimateAccentsAreNotMojibake() {
    Fixture.write(dir, "fr.csv", "firm,year,société,prénom\nA,2019,1,x\n", StandardCharsets.ISO_8859_1);
    var r = CleanStage.run(Fixture.data("{path: fr.csv, encoding: latin1, firm: firm, year: year}"),
        CleanSpec.defaults(), dir);
    assertThat(r.panel().numericNames()).containsExactly("société");
  }
}
