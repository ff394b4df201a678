package org.netinnov.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.clean.NumberParser.Kind;

class NumberParserTest {
  private final NumberParser fraction = new NumberParser(CleanSpec.DEFAULT_MISSING, true,
      Map.of("万", 1.0e4, "亿", 1.0e8, "万元", 1.0e4));
  private final NumberParser number = new NumberParser(CleanSpec.DEFAULT_MISSING, false);

  private static double parse(NumberParser p, String s, Kind expected) {
    double v = p.parse(s);
    assertThat(p.kind()).as("kind of `%s`", s).isEqualTo(expected);
    return v;
  }

  @Test void plainNumbers() {
    assertThat(parse(fraction, "12", Kind.PLAIN)).isEqualTo(12.0);
    assertThat(parse(fraction, " -0.5 ", Kind.PLAIN)).isEqualTo(-0.5);
    assertThat(parse(fraction, "+3.", Kind.PLAIN)).isEqualTo(3.0);
    assertThat(parse(fraction, ".25", Kind.PLAIN)).isEqualTo(0.25);
    assertThat(parse(fraction, "1.5E3", Kind.PLAIN)).isEqualTo(1500.0);
    assertThat(parse(fraction, "2e-3", Kind.PLAIN)).isEqualTo(0.002);
    assertThat(parse(fraction, "000333", Kind.PLAIN)).isEqualTo(333.0);
    assertThat(parse(fraction, "\u22121.5", Kind.PLAIN)).isEqualTo(-1.5); // the Unicode minus sign
  }

  @Test void thousandsSeparators() {
    assertThat(parse(fraction, "1,234", Kind.THOUSANDS)).isEqualTo(1234.0);
    assertThat(parse(fraction, "-1,234,567.89", Kind.THOUSANDS)).isEqualTo(-1234567.89);
    // a comma that is not a thousands separator is not silently dropped
    parse(fraction, "1,23", Kind.UNPARSEABLE);
    parse(fraction, "1234,567", Kind.UNPARSEABLE);
    parse(fraction, "1.234,56", Kind.UNPARSEABLE);
    parse(fraction, ",123", Kind.UNPARSEABLE);
  }

  @Test void percentAsFractionOrNumber() {
    assertThat(parse(fraction, "12.5%", Kind.PERCENT)).isEqualTo(0.125);
    assertThat(parse(fraction, "12.5 ％", Kind.PERCENT)).isEqualTo(0.125);
    assertThat(parse(number, "12.5%", Kind.PERCENT)).isEqualTo(12.5);
    assertThat(parse(fraction, "-3%", Kind.PERCENT)).isEqualTo(-0.03);
    assertThat(parse(fraction, "1,250%", Kind.PERCENT)).isEqualTo(12.5);
    parse(fraction, "%", Kind.UNPARSEABLE);
    // the decimal point moves: the result is the double nearest to the decimal fraction, as if written 0.036
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 5_000; k++) {
      String digits = String.format(Locale.ROOT, "%." + r.nextInt(0, 6) + "f", r.nextDouble() * Math.pow(10, r.nextInt(0, 5)));
      double expected = new java.math.BigDecimal(digits).movePointLeft(2).doubleValue();
      if (fraction.parse(digits + "%") != expected)
        assertThat(fraction.parse(digits + "%")).as("seed 3 case %d `%s%%`", k, digits).isEqualTo(expected);
    }
    assertThat(fraction.parse("1.5e1%")).isEqualTo(0.15);
  }

  @Test void parenthesesForNegatives() {
    assertThat(parse(fraction, "(1,200)", Kind.PARENTHESES)).isEqualTo(-1200.0);
    assertThat(parse(fraction, "( 3.5 )", Kind.PARENTHESES)).isEqualTo(-3.5);
    assertThat(parse(fraction, "(12%)", Kind.PERCENT)).isEqualTo(-0.12);
    parse(fraction, "()", Kind.UNPARSEABLE);
  }

  @Test void unitSuffixesLongestFirst() {
    assertThat(parse(fraction, "3.5亿", Kind.UNIT)).isEqualTo(3.5e8);
    assertThat(parse(fraction, "1,200万", Kind.UNIT)).isEqualTo(1.2e7);
    assertThat(parse(fraction, "12 万元", Kind.UNIT)).isEqualTo(1.2e5);
    assertThat(parse(fraction, "1.1亿", Kind.UNIT)).isEqualTo(110_000_000.0); // 1.1 * 1e8 would be 110000000.00000001
    NumberParser odd = new NumberParser(List.of(), true, Map.of("k", 1024.0));
    assertThat(parse(odd, "2k", Kind.UNIT)).isEqualTo(2048.0);
    parse(number, "3.5亿", Kind.UNPARSEABLE); // not configured there
  }

  @Test void missingMarkersAndEmpty() {
    for (String m : List.of("", "  ", "n/a", "NA", "-", "—", "null", "#N/A", "NaN", ".")) {
      assertThat(parse(fraction, m, Kind.MISSING)).isNaN();
      assertThat(NumberParser.isUnparseable(fraction.parse(m))).isFalse();
    }
    fraction.parse("");
    assertThat(fraction.marker()).isEqualTo(NumberParser.EMPTY);
    fraction.parse("#N/A");
    assertThat(fraction.markers().get(fraction.marker())).isEqualTo("#N/A");
    // markers are configurable: without "-" a lone dash is not a number
    NumberParser strict = new NumberParser(List.of("NA"), true);
    parse(strict, "-", Kind.UNPARSEABLE);
    parse(strict, "", Kind.MISSING);
  }

  @Test void textThatIsNotANumber() {
    for (String s : List.of("abc", "12abc", "1e", "1e+", "--5", "1.2.3", "Inf", "Infinity", "0x1p3", "1e999", "1d"))
      assertThat(NumberParser.isUnparseable(parse(fraction, s, Kind.UNPARSEABLE))).as(s).isTrue();
  }

  /** The fast path must give exactly the double that Double.parseDouble gives, for any decimal text. */
  @Test void agreesWithDoubleParseDoubleOnRandomDecimals() {
    long seed = 20260101L;
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 50_000; k++) {
      String s = randomDecimal(r);
      double expected = Double.parseDouble(s);
      if (Double.isInfinite(expected)) continue;
      double got = fraction.parse(s);
      if (Double.doubleToRawLongBits(got) != Double.doubleToRawLongBits(expected)) // assert only on failure: speed
        assertThat(Double.doubleToRawLongBits(got)).as("seed %d case %d: `%s` gave %s, not %s", seed, k, s, got, expected)
            .isEqualTo(Double.doubleToRawLongBits(expected)); // the bits: 0.0 and -0.0 are equal doubles
    }
  }

  private static String randomDecimal(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(4) == 0) b.append('-');
    int intDigits = r.nextInt(0, 22), fracDigits = r.nextInt(0, 22);
    if (intDigits == 0 && fracDigits == 0) intDigits = 1;
    for (int i = 0; i < intDigits; i++) b.append((char) ('0' + r.nextInt(10)));
    if (fracDigits > 0) {
      b.append('.');
      for (int i = 0; i < fracDigits; i++) b.append((char) ('0' + r.nextInt(10)));
    }
    if (r.nextInt(5) == 0) b.append('e').append(r.nextInt(-40, 40));
    return b.toString();
  }

  @Test void formattedDoublesRoundTrip() {
    SplittableRandom r = new SplittableRandom(7);
    for (int k = 0; k < 5_000; k++) {
      double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 12));
      for (String s : List.of(Double.toString(x), String.format(Locale.ROOT, "%.4f", x), String.format(Locale.ROOT, "%,.2f", x))) {
        double expected = Double.parseDouble(s.replace(",", ""));
        double got = fraction.parse(s);
        if (Double.doubleToRawLongBits(got) != Double.doubleToRawLongBits(expected)) // -0.0 too (from "-0.0000")
          assertThat(Double.doubleToRawLongBits(got)).as("seed 7 case %d `%s` gave %s, not %s", k, s, got, expected)
              .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }
}
