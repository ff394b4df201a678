package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.netinnov.clean.Fixture.at;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/** Fill, ranges, sample filters, deflating, derived variables and the step order, on small hand-made panels. */
class PanelStepsTest {
  @TempDir Path dir;

  /**
   * Firm A: 2001=1, 2002=NA, 2003=3, 2004=NA, 2005=NA, 2006=6 (interior gaps of 1 and 2 years).
   * Firm B: 2001=10, 2002 absent, 2003=NA, 2004=40 (a 2-year gap, one of whose years is absent), 2005=NA (trailing).
   * Firm C: 2001=NA (leading), 2002=2.
   */
  private void writeGaps() {
    Fixture.write(dir, "g.csv", String.join("\n", "firm,year,x",
        "A,2001,1", "A,2002,", "A,2003,3", "A,2004,", "A,2005,", "A,2006,6",
        "B,2001,10", "B,2003,", "B,2004,40", "B,2005,",
        "C,2001,", "C,2002,2", ""));
  }

  @Test void interpolationBridgesOnlyShortInteriorGaps() {
    writeGaps();
    CleanResult r = Fixture.run(dir, Fixture.data("g.csv", "firm", "year"),
        "fill: {method: interpolate, max_gap: 1, columns: [x]}");
    Panel p = r.panel();
    assertThat(at(p, "x", "A", 2002)).isEqualTo(2.0);
    assertThat(at(p, "x", "A", 2004)).isNaN(); // 2004–2005: two missing years
    assertThat(at(p, "x", "B", 2003)).isNaN(); // 2002 is absent: 2002–2003 are two missing calendar years
    assertThat(at(p, "x", "B", 2005)).isNaN(); // never extrapolate
    assertThat(at(p, "x", "C", 2001)).isNaN();
    assertThat(r.log().step("fill").count("x", "filled")).isEqualTo(1);
    assertThat(r.log().step("fill").count("x", "left missing")).isEqualTo(5);

    CleanResult r2 = Fixture.run(dir, Fixture.data("g.csv", "firm", "year"),
        "fill: {method: interpolate, max_gap: 2, columns: [x]}");
    Panel q = r2.panel();
    assertThat(at(q, "x", "A", 2004)).isEqualTo(4.0);
    assertThat(at(q, "x", "A", 2005)).isEqualTo(5.0);
    assertThat(at(q, "x", "B", 2003)).isEqualTo(10 + 30 * 2 / 3.0, offset(1e-12)); // by calendar year, not by row
    assertThat(at(q, "x", "B", 2005)).isNaN();
    assertThat(r2.log().step("fill").count("x", "filled")).isEqualTo(4);
  }

  @Test void lastObservationCarriedForwardWithinTheLimit() {
    writeGaps();
    Panel p = Fixture.run(dir, Fixture.data("g.csv", "firm", "year"),
        "fill: {method: locf, max_gap: 1, columns: [x]}").panel();
    assertThat(at(p, "x", "A", 2002)).isEqualTo(1.0);
    assertThat(at(p, "x", "A", 2004)).isEqualTo(3.0);
    assertThat(at(p, "x", "A", 2005)).isNaN(); // two years after the last observation
    assertThat(at(p, "x", "B", 2003)).isNaN(); // 2003 − 2001 = 2 > 1
    assertThat(at(p, "x", "B", 2005)).isEqualTo(40.0);
    assertThat(at(p, "x", "C", 2001)).isNaN();
  }

  @Test void rangesSetImpossibleValuesMissing() {
    Fixture.write(dir, "r.csv", "firm,year,lev,roa\nA,2019,0.5,0.1\nA,2020,40,-3\nB,2019,-0.1,0.2\n");
    CleanResult r = Fixture.run(dir, Fixture.data("r.csv", "firm", "year"), "ranges: {lev: [0, 5], roa: [-2, null]}");
    assertThat(r.panel().numeric("lev")).containsExactly(0.5, Double.NaN, Double.NaN);
    assertThat(r.panel().numeric("roa")).containsExactly(0.1, Double.NaN, 0.2);
    CleanLog.Step s = r.log().step("ranges");
    assertThat(s.count("lev", "above max")).isEqualTo(1);
    assertThat(s.count("lev", "below min")).isEqualTo(1);
    assertThat(s.count("roa", "below min")).isEqualTo(1);
    assertThat(s.cellsIn() - s.cellsOut()).isEqualTo(3);
  }

  private void writeSample() {
    Fixture.write(dir, "s.csv", String.join("\n", "firm,year,ind,x,y",
        "A,2007,C13,1,1", "A,2008,C13,2,", "A,2009,C13,3,3", "A,2010,C13,4,4",
        "B,2008,J66,1,1", "B,2009,J66,2,2",
        "C,2008,K70,1,1", "C,2009,K70,2,2", "C,2010,K70,3,3",
        "D,2009,C27,5,5", ""));
  }

  @Test void yearsExcludeRequireAndMinYears() {
    writeSample();
    CleanResult r = Fixture.run(dir, Fixture.data("s.csv", "firm", "year"), String.join("\n",
        "years: [2008, null]", "exclude: [{column: ind, values: [J66]}, {column: ind, prefixes: [K]}]",
        "require: [y]", "min_years: 2"));
    Panel p = r.panel();
    assertThat(p.firmLabels()).containsExactly("A");
    assertThat(p.year()).containsExactly(2009, 2010);
    assertThat(r.log().step("years").count("rows before the first year")).isEqualTo(1);
    CleanLog.Step ex = r.log().step("exclude");
    assertThat(ex.count("ind", "value excluded")).isEqualTo(2);
    assertThat(ex.count("ind", "prefix excluded")).isEqualTo(3);
    assertThat(ex.count("firms dropped")).isEqualTo(2);
    assertThat(r.log().step("require").count("y", "missing")).isEqualTo(1);
    CleanLog.Step my = r.log().step("min_years");
    assertThat(my.count("firms dropped")).isEqualTo(1);
    assertThat(my.examples()).containsExactly("firm D: 1 firm-year(s)");
    assertThat(r.log().before().firmYears()).isEqualTo(10);
    assertThat(r.log().after().firmYears()).isEqualTo(2);
    assertThat(r.log().after().balanced()).isTrue();
    // steps chain: each step's rows in are the previous step's rows out
    var steps = r.log().steps().stream().filter(s -> s.source().isEmpty()).toList();
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).rowsIn()).isEqualTo(steps.get(i - 1).rowsOut());
      assertThat(steps.get(i).cellsIn()).isEqualTo(steps.get(i - 1).cellsOut());
    }
    assertThat(steps.get(steps.size() - 1).cellsOut()).isEqualTo(StepLog.nonMissing(p));
    assertThat(steps.get(0).cellsIn()).isEqualTo(r.log().step("duplicates").cellsOut());
  }

  @Test void excludeByNumericCodesAsText() {
    Fixture.write(dir, "n.csv", "firm,year,sic\nA,2019,6021\nB,2019,3711\n");
    Panel p = Fixture.run(dir, Fixture.data("n.csv", "firm", "year"), "exclude: {column: sic, prefixes: ['60']}").panel();
    assertThat(p.firmLabels()).containsExactly("B");
  }

  @Test void deflateByColumnAndByFile() {
    Fixture.write(dir, "p.csv", "firm,year,sales,cpi\nA,2010,100,100\nA,2011,110,110\nB,2011,55,110\nB,2012,60,\n");
    CleanResult r = Fixture.run(dir, Fixture.data("p.csv", "firm", "year"),
        "deflate: {columns: [sales], index: cpi, base_year: 2010}");
    assertThat(r.panel().numeric("sales")).containsExactly(100.0, 100.0, 50.0, Double.NaN);
    assertThat(r.log().step("deflate").count("sales", "no index for the year")).isEqualTo(1);
    assertThat(r.log().step("deflate").count("sales", "deflated")).isEqualTo(3);

    Fixture.write(dir, "cpi.csv", "year,cpi\n2010,100\n2011,110\n2012,120\n");
    Panel q = Fixture.run(dir, Fixture.data("p.csv", "firm", "year"),
        "deflate: {columns: [sales], index: cpi.csv, base_year: 2012}").panel();
    assertThat(q.numeric("sales")[0]).isCloseTo(120.0, offset(1e-12));
    assertThat(q.numeric("sales")[3]).isEqualTo(60.0);
  }

  @Test void deflateRefusesAnIndexThatVariesWithinAYearOrLacksTheBaseYear() {
    Fixture.write(dir, "p.csv", "firm,year,sales,cpi\nA,2010,100,100\nB,2010,110,101\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("p.csv", "firm", "year"),
        "deflate: {columns: [sales], index: cpi, base_year: 2010}"))
        .isInstanceOf(InputException.class).hasMessageContaining("different values within year 2010");
    Fixture.write(dir, "q.csv", "firm,year,sales,cpi\nA,2010,100,100\nB,2011,110,101\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("q.csv", "firm", "year"),
        "deflate: {columns: [sales], index: cpi, base_year: 2000}"))
        .isInstanceOf(InputException.class).hasMessageContaining("base year 2000");
  }

  @Test void derivedVariablesFollowTheYearAndCountUndefinedArithmetic() {
    Fixture.write(dir, "v.csv", String.join("\n", "firm,year,ni,assets,sales",
        "A,2001,1,10,100", "A,2002,2,0,110", "A,2004,3,-5,130", "B,2001,4,8,50", "B,2002,4,8,", ""));
    CleanResult r = Fixture.run(dir, Fixture.data("v.csv", "firm", "year"), String.join("\n", "derive:",
        "  roa: ni / assets", "  lassets: log(assets)", "  lag_sales: l(sales, 1)", "  d_sales: d(sales)",
        "  g_sales: growth(sales)", "  big: ifelse(sales > 100, 1, 0)", "  lead_ni: f(ni, 1)"));
    Panel p = r.panel();
    assertThat(at(p, "roa", "A", 2001)).isEqualTo(0.1);
    assertThat(at(p, "roa", "A", 2002)).isNaN();
    assertThat(at(p, "lassets", "A", 2004)).isNaN();
    // 2004's lag is 2003, which is absent: missing, although the previous row exists
    assertThat(at(p, "lag_sales", "A", 2004)).isNaN();
    assertThat(at(p, "lag_sales", "A", 2002)).isEqualTo(100.0);
    assertThat(at(p, "d_sales", "A", 2002)).isEqualTo(10.0);
    assertThat(at(p, "g_sales", "A", 2002)).isCloseTo(0.1, offset(1e-12));
    assertThat(at(p, "big", "A", 2002)).isEqualTo(1.0);
    assertThat(at(p, "big", "B", 2002)).isNaN();
    assertThat(at(p, "lead_ni", "A", 2002)).isNaN();
    assertThat(at(p, "lead_ni", "B", 2001)).isEqualTo(4.0);
    CleanLog.Step d = r.log().step("derive");
    assertThat(d.count("roa", "division by zero")).isEqualTo(1);
    assertThat(d.count("roa", "missing")).isEqualTo(1);
    assertThat(d.count("lassets", "log of a non-positive value")).isEqualTo(2);
    assertThat(d.count("lag_sales", "missing")).isEqualTo(3);
    for (double v : p.numeric("roa")) assertThat(Double.isInfinite(v)).isFalse();
  }

  @Test void deriveErrorsNameTheVariableAndSuggest() {
    Fixture.write(dir, "v.csv", "firm,year,ni,total assets\nA,2001,1,10\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("v.csv", "firm", "year"), "derive: {roa: ni / asets}"))
        .isInstanceOf(InputException.class).hasMessageContaining("clean.derive.roa").hasMessageContaining("`asets`");
    assertThat(Fixture.run(dir, Fixture.data("v.csv", "firm", "year"), "derive: {roa: 'ni / `total assets`'}")
        .panel().numeric("roa")).containsExactly(0.1);
  }

  @Test void stepOrderIsConfigurableAndChecked() {
    Fixture.write(dir, "o.csv", "firm,year,a,b\nA,2001,1,0\nA,2002,2,1\nA,2003,3,1\n");
    // winsorize names a derived variable but comes first: the error says what to do
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("o.csv", "firm", "year"), String.join("\n",
        "derive: {r: a / b}", "winsorize: {columns: [r]}", "order: [winsorize, derive]")))
        .isInstanceOf(InputException.class).hasMessageContaining("put `winsorize` after `derive`");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("o.csv", "firm", "year"), String.join("\n",
        "derive: {r: a / b}", "require: [r]", "order: [derive]")))
        .isInstanceOf(InputException.class).hasMessageContaining("`require` is configured but not listed");
    // years after derive keeps the lag of the first sample year
    CleanResult r = Fixture.run(dir, Fixture.data("o.csv", "firm", "year"), String.join("\n",
        "derive: {la: 'l(a, 1)'}", "years: [2002, 2003]", "order: [derive, years]"));
    assertThat(r.panel().numeric("la")).containsExactly(1.0, 2.0);
    CleanResult def = Fixture.run(dir, Fixture.data("o.csv", "firm", "year"), String.join("\n",
        "derive: {la: 'l(a, 1)'}", "years: [2002, 2003]"));
    assertThat(def.panel().numeric("la")).containsExactly(Double.NaN, 2.0);
  }

  @Test void noRowsLeftIsAClearError() {
    Fixture.write(dir, "z.csv", "firm,year,a\nA,2001,1\n");
    assertThatThrownBy(() -> Fixture.run(dir, Fixture.data("z.csv", "firm", "year"), "years: [2010, 2020]"))
        .isInstanceOf(InputException.class).hasMessageContaining("clean.years: no firm-years are left");
  }
}
