package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netinnov.clean.Fixture.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

class NumbersStepTest {
  @TempDir Path dir;

  private static final String MESSY = String.join("\n",
      "firm,year,sales,share,debt,code,name",
      "A,2019,\"1,200\",12.5%,(30),3711,Alpha",
      "A,2020,n/a,8%,abc,3711,Alpha",
      "A,2021,1300,,#N/A,C39,Alpha",
      "B,2019,—,0.5,7,C38,Beta",
      "B,2020,-,50 %,\"(1,000)\",C38,n/a",
      "");

  @Test void countsEveryKindPerColumnWithLines() {
    Fixture.write(dir, "m.csv", MESSY);
    CleanResult r = Fixture.run(dir, Fixture.data("m.csv", "firm", "year"), "");
    Panel p = r.panel();
    assertThat(at(p, "sales", "A", 2019)).isEqualTo(1200.0);
    assertThat(at(p, "share", "A", 2019)).isEqualTo(0.125);
    assertThat(at(p, "share", "B", 2020)).isEqualTo(0.5);
    assertThat(at(p, "debt", "A", 2019)).isEqualTo(-30.0);
    assertThat(at(p, "debt", "B", 2020)).isEqualTo(-1000.0);
    assertThat(at(p, "debt", "A", 2020)).isNaN();
    CleanLog.Step s = r.log().step("numbers");
    assertThat(s.count("sales", "thousands separators")).isEqualTo(1);
    assertThat(s.count("sales", "missing")).isEqualTo(3);
    assertThat(s.count("share", "percent")).isEqualTo(3);
    assertThat(s.count("share", "missing")).isEqualTo(1);
    assertThat(s.count("debt", "parentheses negative")).isEqualTo(2);
    assertThat(s.count("debt", "not a number")).isEqualTo(1);
    assertThat(s.count("debt", "missing")).isEqualTo(1);
    assertThat(s.count("name", "missing")).isEqualTo(1);
    assertThat(s.count("missing: empty cell")).isEqualTo(1);
    assertThat(s.count("missing: marker `n/a`")).isEqualTo(2);
    assertThat(s.count("missing: marker `—`")).isEqualTo(1);
    assertThat(s.count("missing: marker `-`")).isEqualTo(1);
    assertThat(s.count("missing: marker `#N/A`")).isEqualTo(1);
    assertThat(s.examples()).anyMatch(e -> e.startsWith("debt (not a number) line 3: `abc`"));
    assertThat(s.byColumn("percent")).containsExactly(java.util.Map.entry("share", 3L));
    // a code column with text in it stays text by the majority rule (2 of 5 cells are numbers)
    assertThat(p.hasText("code")).isTrue();
    assertThat(r.log().step("read").notes()).anyMatch(n -> n.contains("`code`: text (2 of 5"));
    // cells parsed plus missing plus not-a-number account for every cell of the numeric columns
    assertThat(s.cellsIn()).isEqualTo(5 * 3);
    assertThat(s.cellsOut()).isEqualTo(15 - 3 - 1 - 1 - 1);
  }

  @Test void aListedNumericColumnIsNeverSilentlyText() {
    Fixture.write(dir, "m.csv", MESSY);
    CleanResult r = Fixture.run(dir, Fixture.data("m.csv", "firm", "year"), "numeric: [code]\ntext: [share]");
    assertThat(r.panel().hasNumeric("code")).isTrue();
    assertThat(at(r.panel(), "code", "A", 2019)).isEqualTo(3711.0);
    assertThat(at(r.panel(), "code", "B", 2019)).isNaN();
    assertThat(r.log().step("numbers").count("code", "not a number")).isEqualTo(3);
    assertThat(r.panel().hasText("share")).isTrue();
    assertThat(Fixture.text(r.panel(), "share", "A", 2019)).isEqualTo("12.5%");
  }

  @Test void percentAsNumberAndUnits() {
    Fixture.write(dir, "u.csv", "firm,year,share,rev\nA,2019,12.5%,3.5亿\nA,2020,1%,1200万\n");
    CleanResult r = Fixture.run(dir, Fixture.data("u.csv", "firm", "year"), "percent: number\nunits: {万: 1.0e4, 亿: 1.0e8}");
    assertThat(r.panel().numeric("share")).containsExactly(12.5, 1.0);
    assertThat(r.panel().numeric("rev")).containsExactly(3.5e8, 1.2e7);
    assertThat(r.log().step("numbers").count("rev", "unit suffix")).isEqualTo(2);
  }

  @Test void configuredMissingMarkers() {
    Fixture.write(dir, "k.csv", "firm,year,x\nA,2019,-999\nA,2020,n/a\nA,2021,5\n");
    CleanResult r = Fixture.run(dir, Fixture.data("k.csv", "firm", "year"), "missing_markers: ['-999']\nnumeric: [x]");
    assertThat(r.panel().numeric("x")[0]).isNaN();
    assertThat(r.panel().numeric("x")[2]).isEqualTo(5.0);
    CleanLog.Step s = r.log().step("numbers");
    assertThat(s.count("missing: marker `-999`")).isEqualTo(1);
    assertThat(s.count("x", "not a number")).isEqualTo(1); // n/a is no longer a marker
  }

  /** A column typed numeric from its first rows whose later rows are mostly text is read again, as text. */
  @Test void autoTypingFollowsTheWholeColumn() {
    StringBuilder b = new StringBuilder("firm,year,note\n");
    for (int i = 0; i < 300; i++) b.append("F").append(i).append(",2019,").append(i).append('\n');
    for (int i = 0; i < 400; i++) b.append("G").append(i).append(",2019,text ").append(i).append('\n');
    Fixture.write(dir, "late.csv", b.toString());
    CleanResult r = Fixture.run(dir, Fixture.data("late.csv", "firm", "year"), "");
    assertThat(r.panel().hasText("note")).isTrue();
    assertThat(Fixture.text(r.panel(), "note", "F12", 2019)).isEqualTo("12");
    // and the other way: text first, numbers later
    StringBuilder c = new StringBuilder("firm,year,v\n");
    for (int i = 0; i < 250; i++) c.append("F").append(i).append(",2019,x").append('\n');
    for (int i = 0; i < 400; i++) c.append("G").append(i).append(",2019,").append(i).append(".5\n");
    Fixture.write(dir, "early.csv", c.toString());
    CleanResult r2 = Fixture.run(dir, Fixture.data("early.csv", "firm", "year"), "");
    assertThat(r2.panel().hasNumeric("v")).isTrue();
    assertThat(at(r2.panel(), "v", "G7", 2019)).isEqualTo(7.5);
    assertThat(r2.log().step("numbers").count("v", "not a number")).isEqualTo(250);
    assertThat(r2.log().step("numbers").examples()).anyMatch(e -> e.contains("line 2: `x`"));
  }
}
