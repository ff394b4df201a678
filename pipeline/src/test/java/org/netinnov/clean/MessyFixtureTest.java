package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.data.Panel;

/**
 * A fixture that mimics the synthetic dataset's injected problems (see {@link MessyPanelWriter}): every injected
 * kind must show up as its own count in the cleaning log, exactly. The same mapping applies to
 * {@code datasets/synthetic/innovation_panel_injected.json}:
 *
 * <ul>
 *   <li>missing.by_column[c] → step {@code numbers}, {@code count(c, "missing")}</li>
 *   <li>missing.by_marker[""] → {@code numbers.count("missing: empty cell")}; by_marker[m] →
 *   {@code numbers.count("missing: marker `m`")}</li>
 *   <li>percent_text.by_column[c] → {@code numbers.count(c, "percent")}</li>
 *   <li>thousands_text.by_column[c] → {@code numbers.count(c, "thousands separators")}</li>
 *   <li>blank_firm_id.rows → {@code identifiers.count("blank firm id")}</li>
 *   <li>duplicates.exact / .modified → {@code duplicates.count("exact duplicate rows")} /
 *   {@code count("conflicting duplicate rows")}</li>
 *   <li>outliers.by_column[c] → with {@code ranges: {leverage: [null, 5], roa: [-2, 2]}}:
 *   {@code ranges.count(c, "above max") + count(c, "below min")}, for the outlier cells on lines that survive the
 *   identifiers and duplicates steps; with winsorizing, every outlier is among {@code winsorize}'s
 *   {@code below lower cut-off} / {@code above upper cut-off}.</li>
 * </ul>
 */
class MessyFixtureTest {
  @TempDir Path dir;

  @Test void everyInjectedProblemIsCountedExactly() throws Exception {
    Path file = dir.resolve("messy.csv");
    MessyPanelWriter.Injected inj = MessyPanelWriter.write(file, 10_000, 2024);
    assertThat(inj.blankFirmIds).isPositive();
    assertThat(inj.exactDuplicates).isPositive();
    assertThat(inj.conflictingDuplicates).isPositive();
    assertThat(MessyPanelWriter.Injected.total(inj.outliersKept)).isPositive();

    CleanResult r = Fixture.run(dir, Fixture.data("messy.csv", "firm_id", "year"),
        "duplicates: first\nranges: {leverage: [null, 5], roa: [-2, 2]}");
    CleanLog log = r.log();
    CleanLog.Step numbers = log.step("numbers");
    assertThat(r.rawRows()).isEqualTo(inj.dataLines);
    for (var e : inj.missing.entrySet())
      assertThat(numbers.count(e.getKey(), "missing")).as("missing in %s", e.getKey()).isEqualTo(e.getValue());
    for (var e : inj.missingByMarker.entrySet()) {
      String key = e.getKey().isEmpty() ? "missing: empty cell" : "missing: marker `" + e.getKey() + "`";
      assertThat(numbers.count(key)).as(key).isEqualTo(e.getValue());
    }
    for (var e : inj.percent.entrySet())
      assertThat(numbers.count(e.getKey(), "percent")).as("percent in %s", e.getKey()).isEqualTo(e.getValue());
    for (var e : inj.thousands.entrySet())
      assertThat(numbers.count(e.getKey(), "thousands separators")).as("thousands in %s", e.getKey()).isEqualTo(e.getValue());
    assertThat(numbers.total("not a number")).isZero();
    assertThat(log.step("identifiers").count("blank firm id")).isEqualTo(inj.blankFirmIds);
    CleanLog.Step dup = log.step("duplicates");
    assertThat(dup.count("exact duplicate rows")).isEqualTo(inj.exactDuplicates);
    assertThat(dup.count("conflicting duplicate rows")).isEqualTo(inj.conflictingDuplicates);
    CleanLog.Step ranges = log.step("ranges");
    for (var e : inj.outliersKept.entrySet())
      assertThat(ranges.count(e.getKey(), "above max") + ranges.count(e.getKey(), "below min")).as(e.getKey())
          .isEqualTo(e.getValue());
    // rows: data lines − blank ids − duplicates removed = firm-years of the panel
    assertThat(log.before().firmYears())
        .isEqualTo(inj.dataLines - inj.blankFirmIds - inj.exactDuplicates - inj.conflictingDuplicates);
    assertThat(r.panel().hasText("firm_name")).isTrue();
    assertThat(r.panel().numericNames()).contains(MessyPanelWriter.measured());
  }

  /** Every panel step's rows and cells in are the previous step's out, and the last out is the panel's. */
  @Test void theLogChainsThroughEveryStep() throws Exception {
    MessyPanelWriter.write(dir.resolve("messy.csv"), 4_000, 3);
    CleanResult r = Fixture.run(dir, Fixture.data("messy.csv", "firm_id", "year"), String.join("\n",
        "duplicates: last", "ranges: {leverage: [null, 5]}", "years: [2006, 2022]",
        "exclude: {column: industry, prefixes: [C2]}",
        "fill: {method: locf, max_gap: 1, columns: [revenue, rd_spending]}",
        "derive: {rd_int: rd_spending / revenue, lrev: log(revenue), lag_rd: 'l(rd_int, 1)'}",
        "winsorize: {columns: [rd_int, roa], lower: 0.05, upper: 0.95, by: year}",
        "require: [lrev, lag_rd]", "min_years: 4"));
    var steps = r.log().steps().stream().filter(s -> s.source().isEmpty()).toList();
    assertThat(steps).extracting(CleanLog.Step::name)
        .containsExactly("ranges", "years", "exclude", "fill", "derive", "winsorize", "require", "min_years");
    assertThat(steps.get(0).rowsIn()).isEqualTo(r.log().before().firmYears());
    assertThat(steps.get(0).cellsIn()).isEqualTo(r.log().step("duplicates").cellsOut());
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).rowsIn()).as(steps.get(i).name()).isEqualTo(steps.get(i - 1).rowsOut());
      assertThat(steps.get(i).cellsIn()).as(steps.get(i).name()).isEqualTo(steps.get(i - 1).cellsOut());
    }
    assertThat(steps.get(steps.size() - 1).rowsOut()).isEqualTo(r.panel().rows());
    assertThat(steps.get(steps.size() - 1).cellsOut()).isEqualTo(StepLog.nonMissing(r.panel()));
    assertThat(r.log().after().firmYears()).isEqualTo(r.panel().rows());
    for (int f = 0; f < r.panel().firms(); f++)
      assertThat(r.panel().firmStart(f + 1) - r.panel().firmStart(f)).isGreaterThanOrEqualTo(4);
  }

  @Test void winsorizingCatchesEveryOutlier() throws Exception {
    Path file = dir.resolve("messy.csv");
    MessyPanelWriter.write(file, 5_000, 7);
    CleanResult r = Fixture.run(dir, Fixture.data("messy.csv", "firm_id", "year"),
        "duplicates: first\nwinsorize: {columns: [leverage, roa], lower: 0.01, upper: 0.99}");
    Panel p = r.panel();
    for (double v : p.numeric("leverage")) assertThat(v != v || v < 5).isTrue();
    for (double v : p.numeric("roa")) assertThat(v != v || Math.abs(v) < 2).isTrue();
    CleanLog.Step w = r.log().step("winsorize");
    assertThat(w.values().get("leverage: upper cut-off")).isLessThan(1.0);
  }
}
