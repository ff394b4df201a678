package org.netinnov.data.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

class FormulaTest {

  @Test void expandsLagRangesInteractionsAndFixedEffects() {
    Formula f = Formula.parse("log1p(patents) ~ l(government, 0:2) + business*soe + log(total_assets) | firm_id + industry^year");
    assertThat(f.outcome().text()).isEqualTo("log1p(patents)");
    assertThat(f.termNames()).containsExactly("government", "l(government, 1)", "l(government, 2)", "business", "soe",
        "business:soe", "log(total_assets)");
    assertThat(f.intercept()).isTrue();
    assertThat(f.fixedEffects()).containsExactly(List.of("firm_id"), List.of("industry", "year"));
    assertThat(f.columns()).containsExactly("patents", "government", "business", "soe", "total_assets", "firm_id",
        "industry", "year");
  }

  @Test void interceptRemovalAndQuotedNames() {
    Formula f = Formula.parse("y ~ `total assets` + 总资产 - 1");
    assertThat(f.intercept()).isFalse();
    assertThat(f.termNames()).containsExactly("`total assets`", "总资产");
    assertThat(f.columns()).contains("total assets", "总资产");
  }

  @Test void errorsPointAtTheProblem() {
    assertThatThrownBy(() -> Formula.parse("y ~ x + lgo(z)")).hasMessageContaining("unknown function `lgo`")
        .hasMessageContaining("character 9");
    assertThatThrownBy(() -> Formula.parse("y x")).hasMessageContaining("needs `~`");
    assertThatThrownBy(() -> Formula.parse("y ~ a / b")).hasMessageContaining("I(a / b)");
    assertThatThrownBy(() -> Formula.parse("y ~ l(x)")).hasMessageContaining("needs the number of years");
    assertThatThrownBy(() -> Parser.parseExpression("log(l(x, 0:2))")).hasMessageContaining("only allowed as a model term");
  }

  @Test void evaluatesWithYearFollowingLagsAndCountsInvalidArithmetic() {
    Panel p = new PanelBuilder("firm", "year", new String[] {"a", "a", "a", "b"}, new int[] {2001, 2002, 2004, 2001})
        .numeric("x", new double[] {1, 2, 4, 0})
        .numeric("z", new double[] {2, 0, 8, 1}).build();
    EvalLog log = new EvalLog();
    double[] r = Parser.parseExpression("x / z").eval(p, log);
    assertThat(r[0]).isEqualTo(0.5);
    assertThat(r[1]).isNaN();
    assertThat(log.total()).isEqualTo(1);
    double[] g = Parser.parseExpression("growth(x)").eval(p, new EvalLog());
    assertThat(g[1]).isEqualTo(1.0);
    assertThat(g[2]).isNaN(); // 2003 absent
    double[] lg = Parser.parseExpression("log(x)").eval(p, log);
    assertThat(lg[3]).isNaN();
    assertThat(log.invalidCells()).containsEntry("log(x): log of a non-positive value", 1);
    double[] d = Parser.parseExpression("d(x) + 0 * (x > 1)").eval(p, log);
    assertThat(d[1]).isEqualTo(1.0);
    double[] dummy = Parser.parseExpression("ifelse(x >= 2 & z != 0, 1, 0)").eval(p, log);
    assertThat(dummy).containsExactly(0, 0, 1, 0);
  }
}
