package org.netinnov.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.report.model.Cell;

class TextConventionsTest {

  @Test
  void fullPrecisionTextReadsBackToTheSameDouble() {
    long seed = 20240607L;
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      double v = switch (i % 4) {
        case 0 -> rnd.nextGaussian();
        case 1 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-30, 30));
        case 2 -> Math.rint(rnd.nextGaussian() * 1e6);
        default -> Double.longBitsToDouble(rnd.nextLong());
      };
      if (Double.isNaN(v) || Double.isInfinite(v)) continue;
      String s = NumberText.full(v);
      assertThat(Double.parseDouble(s)).as("seed %d case %d: %s -> %s", seed, i, v, s).isEqualTo(v);
    }
    assertThat(NumberText.full(2.0)).isEqualTo("2");
    assertThat(NumberText.full(0.1)).isEqualTo("0.1");
    assertThat(NumberText.full(Double.NaN)).isEmpty();
  }

  @Test
  void displayedDigits() {
    assertThat(NumberText.display(Cell.num(-0.0004), 3)).isEqualTo("-0.000");
    assertThat(NumberText.display(Cell.num(1.23456, 2), 3)).isEqualTo("1.23");
    assertThat(NumberText.display(Cell.integer(1234567), 3)).isEqualTo("1,234,567");
    assertThat(NumberText.display(Cell.percent(0.0285), 3)).isEqualTo("2.9%");
    assertThat(NumberText.display(Cell.pValue(0.00049), 3)).isEqualTo("<0.001");
    assertThat(NumberText.display(Cell.pValue(0.001), 3)).isEqualTo("0.001");
    assertThat(NumberText.display(Cell.pValue(0.0), 3)).isEqualTo("<0.001");
    assertThat(NumberText.width("海外ab")).isEqualTo(6);
  }

  @Test
  void hugeNumbersInScientificNotation() {
    assertThat(NumberText.fixed(1.2173656250410582e34, 3)).isEqualTo("1.217E+34");
    assertThat(NumberText.fixed(-2.5e10, 2)).isEqualTo("-2.50E+10");
    assertThat(NumberText.fixed(9_999_999_999.0, 1)).isEqualTo("9999999999.0");
    assertThat(NumberText.fixed(Double.POSITIVE_INFINITY, 3)).isEqualTo("Inf");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      ExcelStyles st = new ExcelStyles(wb, 3);
      assertThat(st.format(org.netinnov.report.model.Cell.num(1.2e34))).isEqualTo("0.000E+00");
      assertThat(st.format(org.netinnov.report.model.Cell.num(1234.5))).isEqualTo("0.000");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void labels() {
    TermLabels l = new TermLabels(Map.of("government", "Government", "soe", "SOE", "firm_id", "Firm"));
    assertThat(l.label("government")).isEqualTo("Government");
    assertThat(l.label("l(government, 2)")).isEqualTo("Government (t-2)");
    assertThat(l.label("l(government, 0)")).isEqualTo("Government");
    assertThat(l.label("f(government, 1)")).isEqualTo("Government (t+1)");
    assertThat(l.label("government:soe")).isEqualTo("Government × SOE");
    assertThat(l.label("l(government, 1):soe")).isEqualTo("Government (t-1) × SOE");
    assertThat(l.label("l(log(government), 1):l(soe, 2)")).isEqualTo("log(government) (t-1) × SOE (t-2)");
    assertThat(l.label("log(a:b)")).isEqualTo("log(a:b)");
    assertThat(l.label("(Intercept)")).isEqualTo("Constant");
    assertThat(l.label("log(assets)")).isEqualTo("log(assets)");
    assertThat(l.fixedEffect("firm_id")).isEqualTo("Firm FE");
    assertThat(l.fixedEffect("industry^year")).isEqualTo("industry × year FE");
    assertThat(new TermLabels(Map.of("l(government, 2)", "Gov lag 2")).label("l(government, 2)")).isEqualTo("Gov lag 2");
  }

  @Test
  void significanceLegendAndColumns() {
    assertThat(Significance.legend(List.of(0.01, 0.1, 0.05))).isEqualTo("* p<0.1, ** p<0.05, *** p<0.01");
    assertThat(Significance.stars(0.05, List.of(0.1, 0.05, 0.01))).isEqualTo("*"); // strictly below
    assertThat(Significance.stars(Double.NaN, List.of(0.1))).isEmpty();
    assertThat(ModelFacts.columns(List.of(0, 1, 2, 4, 6, 7))).isEqualTo("(1)–(3), (5), (7), (8)");
  }
}
