package org.netinnov.casestudy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Words for the case figures in report tables: readable series and kind names, and a figure written the way the
 * paper qualifies it ("&gt; 3 billion CNY" for "more than 3 billion yuan"), so that a bound is never shown as if it
 * were the value.
 */
public final class CaseLabels {
  private static final Map<String, String> SERIES = Map.of(
      "patent_applications", "Patent applications",
      "rd_centres_worldwide", "R&D centres worldwide",
      "rd_centres_overseas", "R&D centres overseas",
      "rd_centres_overseas_share", "Overseas share of R&D centres",
      "overseas_revenue_share", "Overseas revenue share",
      "top5_supplier_purchase_share", "Top-5 supplier purchase share",
      "rd_investment", "R&D investment",
      "rd_to_management_personnel_ratio", "R&D to management personnel ratio");

  private CaseLabels() {}

  /** A readable name of a series of {@code series.csv}; unknown names with underscores as spaces. */
  public static String series(String name) {
    String s = SERIES.get(name);
    return s != null ? s : words(name);
  }

  /**
   * {@code university_collaboration} → {@code University collaboration}; the abbreviations of the case files are
   * written out as usual ({@code rd} → R&amp;D, {@code oem} → OEM).
   */
  public static String words(String snake) {
    StringBuilder b = new StringBuilder();
    for (String w : snake.split("_")) {
      if (w.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(ABBREVIATIONS.getOrDefault(w, w));
    }
    return b.isEmpty() ? "" : Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private static final Map<String, String> ABBREVIATIONS = Map.of("rd", "R&D", "oem", "OEM", "ma", "M&A");

  /** {@code government} → {@code Government}. */
  public static String networkType(String label) {
    return words(label);
  }

  /**
   * The figure with its qualifier and unit as a reader would write it: "&gt; 3 billion CNY", "&gt; 50%",
   * "≈ 20,000 persons", "&lt; 10,000 persons", "26.71%"; a target is "target: 17,000". Counts carry no unit word.
   */
  public static String reported(double value, String unit, Qualifier q) {
    String number = number(value) + unitSuffix(unit);
    return switch (q) {
      case EXACT -> number;
      case MORE_THAN -> "> " + number;
      case LESS_THAN -> "< " + number;
      case APPROX -> "≈ " + number;
      case TARGET -> "target: " + number;
      case RANGE -> throw new IllegalArgumentException("a range needs its upper end: use reportedRange");
    };
  }

  /** A range "3–6 times". */
  public static String reportedRange(double low, double high, String unit) {
    return number(low) + "–" + number(high) + unitSuffix(unit);
  }

  /** How a growth figure relates to the true growth, in words. */
  public static String growthBound(GrowthBound b, boolean approximate) {
    String s = switch (b) {
      case EXACT -> "exact";
      case LOWER_BOUND -> "lower bound";
      case UPPER_BOUND -> "upper bound";
      case INDETERMINATE -> "indeterminate";
    };
    if (approximate) {
      return b == GrowthBound.EXACT ? "approximate" : s + ", approximate";
    }
    return s;
  }

  /** Grouped integer (20,000) or the plain decimal as printed (26.71), "." as separator whatever the locale. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String unitSuffix(String unit) {
    return switch (unit) {
      case "percent" -> "%";
      case "count" -> "";
      default -> " " + unit;
    };
  }
}
