package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netinnov.clean.Fixture.at;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

class JoinTest {
  @TempDir Path dir;

  @BeforeEach void write() {
    Fixture.write(dir, "main.csv", "firm,year,sales,industry\n000001,2019,10,C1\n000001,2020,11,C1\n000002,2019,20,C2\n");
    // patents: a GBK file with its own column names, a duplicate, a date year, and rows the main file lacks
    Fixture.write(dir, "pat.csv", String.join("\n", "代码,会计期间,专利", "000001,2019-12-31,3", "000001,2019-12-31,3",
        "000002,2020-12-31,9", "000003,2019-12-31,1", ""), Charset.forName("GBK"));
  }

  private static final String DATA = "{path: main.csv, firm: firm, year: year, join: [{path: pat.csv, encoding: GBK, "
      + "firm: 代码, year: 会计期间, rename: {专利: patents}%s}]}";

  @Test void leftJoinKeepsEveryMainRowAndLogsMissesBothWays() {
    CleanResult r = Fixture.run(dir, Fixture.data(String.format(DATA, "")), "duplicates: first");
    Panel p = r.panel();
    assertThat(p.rows()).isEqualTo(3);
    assertThat(at(p, "patents", "000001", 2019)).isEqualTo(3.0);
    assertThat(at(p, "patents", "000001", 2020)).isNaN();
    assertThat(at(p, "patents", "000002", 2019)).isNaN();
    assertThat(p.firmColumn()).isEqualTo("firm");
    CleanLog.Step j = r.log().step("join");
    assertThat(j.source()).isEqualTo("pat.csv");
    assertThat(j.count("main rows matched")).isEqualTo(1);
    assertThat(j.count("main rows without a match")).isEqualTo(2);
    assertThat(j.count("joined rows without a match")).isEqualTo(2);
    assertThat(j.examples()).contains("main firm 000001, 2020: not in pat.csv", "pat.csv firm 000003, 2019: not in the main data");
    // the per-file steps ran for the joined file too
    assertThat(r.log().steps("duplicates")).hasSize(2);
    assertThat(r.log().steps("duplicates").get(1).count("exact duplicate rows")).isEqualTo(1);
    assertThat(r.log().steps("identifiers").get(1).count("year written as a date")).isEqualTo(4);
  }

  /** Wind codes (000001.SZ, and 2.SZ where a spreadsheet dropped the zeros) meet CSMAR codes (000001). */
  @Test void windCodesJoinCsmarCodesWithoutTheirSuffix() {
    Fixture.write(dir, "wind.csv", "code,year,esg\n000001.SZ,2019,A\n2.sz,2019,BB\n000001.SZ,2020,AA\nBRK.B,2019,C\n");
    String data = "{path: main.csv, firm: firm, year: year, firm_width: 6, strip_exchange_suffix: true, "
        + "join: [{path: wind.csv, firm: code}]}";
    CleanResult r = Fixture.run(dir, Fixture.data(data), "");
    Panel p = r.panel();
    assertThat(Fixture.text(p, "esg", "000001", 2019)).isEqualTo("A");
    assertThat(Fixture.text(p, "esg", "000001", 2020)).isEqualTo("AA");
    assertThat(Fixture.text(p, "esg", "000002", 2019)).isEqualTo("BB");
    CleanLog.Step ids = r.log().steps("identifiers").get(1);
    assertThat(ids.count("exchange suffix removed from firm id")).isEqualTo(3);
    assertThat(ids.count("firm id padded with zeros")).isEqualTo(1);
    // BRK.B is not a digit code with a suffix: kept as written, so it matches nothing
    assertThat(r.log().step("join").examples()).contains("wind.csv firm BRK.B, 2019: not in the main data");
    // without the option the codes stay apart
    CleanResult plain = Fixture.run(dir, Fixture.data(data.replace("strip_exchange_suffix: true", "strip_exchange_suffix: false")), "");
    assertThat(plain.log().step("join").count("main rows matched")).isZero();
  }

  @Test void exchangeSuffixRule() {
    assertThat(FirmIds.withoutExchangeSuffix("600519.SH")).isEqualTo("600519");
    assertThat(FirmIds.withoutExchangeSuffix("0700.HK")).isEqualTo("0700");
    for (String kept : new String[] {"BRK.B", "600519", "600519.", ".SZ", "12.34", "600519.SHSZX"})
      assertThat(FirmIds.withoutExchangeSuffix(kept)).isSameAs(kept);
  }

  @Test void innerJoinKeepsMatchesOnly() {
    CleanResult r = Fixture.run(dir, Fixture.data(String.format(DATA, ", how: inner")), "duplicates: first");
    assertThat(r.panel().rows()).isEqualTo(1);
    assertThat(r.log().step("join").count("rows dropped (inner join)")).isEqualTo(2);
  }

  @Test void overlappingColumnsAreAnErrorNamingThem() {
    Fixture.write(dir, "dup.csv", "firm,year,sales,industry,extra\n000001,2019,1,C,2\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("{path: main.csv, firm: firm, year: year, "
        + "join: [{path: dup.csv}]}"), ""))
        .isInstanceOf(InputException.class).hasMessageContaining("dup.csv")
        .hasMessageContaining("`sales`, `industry`").hasMessageContaining("rename");
  }
}
