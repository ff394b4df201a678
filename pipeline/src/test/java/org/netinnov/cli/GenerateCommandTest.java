package org.netinnov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate` through the command line: the same seed gives byte-identical files, another seed does not. */
class GenerateCommandTest {

  @Test void sameSeedSameBytes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv"), c = dir.resolve("c.csv");
    assertThat(Main.execute("generate", "--firms", "40", "--years", "2010-2015", "--seed", "11", "--out", a.toString())).isZero();
    assertThat(Main.execute("generate", "--firms", "40", "--years", "2010-2015", "--seed", "11", "--out", b.toString())).isZero();
    assertThat(Main.execute("generate", "--firms", "40", "--years", "2010-2015", "--seed", "12", "--out", c.toString())).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(dir.resolve("a_truth.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b_truth.csv")));
    assertThat(Files.readAllBytes(dir.resolve("a_injected.json"))).isNotEmpty();
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test void badYearRangeIsAnInputError(@TempDir Path dir) {
    assertThat(Main.execute("generate", "--firms", "5", "--years", "2015", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
  }

  @Test void describeReportsTheSyntheticPanelsStructure() {
    var out = new java.io.ByteArrayOutputStream();
    var old = System.out;
    int code;
    try {
      System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      code = Main.execute("describe", "datasets/synthetic/innovation_panel.csv", "--firm", "firm_id", "--year", "year");
    } finally {
      System.setOut(old);
    }
    String s = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(code).isZero();
    // 1,500 firms, 2006–2023, with gaps and 64 duplicate rows removed (datasets/synthetic/innovation_panel_injected.json)
    assertThat(s).contains("firms: 1500").contains("years: 18 (2006-2023)").contains("balanced: no")
        .contains("gaps (firm-years absent").contains("missing share by column:").contains("patent_applications");
  }

  /** A CSMAR-style export: field codes, then Chinese names and units, quarterly and annual rows. */
  @Test void describeReadsACsmarExport(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("FS_Comins.csv");
    java.nio.file.Files.writeString(f, String.join("\n", "Stkcd,Accper,Opr_rev", "证券代码,会计期间,营业收入", "没有单位,没有单位,元",
        "000001,2019-06-30,5", "000001,2019-12-31,10", "000001,2020-12-31,11", "000002,2019-12-31,20", ""));
    var out = new java.io.ByteArrayOutputStream();
    var old = System.out;
    int code;
    try {
      System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      code = Main.execute("describe", f.toString(), "--firm", "Stkcd", "--year", "Accper", "--description-rows", "2",
          "--period-end", "12-31");
    } finally {
      System.setOut(old);
    }
    String s = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(s).contains("firms: 2").contains("firm-years: 3").contains("rows of another reporting period (not 12-31): 1");
    var err = new java.io.ByteArrayOutputStream();
    var oldErr = System.err;
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(Main.execute("describe", f.toString(), "--firm", "Stkcd", "--year", "Accper", "--period-end", "12/31"))
          .isEqualTo(2);
    } finally {
      System.setErr(oldErr);
    }
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("netinnov: --period-end: expected a month and day such as 12-31, got `12/31`");
  }
}
