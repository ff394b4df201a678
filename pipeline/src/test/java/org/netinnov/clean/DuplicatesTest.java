package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netinnov.clean.Fixture.at;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/**
 * A: 2019 three times (an exact repeat written differently, 1,000 vs 1000, and a conflicting row), 2020 once.
 * B: 2019 twice, conflicting in x (missing in the first) and in the text column.
 */
class DuplicatesTest {
  @TempDir Path dir;

  @BeforeEach void write() {
    Fixture.write(dir, "d.csv", String.join("\n",
        "firm,year,x,y,tag",
        "A,2019,\"1,000\",2,p",   // line 2
        "A,2020,5,6,p",          // line 3
        "A,2019,1000,2,p",       // line 4: exact duplicate of line 2 (same values)
        "B,2019,,10,q",          // line 5
        "A,2019,3000,4,p",       // line 6: conflicting (x, y)
        "B,2019,8,10,r",         // line 7: conflicting (x, tag)
        ""));
  }

  private CleanResult run(String policy) {
    return Fixture.run(dir, Fixture.data("d.csv", "firm", "year"), "duplicates: " + policy);
  }

  @Test void errorPolicyStopsWithASummary() {
    assertThatThrownBy(() -> run("error")).isInstanceOf(InputException.class)
        .hasMessageContaining("d.csv").hasMessageContaining("3 duplicate firm-year row(s) (1 exact, 2 conflicting)")
        .hasMessageContaining("firm A, 2019: lines 2, 4, 6").hasMessageContaining("set clean.duplicates")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test void firstKeepsTheFirstRowInFileOrder() {
    CleanResult r = run("first");
    Panel p = r.panel();
    assertThat(p.rows()).isEqualTo(3);
    assertThat(at(p, "x", "A", 2019)).isEqualTo(1000.0);
    assertThat(at(p, "y", "A", 2019)).isEqualTo(2.0);
    assertThat(at(p, "x", "B", 2019)).isNaN();
    assertThat(Fixture.text(p, "tag", "B", 2019)).isEqualTo("q");
    CleanLog.Step s = r.log().step("duplicates");
    assertThat(s.rowsIn()).isEqualTo(6);
    assertThat(s.rowsOut()).isEqualTo(3);
    assertThat(s.count("exact duplicate rows")).isEqualTo(1);
    assertThat(s.count("conflicting duplicate rows")).isEqualTo(2);
    assertThat(s.count("rows removed")).isEqualTo(3);
    assertThat(s.count("firm-years with duplicates")).isEqualTo(2);
    assertThat(s.count("x", "conflicting values")).isEqualTo(2);
    assertThat(s.count("y", "conflicting values")).isEqualTo(1);
    assertThat(s.count("tag", "conflicting values")).isEqualTo(1);
    assertThat(s.examples()).anyMatch(e -> e.startsWith("firm A, 2019: lines 2, 4, 6") && e.contains("(x 1000 vs 3000)"));
    assertThat(r.log().summary()).contains("duplicates [d.csv]: 6 → 3 rows, cells 11 → 5; firm-years with duplicates 2, "
        + "exact duplicate rows 1, conflicting duplicate rows 2, rows removed 3, x: conflicting values 2, "
        + "y: conflicting values 1, tag: conflicting values 1");
    assertThat(r.log().summary()).contains("panel after: 2 firms, 3 firm-years, 2019–2020 (2 years), unbalanced, 0 interior gaps");
  }

  @Test void lastKeepsTheLastRow() {
    Panel p = run("last").panel();
    assertThat(at(p, "x", "A", 2019)).isEqualTo(3000.0);
    assertThat(at(p, "y", "A", 2019)).isEqualTo(4.0);
    assertThat(at(p, "x", "B", 2019)).isEqualTo(8.0);
    assertThat(Fixture.text(p, "tag", "B", 2019)).isEqualTo("r");
    assertThat(at(p, "x", "A", 2020)).isEqualTo(5.0);
  }

  @Test void meanAveragesNonMissingValues() {
    CleanResult r = run("mean");
    Panel p = r.panel();
    assertThat(at(p, "x", "A", 2019)).isEqualTo((1000 + 1000 + 3000) / 3.0);
    assertThat(at(p, "y", "A", 2019)).isEqualTo((2 + 2 + 4) / 3.0);
    assertThat(at(p, "x", "B", 2019)).isEqualTo(8.0); // the missing value is ignored
    assertThat(Fixture.text(p, "tag", "B", 2019)).isEqualTo("q"); // first non-missing text
    assertThat(r.log().step("duplicates").cellsChanged()).isEqualTo(3); // A x, A y, B x
  }

  @Test void noDuplicatesNoChange() {
    Fixture.write(dir, "ok.csv", "firm,year,x\nA,2019,1\nA,2020,2\n");
    CleanResult r = Fixture.run(dir, Fixture.data("ok.csv", "firm", "year"), "");
    assertThat(r.log().step("duplicates").count("rows removed")).isZero();
  }
}
