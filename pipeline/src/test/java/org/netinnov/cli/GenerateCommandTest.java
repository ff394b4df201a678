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
}
