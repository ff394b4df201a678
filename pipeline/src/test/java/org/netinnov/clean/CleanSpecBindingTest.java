package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.config.ConfigException;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.RunConfig;

/** The clean: and data: sections bind from YAML through the project's loader, with defaults and path-naming errors. */
class CleanSpecBindingTest {
  @TempDir Path dir;

  private RunConfig load(String yaml) {
    Path f = Fixture.write(dir, "c.yaml", yaml);
    return ConfigLoader.load(f, List.of());
  }

  @Test void everyKeyBinds() {
    RunConfig c = load(String.join("\n",
        "data: {path: a.csv, firm: Stkcd, year: Accper, firm_width: 6,",
        "       join: [{path: b.xlsx, sheet: '2', how: inner, firm_width: 6}]}",
        "clean:",
        "  missing_markers: ['', NA, '-999', null]",
        "  percent: number",
        "  units: {万: 1.0e4, 亿: 1.0e8}",
        "  numeric: [sales]",
        "  text: [industry]",
        "  duplicates: mean",
        "  ranges: {leverage: [0, 5], roa: [null, 2]}",
        "  years: [2008, 2023]",
        "  exclude: {column: industry, values: [J66], prefixes: [K]}",
        "  min_years: 3",
        "  require: [roa2]",
        "  fill: {method: interpolate, max_gap: 2, columns: [sales]}",
        "  winsorize: {columns: [roa2], lower: 0.05, upper: 0.95, by: year, mode: trim}",
        "  deflate: {columns: [sales], index: cpi.csv, base_year: 2010}",
        "  derive: {roa2: ni / assets, lsales: log(sales)}",
        "  order: [ranges, years, exclude, fill, deflate, derive, winsorize, require, min_years]",
        ""));
    CleanSpec s = c.clean();
    assertThat(c.data().firmWidth()).isEqualTo(6);
    assertThat(c.data().join().get(0).how()).isEqualTo("inner");
    assertThat(c.data().join().get(0).firmWidth()).isEqualTo(6);
    assertThat(s.missingMarkers()).containsExactly("", "NA", "-999", "null");
    assertThat(s.percent()).isEqualTo("number");
    assertThat(s.units()).containsEntry("亿", 1.0e8);
    assertThat(s.duplicates()).isEqualTo("mean");
    assertThat(s.ranges().get("roa")).containsExactly(null, 2.0);
    assertThat(s.years()).containsExactly(2008, 2023);
    assertThat(s.exclude()).hasSize(1);
    assertThat(s.exclude().get(0).prefixes()).containsExactly("K");
    assertThat(s.minYears()).isEqualTo(3);
    assertThat(s.fill().maxGap()).isEqualTo(2);
    assertThat(s.winsorize().by()).isEqualTo("year");
    assertThat(s.winsorize().mode()).isEqualTo("trim");
    assertThat(s.deflate().baseYear()).isEqualTo(2010);
    assertThat(s.derive().keySet()).containsExactly("roa2", "lsales");
  }

  @Test void defaults() {
    CleanSpec s = load("data: {path: a.csv, firm: f, year: y}\n").clean();
    assertThat(s.missingMarkers()).isEqualTo(CleanSpec.DEFAULT_MISSING);
    assertThat(s.percent()).isEqualTo("fraction");
    assertThat(s.duplicates()).isEqualTo("error");
    assertThat(s.fill().method()).isEqualTo("keep");
    assertThat(s.fill().maxGap()).isEqualTo(1);
    assertThat(s.order()).isEqualTo(CleanSpec.DEFAULT_ORDER);
    assertThat(s.winsorize()).isNull();
    for (String step : CleanSpec.DEFAULT_ORDER) assertThat(s.configured(step)).as(step).isFalse();
    CleanSpec.Winsorize w = Fixture.clean("winsorize: {columns: [x]}").winsorize();
    assertThat(List.of(w.lower(), w.upper())).containsExactly(0.01, 0.99);
    assertThat(w.by()).isEqualTo("pooled");
    assertThat(w.mode()).isEqualTo("winsorize");
  }

  @Test void errorsNameThePath() {
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {duplicates: frist}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("clean").hasMessageContaining("did you mean `first`");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {winsorise: {columns: [x]}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("did you mean `winsorize`");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {fill: {method: interpolate}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("fill.columns");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {winsorize: {columns: [x], lower: 0.6}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("winsorize.lower");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {years: [2020, 2010]}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("after last year");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {order: [derive, winsorise]}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown step `winsorise`");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y}\nclean: {deflate: {columns: [x], index: cpi}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("base_year");
    assertThatThrownBy(() -> load("data: {path: a.csv, firm: f, year: y, join: [{path: b.csv, how: outer}]}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("left or inner");
  }
}
