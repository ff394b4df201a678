package org.netinnov.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.netinnov.report.model.Cell;

/**
 * Number-to-text conventions shared by the text writers (LaTeX, Markdown) and the regression table builder, so
 * that every output shows the same digits the Excel number formats show.
 */
public final class NumberText {
  private NumberText() {}

  /** Fixed decimals, "." as separator whatever the machine's locale; NaN → "". */
  public static String fixed(double v, int decimals) {
    if (Double.isNaN(v)) return "";
    if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
    if (scientific(v)) return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "E", v);
    return String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", v);
  }

  /**
   * Numbers from 1e10 up are shown in scientific notation (1.217E+34), as Excel's {@code 0.000E+00} shows them:
   * in fixed notation they would fill a column with digits or show as ### (a modified Wald statistic can be 1e34).
   */
  public static boolean scientific(double v) {
    return Math.abs(v) >= 1e10 && !Double.isInfinite(v);
  }

  /**
   * A p-value as papers print it: three decimals, and {@code <0.001} below that (never {@code 0.000}, which reads
   * as "exactly zero"); the cell keeps the full value.
   */
  public static String pValue(double p) {
    return pValue(p, 3);
  }

  /** As {@link #pValue(double)} with {@code decimals} digits above 0.001. */
  public static String pValue(double p, int decimals) {
    if (Double.isNaN(p)) return "";
    return p < 0.001 ? "<0.001" : fixed(p, decimals);
  }

  /** Integer with thousands separators (Excel {@code #,##0}). */
  public static String grouped(double v) {
    if (Double.isNaN(v)) return "";
    if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /**
   * The shortest text that reads back as the same double (round-trip), without exponent for ordinary
   * magnitudes: what CSV files carry so that no precision is lost.
   */
  public static String full(double v) {
    if (Double.isNaN(v)) return "";
    if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    double a = Math.abs(v);
    if (a >= 1e-5 && a < 1e15) return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return Double.toString(v);
  }

  /** A threshold as people write it: 0.1, 0.05, 0.01. */
  public static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** What a cell shows, using {@code defaultDecimals} when the cell has none of its own. */
  public static String display(Cell c, int defaultDecimals) {
    int d = c.decimals() >= 0 ? c.decimals() : defaultDecimals;
    return switch (c.kind()) {
      case BLANK -> "";
      case TEXT -> c.text() == null ? "" : c.text();
      case NUMBER -> fixed(c.number(), d);
      case INTEGER -> grouped(c.number());
      case PERCENT -> Double.isNaN(c.number()) ? "" : fixed(100 * c.number(), c.decimals() >= 0 ? c.decimals() : 1) + "%";
      case P_VALUE -> pValue(c.number());
    };
  }

  /** Full-precision text of a cell for machine-readable output (CSV): numbers round-trip, text as is. */
  public static String raw(Cell c) {
    return switch (c.kind()) {
      case BLANK -> "";
      case TEXT -> c.text() == null ? "" : c.text();
      default -> full(c.number());
    };
  }

  /** Display width in character cells: East Asian wide characters count two. */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
