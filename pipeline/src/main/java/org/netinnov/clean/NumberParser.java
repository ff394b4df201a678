package org.netinnov.clean;

import java.util.Set;

/**
 * Parses numbers as messy exports write them: thousands separators ({@code 1,234}), percent signs ({@code 12.5%},
 * read as a fraction 0.125 by default), parentheses for negatives ({@code (1,200)}), and missing markers.
 * Returns NaN for a missing marker and {@link #UNPARSEABLE} for anything else it cannot read.
 */
public final class NumberParser {
  /** Sentinel for a cell that is not a number and not a missing marker (a signalling NaN distinct from NaN). */
  public static final double UNPARSEABLE = Double.longBitsToDouble(0x7ff0_dead_0000_0001L);

  private final Set<String> missing;
  private final boolean percentAsFraction;

  public NumberParser(Iterable<String> missingMarkers, boolean percentAsFraction) {
    var s = new java.util.HashSet<String>();
    for (String m : missingMarkers) s.add(m.trim());
    this.missing = s;
    this.percentAsFraction = percentAsFraction;
  }

  public static boolean isUnparseable(double v) {
    return Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(UNPARSEABLE);
  }

  /** What kind of text a cell held, for the cleaning log. */
  public enum Kind { PLAIN, MISSING, THOUSANDS, PERCENT, PARENTHESES, UNPARSEABLE }

  public double parse(String cell) {
    return parse(cell, null);
  }

  /** Parses {@code cell}; if {@code kind} is non-null, kind[0] receives what was found. */
  public double parse(String cell, Kind[] kind) {
    if (cell == null) return found(kind, Kind.MISSING, Double.NaN);
    String s = cell.trim();
    if (s.isEmpty() || missing.contains(s)) return found(kind, Kind.MISSING, Double.NaN);
    double plain = plain(s);
    if (!Double.isNaN(plain)) return found(kind, Kind.PLAIN, plain);
    boolean negative = false;
    Kind k = Kind.PLAIN;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      k = Kind.PARENTHESES;
      s = s.substring(1, s.length() - 1).trim();
    }
    double scale = 1;
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).trim();
      if (percentAsFraction) scale = 0.01;
      k = Kind.PERCENT;
    }
    if (s.indexOf(',') >= 0) {
      if (!validThousands(s)) return found(kind, Kind.UNPARSEABLE, UNPARSEABLE);
      s = s.replace(",", "");
      if (k == Kind.PLAIN) k = Kind.THOUSANDS;
    }
    double v = plain(s);
    if (Double.isNaN(v)) return found(kind, Kind.UNPARSEABLE, UNPARSEABLE);
    v *= scale;
    return found(kind, k, negative ? -v : v);
  }

  private static double found(Kind[] kind, Kind k, double v) {
    if (kind != null) kind[0] = k;
    return v;
  }

  /** Digits with optional sign, point and exponent; NaN otherwise (no exceptions on the hot path). */
  private static double plain(String s) {
    int n = s.length(), i = 0;
    if (n == 0) return Double.NaN;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') i++;
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') digits++;
      else if (c == '.' && !point) point = true;
      else if ((c == 'e' || c == 'E') && digits > 0) {
        int j = i + 1;
        if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) j++;
        if (j == n) return Double.NaN;
        for (; j < n; j++) if (s.charAt(j) < '0' || s.charAt(j) > '9') return Double.NaN;
        break;
      } else return Double.NaN;
    }
    if (digits == 0) return Double.NaN;
    return Double.parseDouble(s);
  }

  /** 1,234,567.89: groups of three digits after the first comma. */
  private static boolean validThousands(String s) {
    String intPart = s;
    int dot = s.indexOf('.');
    if (dot >= 0) intPart = s.substring(0, dot);
    if (intPart.startsWith("-") || intPart.startsWith("+")) intPart = intPart.substring(1);
    String[] groups = intPart.split(",", -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) return false;
    for (int g = 1; g < groups.length; g++) if (groups[g].length() != 3) return false;
    return true;
  }
}
