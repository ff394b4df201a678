package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearParserTest {
  @Test void yearsAsExportsWriteThem() {
    assertThat(YearParser.parse("2019")).isEqualTo(2019);
    assertThat(YearParser.parse(" 2019 ")).isEqualTo(2019);
    assertThat(YearParser.parse("2019.0")).isEqualTo(2019);
    assertThat(YearParser.parse("2019-12-31")).isEqualTo(2019);
    assertThat(YearParser.parse("2019/12/31")).isEqualTo(2019);
    assertThat(YearParser.parse("31.12.2019")).isEqualTo(2019);
    assertThat(YearParser.parse("20191231")).isEqualTo(2019);
    assertThat(YearParser.parse("2019年")).isEqualTo(2019);
    assertThat(YearParser.parse("2019年12月31日")).isEqualTo(2019);
    assertThat(YearParser.parse("FY2019")).isEqualTo(2019);
  }

  @Test void noSinglePlausibleYear() {
    for (String s : new String[] {null, "", "abc", "19", "FY19", "2019-2020", "12345", "20191331", "1066", "2250",
        "#N/A"})
      assertThat(YearParser.parse(s)).as(String.valueOf(s)).isEqualTo(YearParser.INVALID);
  }

  @Test void formsForTheLog() {
    assertThat(form("2019")).isEqualTo(YearParser.Form.NUMBER);
    assertThat(form("2019.0")).isEqualTo(YearParser.Form.NUMBER);
    assertThat(form("2019-12-31")).isEqualTo(YearParser.Form.DATE);
    assertThat(form("20191231")).isEqualTo(YearParser.Form.DATE);
    assertThat(form("2019年")).isEqualTo(YearParser.Form.TEXT);
    assertThat(form("FY2019")).isEqualTo(YearParser.Form.TEXT);
  }

  private static YearParser.Form form(String s) { return YearParser.form(s.toCharArray(), 0, s.length()); }
}
