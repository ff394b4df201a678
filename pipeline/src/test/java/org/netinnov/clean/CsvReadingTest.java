package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netinnov.clean.Fixture.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

class CsvReadingTest {
  @TempDir Path dir;

  @Test void titleLinesDescriptionRowsQuotingAndOddNames() {
    Fixture.write(dir, "a.csv", String.join("\n",
        "Exported from a database",
        "Report date: 2024-01-01",
        "firm id;年份;\"Total, assets\";note",
        "代码;Year;单位: 元;",
        "000333;2019年;\"1,234.5\";\"two",
        "lines\"",
        "000333;FY2020;(12);\"say \"\"hi\"\"\"\r",
        "",
        ";;;",
        "000651;2019-12-31;7",
        ""));
    var data = Fixture.data("{path: a.csv, firm: firm id, year: 年份, skip_rows: 2, description_rows: 1}");
    CleanResult r = Fixture.run(dir, data, "derive: {ta_k: '`Total, assets` / 1000'}");
    Panel p = r.panel();
    assertThat(p.firmLabels()).containsExactly("000333", "000651");
    assertThat(at(p, "Total, assets", "000333", 2019)).isEqualTo(1234.5);
    assertThat(at(p, "Total, assets", "000333", 2020)).isEqualTo(-12.0);
    assertThat(at(p, "Total, assets", "000651", 2019)).isEqualTo(7.0);
    assertThat(at(p, "ta_k", "000333", 2019)).isEqualTo(1.2345);
    assertThat(Fixture.text(p, "note", "000333", 2019)).isEqualTo("two\nlines");
    assertThat(Fixture.text(p, "note", "000333", 2020)).isEqualTo("say \"hi\"");
    assertThat(Fixture.text(p, "note", "000651", 2019)).isNull();

    CleanLog.Step read = r.log().step("read");
    assertThat(read.source()).isEqualTo("a.csv");
    assertThat(read.count("data rows")).isEqualTo(3);
    assertThat(read.rowsIn()).isEqualTo(6);
    assertThat(read.rowsOut()).isEqualTo(3);
    assertThat(read.count("blank rows skipped")).isEqualTo(2);
    assertThat(read.count("description rows under the header skipped")).isEqualTo(1);
    assertThat(read.count("short rows (missing cells at the end)")).isEqualTo(1);
    assertThat(read.notes()).anyMatch(n -> n.contains("semicolon")).anyMatch(n -> n.contains("header on line 3"));
    CleanLog.Step numbers = r.log().step("numbers");
    assertThat(numbers.count("Total, assets", "thousands separators")).isEqualTo(1);
    assertThat(numbers.count("Total, assets", "parentheses negative")).isEqualTo(1);
    // examples point at the file line where the record starts (the quoted line break makes row 2 start on line 7)
    assertThat(numbers.examples()).anyMatch(e -> e.contains("line 5") && e.contains("1,234.5"))
        .anyMatch(e -> e.contains("line 7") && e.contains("(12)"));
    CleanLog.Step ids = r.log().step("identifiers");
    assertThat(ids.count("year written as text")).isEqualTo(2);
    assertThat(ids.count("year written as a date")).isEqualTo(1);
  }

  @Test void byteOrderMarkTabsAndRenaming() {
    Fixture.write(dir, "b.csv", "\uFEFFStkcd\tAccper\tSales\n000001\t2019-12-31\t10\n000001\t2020-12-31\t11\n");
    var data = Fixture.data("{path: b.csv, firm: firm, year: year, rename: {Stkcd: firm, Accper: year, Sales: sales}}");
    Panel p = Fixture.run(dir, data, "").panel();
    assertThat(p.firmColumn()).isEqualTo("firm");
    assertThat(p.yearColumn()).isEqualTo("year");
    assertThat(p.numeric("sales")).containsExactly(10, 11);
    assertThat(p.firmLabels()).containsExactly("000001");
  }

  @Test void renamingAColumnThatIsNotThereSuggestsTheClosest() {
    Fixture.write(dir, "b.csv", "Stkcd,Accper,Sales\n1,2019,10\n");
    var data = Fixture.data("{path: b.csv, firm: firm, year: Accper, rename: {Stkdc: firm}}");
    assertThatThrownBy(() -> Fixture.run(dir, data, "")).isInstanceOf(InputException.class)
        .hasMessageContaining("b.csv").hasMessageContaining("`Stkdc`").hasMessageContaining("did you mean `Stkcd`");
  }

  @Test void firmIdsKeepLeadingZerosOrArePadded() {
    Fixture.write(dir, "c.csv", "code,year,x\n000333,2019,1\n333,2020,2\n651,2019,3\n");
    Panel asWritten = Fixture.run(dir, Fixture.data("c.csv", "code", "year"), "").panel();
    assertThat(asWritten.firmLabels()).containsExactlyInAnyOrder("333", "000333", "651");
    CleanResult padded = Fixture.run(dir, Fixture.data("{path: c.csv, firm: code, year: year, firm_width: 6}"), "");
    assertThat(padded.panel().firmLabels()).containsExactly("000333", "000651");
    assertThat(padded.panel().rows()).isEqualTo(3);
    assertThat(padded.log().step("identifiers").count("firm id padded with zeros")).isEqualTo(2);
  }

  @Test void rowsWithoutIdentifiersAreDroppedAndCounted() {
    Fixture.write(dir, "d.csv", String.join("\n", "firm,year,x", "A,2019,1", ",2020,2", "n/a,2021,3", "A,,4",
        "A,soon,5", "A,2020,6", ""));
    CleanResult r = Fixture.run(dir, Fixture.data("d.csv", "firm", "year"), "");
    assertThat(r.panel().rows()).isEqualTo(2);
    CleanLog.Step ids = r.log().step("identifiers");
    assertThat(ids.rowsIn()).isEqualTo(6);
    assertThat(ids.rowsOut()).isEqualTo(2);
    assertThat(ids.count("blank firm id")).isEqualTo(2);
    assertThat(ids.count("blank year")).isEqualTo(1);
    assertThat(ids.count("unreadable year")).isEqualTo(1);
    assertThat(ids.examples()).anyMatch(e -> e.contains("line 3") && e.contains("blank firm id"))
        .anyMatch(e -> e.contains("line 6") && e.contains("soon"));
  }

  @Test void moreCellsThanTheHeaderIsAnError() {
    Fixture.write(dir, "e.csv", "firm,year,x\nA,2019,1,234\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("e.csv", "firm", "year"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("e.csv").hasMessageContaining("line 2")
        .hasMessageContaining("more cells than the header");
  }

  @Test void emptyCellsAfterTheLastColumnAreIgnored() {
    Fixture.write(dir, "f.csv", "firm,year,x,\nA,2019,1,\nA,2020,2,,\n");
    CleanResult r = Fixture.run(dir, Fixture.data("f.csv", "firm", "year"), "");
    assertThat(r.panel().numeric("x")).containsExactly(1, 2);
    assertThat(r.panel().numericNames()).containsExactly("x");
  }

  @Test void anUnclosedQuoteIsAnError() {
    Fixture.write(dir, "g.csv", "firm,year,x\nA,2019,\"1\nA,2020,2\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("g.csv", "firm", "year"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("g.csv").hasMessageContaining("line 2")
        .hasMessageContaining("never closed");
  }

  @Test void latin1FromTheConfig() {
    Fixture.write(dir, "h.csv", "firm,year,société\nA,2019,1\n", java.nio.charset.StandardCharsets.ISO_8859_1);
    Panel p = Fixture.run(dir, Fixture.data("{path: h.csv, firm: firm, year: year, encoding: latin1}"), "").panel();
    assertThat(p.numericNames()).containsExactly("société");
  }
}
