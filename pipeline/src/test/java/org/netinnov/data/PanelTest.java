package org.netinnov.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PanelTest {

  /** Firm "10" observed 2001, 2002, 2004 (gap in 2003); firm "2" observed 2001–2002; rows given unsorted. */
  static Panel gapPanel() {
    String[] firm = {"10", "2", "10", "10", "2"};
    int[] year = {2004, 2002, 2001, 2002, 2001};
    double[] x = {4, 22, 1, 2, 21};
    return new PanelBuilder("firm", "year", firm, year).numeric("x", x).build();
  }

  @Test void sortsFirmsNumericallyThenYears() {
    Panel p = gapPanel();
    assertThat(p.firmLabels()).containsExactly("2", "10");
    assertThat(p.year()).containsExactly(2001, 2002, 2001, 2002, 2004);
    assertThat(p.numeric("x")).containsExactly(21, 22, 1, 2, 4);
    assertThat(p.firmOffsets()).containsExactly(0, 2, 5);
    assertThat(p.isBalanced()).isFalse();
  }

  @Test void lagFollowsTheYearNotTheRow() {
    Panel p = gapPanel();
    double[] lag1 = p.lag(p.numeric("x"), 1);
    // firm 2: NaN, 21; firm 10: NaN, 1, NaN (2003 is absent, so 2004 has no lag although a previous row exists)
    assertThat(lag1[0]).isNaN();
    assertThat(lag1[1]).isEqualTo(21);
    assertThat(lag1[2]).isNaN();
    assertThat(lag1[3]).isEqualTo(1);
    assertThat(lag1[4]).isNaN();
    double[] lag2 = p.lag(p.numeric("x"), 2);
    assertThat(lag2[4]).isEqualTo(2);
    double[] lead1 = p.lag(p.numeric("x"), -1);
    assertThat(lead1[0]).isEqualTo(22);
    assertThat(lead1[2]).isEqualTo(2);
    assertThat(lead1[3]).isNaN();
    assertThat(lead1[4]).isNaN();
  }

  @Test void duplicateFirmYearIsRefused() {
    assertThatThrownBy(() -> new PanelBuilder("f", "y", new String[] {"a", "a"}, new int[] {2000, 2000}).build())
        .isInstanceOf(PanelBuilder.DuplicateFirmYearException.class).hasMessageContaining("firm a, year 2000");
  }

  @Test void filterRenumbersFirms() {
    Panel p = gapPanel().filter(new boolean[] {false, false, true, true, true});
    assertThat(p.firms()).isEqualTo(1);
    assertThat(p.firmLabel(0)).isEqualTo("10");
    assertThat(p.firm()).containsExactly(0, 0, 0);
    assertThat(p.lag(p.numeric("x"), 1)[1]).isEqualTo(1);
  }

  @Test void factorsOfTextAndInteractions() {
    Factor a = Factor.ofStrings("ind", new String[] {"b", "a", null, "b"});
    assertThat(a.codes()).containsExactly(1, 0, -1, 1);
    Factor y = Factor.ofInts("year", new int[] {2001, 2001, 2002, 2002});
    Factor ay = Factor.interact(a, y);
    assertThat(ay.codes()).containsExactly(1, 0, -1, 2);
    assertThat(ay.labels()).containsExactly("a^2001", "b^2001", "b^2002");
  }
}
