package org.netinnov.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The locale-free number writer: plain, percent and thousands forms carry the same value. */
class CsvRowTest {

  private static String one(java.util.function.Consumer<CsvRow> cell) {
    CsvRow r = new CsvRow(1);
    r.clear();
    cell.accept(r.next());
    r.finish();
    return r.cellText(0);
  }

  @Test
  void writesFixedDecimals() {
    assertThat(one(r -> r.fixed(12345, 2))).isEqualTo("123.45");
    assertThat(one(r -> r.fixed(-5, 4))).isEqualTo("-0.0005");
    assertThat(one(r -> r.fixed(0, 4))).isEqualTo("0.0000");
    assertThat(one(r -> r.fixed(7, 0))).isEqualTo("7");
    assertThat(one(r -> r.integer(Long.MAX_VALUE))).isEqualTo("9223372036854775807");
    assertThat(one(r -> r.integer(-100))).isEqualTo("-100");
  }

  @Test
  void writesPercentAndThousandsForms() {
    assertThat(one(r -> r.percent(1250, 4))).isEqualTo("12.50%");
    assertThat(one(r -> r.percent(83, 6))).isEqualTo("0.0083%");
    assertThat(one(r -> r.grouped(123456789, 2))).isEqualTo("\"1,234,567.89\"");
    assertThat(one(r -> r.grouped(100000, 2))).isEqualTo("\"1,000.00\"");
    assertThat(one(r -> r.grouped(99999, 2))).isEqualTo("\"999.99\"");
  }

  @Test
  void scaleRoundsHalfUp() {
    assertThat(CsvRow.scale(0.12345, 4)).isEqualTo(1235L);
    assertThat(CsvRow.scale(-0.00004, 4)).isEqualTo(0L);
    assertThat(one(r -> r.fixed(CsvRow.scale(-0.00004, 4), 4))).isEqualTo("0.0000");
  }

  /** 500 seeded cases, plus the edges of the range; a failure names the case. */
  @Test
  void allFormsDenoteTheSameNumber() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(2026);
    allFormsDenoteTheSameNumber(-10_000_000_000L, 2);
    allFormsDenoteTheSameNumber(10_000_000_000L, 6);
    allFormsDenoteTheSameNumber(0L, 3);
    for (int c = 0; c < 500; c++)
      allFormsDenoteTheSameNumber(r.nextLong(-10_000_000_000L, 10_000_000_001L), 2 + r.nextInt(5));
  }

  private void allFormsDenoteTheSameNumber(long scaled, int decimals) {
    BigDecimal exact = BigDecimal.valueOf(scaled, decimals);
    String plain = one(r -> r.fixed(scaled, decimals));
    String percent = one(r -> r.percent(scaled, decimals));
    String grouped = one(r -> r.grouped(scaled, decimals));
    assertThat(new BigDecimal(plain)).isEqualByComparingTo(exact);
    assertThat(plain.substring(plain.indexOf('.') + 1)).hasSize(decimals);
    assertThat(new BigDecimal(percent.substring(0, percent.length() - 1)).movePointLeft(2)).isEqualByComparingTo(exact);
    assertThat(grouped).startsWith("\"").endsWith("\"");
    String inner = grouped.substring(1, grouped.length() - 1);
    assertThat(inner).matches("-?\\d{1,3}(,\\d{3})*\\.\\d+");
    assertThat(new BigDecimal(inner.replace(",", ""))).isEqualByComparingTo(exact);
  }

  @Test
  void replacesOneCellWhenWritingACopy() throws IOException {
    CsvRow row = new CsvRow(3);
    row.clear();
    row.next().ascii("a");
    row.next().integer(42);
    row.next().ascii("c");
    row.finish();
    CsvRow repl = new CsvRow(1);
    repl.clear();
    repl.next().ascii("41");
    repl.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    row.writeTo(out);
    row.writeReplacing(out, 1, repl);
    row.writeReplacing(out, 0, repl);
    row.writeReplacing(out, 2, repl);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,42,c\na,41,c\n41,42,c\na,42,41\n");
  }
}
