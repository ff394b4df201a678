package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netinnov.clean.Fixture.at;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/**
 * Ten firms F0..F9 over 2001–2002; x takes the values 1..20 (odd in 2001, even in 2002, in scrambled firm order),
 * plus firm K with x missing in both years. Cut-offs worked out by hand with Stata's _pctile rule
 * (P = n·p whole → mean of x(P), x(P+1); else x(⌊P⌋+1)), n = 20 non-missing values.
 */
class WinsorizeTest {
  @TempDir Path dir;

  @BeforeEach void write() {
    StringBuilder b = new StringBuilder("firm,year,x\n");
    for (int f = 0; f < 10; f++) {
      int k = (f * 7) % 10; // scrambles which firm holds which value
      b.append("F").append(f).append(",2001,").append(2 * k + 1).append('\n');
      b.append("F").append(f).append(",2002,").append(2 * k + 2).append('\n');
    }
    b.append("K,2001,\nK,2002,NA\n");
    Fixture.write(dir, "w.csv", b.toString());
  }

  private CleanResult run(String spec) {
    return Fixture.run(dir, Fixture.data("w.csv", "firm", "year"), "winsorize: " + spec);
  }

  /** The firm holding value v (in year 2001 if v is odd, else 2002). */
  private static String firmOf(int v) {
    int k = (v - 1) / 2;
    for (int f = 0; f < 10; f++) if ((f * 7) % 10 == k) return "F" + f;
    throw new AssertionError();
  }

  private static double x(Panel p, int original) {
    return at(p, "x", firmOf(original), original % 2 == 1 ? 2001 : 2002);
  }

  @Test void pooledWholeP() {
    // p = 0.10: P = 2 → (2+3)/2 = 2.5 ; p = 0.90: P = 18 → (18+19)/2 = 18.5
    CleanResult r = run("{columns: [x], lower: 0.10, upper: 0.90}");
    Panel p = r.panel();
    assertThat(x(p, 1)).isEqualTo(2.5);
    assertThat(x(p, 2)).isEqualTo(2.5);
    assertThat(x(p, 3)).isEqualTo(3.0);
    assertThat(x(p, 18)).isEqualTo(18.0);
    assertThat(x(p, 19)).isEqualTo(18.5);
    assertThat(x(p, 20)).isEqualTo(18.5);
    assertThat(at(p, "x", "K", 2001)).isNaN();
    CleanLog.Step s = r.log().step("winsorize");
    assertThat(s.count("x", "below lower cut-off")).isEqualTo(2);
    assertThat(s.count("x", "above upper cut-off")).isEqualTo(2);
    assertThat(s.values()).containsEntry("x: lower cut-off", 2.5).containsEntry("x: upper cut-off", 18.5);
    assertThat(s.cellsChanged()).isEqualTo(4);
  }

  @Test void pooledFractionalP() {
    // p = 0.12: P = 2.4 → x(3) = 3 ; p = 0.88: P = 17.6 → x(18) = 18
    CleanResult r = run("{columns: [x], lower: 0.12, upper: 0.88}");
    assertThat(x(r.panel(), 2)).isEqualTo(3.0);
    assertThat(x(r.panel(), 19)).isEqualTo(18.0);
    assertThat(r.log().step("winsorize").values()).containsEntry("x: lower cut-off", 3.0)
        .containsEntry("x: upper cut-off", 18.0);
  }

  @Test void defaultOnePercentChangesNothingBelowOneHundredValues() {
    // p = 0.01: P = 0.2 → x(1); p = 0.99: P = 19.8 → x(20): the extremes themselves
    CleanResult r = run("{columns: [x]}");
    assertThat(r.log().step("winsorize").count("x", "below lower cut-off")).isZero();
    assertThat(x(r.panel(), 1)).isEqualTo(1.0);
  }

  @Test void byYear() {
    // 2001: 1,3,…,19 (n=10): p=0.1 → P=1 → (1+3)/2 = 2 ; p=0.9 → P=9 → (17+19)/2 = 18
    // 2002: 2,4,…,20: → 3 and 19
    CleanResult r = run("{columns: [x], lower: 0.1, upper: 0.9, by: year}");
    Panel p = r.panel();
    assertThat(x(p, 1)).isEqualTo(2.0);
    assertThat(x(p, 19)).isEqualTo(18.0);
    assertThat(x(p, 2)).isEqualTo(3.0);
    assertThat(x(p, 20)).isEqualTo(19.0);
    assertThat(x(p, 3)).isEqualTo(3.0);
    assertThat(r.log().step("winsorize").values()).containsEntry("x, 2001: lower cut-off", 2.0)
        .containsEntry("x, 2002: upper cut-off", 19.0);
  }

  @Test void trimSetsTheTailsMissing() {
    CleanResult r = run("{columns: [x], lower: 0.10, upper: 0.90, mode: trim}");
    Panel p = r.panel();
    assertThat(x(p, 1)).isNaN();
    assertThat(x(p, 2)).isNaN();
    assertThat(x(p, 3)).isEqualTo(3.0);
    assertThat(x(p, 19)).isNaN();
    assertThat(r.log().step("winsorize").cellsIn() - r.log().step("winsorize").cellsOut()).isEqualTo(4);
  }
}
