package org.netinnov.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses numbers as messy exports write them, straight from a character range (no String per cell):
 * plain decimals ({@code -1.5e3}), thousands separators ({@code 1,234,567.89}: groups of three after the first),
 * percent signs ({@code 12.5%} or fullwidth {@code 12.5％}: 0.125 when percent is read as a fraction, else 12.5),
 * parentheses for negatives ({@code (1,200)}), configured unit suffixes ({@code 3.5亿} with {@code 亿: 1e8}), and
 * missing markers (compared with the trimmed cell; an empty cell is always missing).
 *
 * <p>A cell is classified by the first of: missing, percent, unit suffix, parentheses, thousands separators, plain;
 * anything else (and any value that would overflow to infinity) is {@link Kind#UNPARSEABLE}.
 *
 * <p>Plain decimals with at most 18 significant digits and a decimal exponent within ±22 are converted with one
 * correctly rounded IEEE operation (m·10^e or m/10^e with both operands exact — Clinger's fast path, W. D. Clinger,
 * "How to read floating point numbers accurately", PLDI 1990), which gives the same double as
 * {@link Double#parseDouble}; other numbers go through {@code Double.parseDouble}.
 *
 * <p>Not thread-safe: {@link #kind()} and {@link #marker()} describe the last cell parsed.
 */
public final class NumberParser {
  /** Sentinel for a cell that is not a number and not a missing marker (a NaN with a payload, distinct from NaN). */
  public static final double UNPARSEABLE = Double.longBitsToDouble(0x7ff0_dead_0000_0001L);

  /** What kind of text a cell held, for the cleaning log. */
  public enum Kind { PLAIN, MISSING, THOUSANDS, PERCENT, PARENTHESES, UNIT, UNPARSEABLE }

  /** {@link #marker()} of an empty (or blank) cell. */
  public static final int EMPTY = -1;

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private final char[][] markers;
  private final List<String> markerText;
  private final boolean percentAsFraction;
  private final boolean numericMarkers; // a marker such as -999 reads as a number: check markers first
  private final char[][] unitSuffix;
  private final double[] unitFactor;
  private final int[] unitShift; // k when the factor is exactly 10^k (then the decimal point moves: exact), else MIN
  private char[] scratch = new char[64];
  private Kind kind = Kind.PLAIN;
  private int marker = EMPTY;

  public NumberParser(Iterable<String> missingMarkers, boolean percentAsFraction) {
    this(missingMarkers, percentAsFraction, Map.of());
  }

  /**
   * @param missingMarkers    cell texts meaning "missing" (compared after trimming; "" is implied)
   * @param percentAsFraction true: {@code 12.5%} → 0.125; false: → 12.5
   * @param units             suffix → multiplier, e.g. {@code 万 → 1e4}; the longest matching suffix wins
   */
  public NumberParser(Iterable<String> missingMarkers, boolean percentAsFraction, Map<String, Double> units) {
    List<String> m = new ArrayList<>();
    for (String s : missingMarkers) {
      String t = trim(s);
      if (!t.isEmpty() && !m.contains(t)) m.add(t);
    }
    this.markerText = List.copyOf(m);
    this.markers = new char[m.size()][];
    for (int i = 0; i < m.size(); i++) markers[i] = m.get(i).toCharArray();
    this.percentAsFraction = percentAsFraction;
    boolean nm = false;
    for (char[] mk : markers) if (!Double.isNaN(plain(mk, 0, mk.length))) nm = true;
    this.numericMarkers = nm;
    var u = new ArrayList<>(units.entrySet());
    u.sort((a, b) -> b.getKey().length() - a.getKey().length());
    unitSuffix = new char[u.size()][];
    unitFactor = new double[u.size()];
    unitShift = new int[u.size()];
    for (int i = 0; i < u.size(); i++) {
      unitSuffix[i] = trim(u.get(i).getKey()).toCharArray();
      unitFactor[i] = u.get(i).getValue();
      unitShift[i] = Integer.MIN_VALUE;
      for (int k = 0; k < POW10.length; k++) if (POW10[k] == unitFactor[i]) unitShift[i] = k;
      if (unitSuffix[i].length == 0) throw new IllegalArgumentException("a unit suffix cannot be empty");
    }
  }

  /** The non-empty missing markers, in order; {@link #marker()} indexes this list. */
  public List<String> markers() { return markerText; }

  /** Kind of the last cell parsed. */
  public Kind kind() { return kind; }

  /** For a missing cell: index into {@link #markers()}, or {@link #EMPTY} for an empty cell. */
  public int marker() { return marker; }

  public static boolean isUnparseable(double v) {
    return Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(UNPARSEABLE);
  }

  public double parse(String cell) {
    if (cell == null) return missing(EMPTY);
    return parse(cell.toCharArray(), 0, cell.length());
  }

  /** Parses {@code b[off, off+len)}: the value, NaN when missing, {@link #UNPARSEABLE} when not a number. */
  public double parse(char[] b, int off, int len) {
    int lo = off, hi = off + len;
    while (lo < hi && isSpace(b[lo])) lo++;
    while (hi > lo && isSpace(b[hi - 1])) hi--;
    if (lo == hi) return missing(EMPTY);
    if (numericMarkers) {
      int m = markerIndex(b, lo, hi);
      if (m >= 0) return missing(m);
    }
    double v = plain(b, lo, hi);
    if (!Double.isNaN(v)) { kind = Kind.PLAIN; return v; }
    int m = markerIndex(b, lo, hi);
    if (m >= 0) return missing(m);
    return messy(b, lo, hi);
  }

  /** Index of the missing marker equal to the trimmed range, {@link #EMPTY} if it is blank, or -2 if neither. */
  public int missingMarker(char[] b, int off, int len) {
    int lo = off, hi = off + len;
    while (lo < hi && isSpace(b[lo])) lo++;
    while (hi > lo && isSpace(b[hi - 1])) hi--;
    if (lo == hi) return EMPTY;
    int m = markerIndex(b, lo, hi);
    return m >= 0 ? m : -2;
  }

  private int markerIndex(char[] b, int lo, int hi) {
    int n = hi - lo;
    outer:
    for (int i = 0; i < markers.length; i++) {
      char[] mk = markers[i];
      if (mk.length != n) continue;
      for (int j = 0; j < n; j++) if (mk[j] != b[lo + j]) continue outer;
      return i;
    }
    return -1;
  }

  private double missing(int m) {
    kind = Kind.MISSING;
    marker = m;
    return Double.NaN;
  }

  private double unparseable() {
    kind = Kind.UNPARSEABLE;
    return UNPARSEABLE;
  }

  private double messy(char[] b, int lo, int hi) {
    Kind k = Kind.PLAIN;
    boolean negative = false;
    if (b[lo] == '(' && b[hi - 1] == ')') {
      negative = true;
      k = Kind.PARENTHESES;
      lo++;
      hi--;
      while (lo < hi && isSpace(b[lo])) lo++;
      while (hi > lo && isSpace(b[hi - 1])) hi--;
    }
    if (lo == hi) return unparseable();
    double scale = 1;
    int shift = 0; // powers of ten move the decimal point, so that 12.5% reads exactly as 0.125 does
    if (b[hi - 1] == '%' || b[hi - 1] == '\uFF05') {
      hi--;
      while (hi > lo && isSpace(b[hi - 1])) hi--;
      if (percentAsFraction) shift = -2;
      k = Kind.PERCENT;
    } else {
      for (int u = 0; u < unitSuffix.length; u++) {
        char[] s = unitSuffix[u];
        if (endsWith(b, lo, hi, s)) {
          hi -= s.length;
          while (hi > lo && isSpace(b[hi - 1])) hi--;
          if (unitShift[u] != Integer.MIN_VALUE) shift = unitShift[u];
          else scale = unitFactor[u];
          k = Kind.UNIT;
          break;
        }
      }
    }
    if (lo == hi) return unparseable();
    int comma = -1;
    for (int i = lo; i < hi; i++) if (b[i] == ',') { comma = i; break; }
    if (comma >= 0) {
      if (!validThousands(b, lo, hi)) return unparseable();
      if (scratch.length < hi - lo) scratch = new char[2 * (hi - lo)];
      int n = 0;
      for (int i = lo; i < hi; i++) if (b[i] != ',') scratch[n++] = b[i];
      if (k == Kind.PLAIN) k = Kind.THOUSANDS;
      b = scratch;
      lo = 0;
      hi = n;
    }
    double v = plain(b, lo, hi, shift);
    if (Double.isNaN(v)) return unparseable();
    v *= scale;
    if (negative) v = -v;
    if (Double.isInfinite(v)) return unparseable();
    kind = k;
    return v;
  }

  private static boolean endsWith(char[] b, int lo, int hi, char[] s) {
    if (hi - lo < s.length) return false;
    for (int j = 0; j < s.length; j++) if (b[hi - s.length + j] != s[j]) return false;
    return true;
  }

  /**
   * A plain decimal {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one mantissa digit), or NaN when the
   * range is anything else. The minus sign may be ASCII '-' or U+2212. Never infinite: overflow gives NaN.
   */
  static double plain(char[] b, int lo, int hi) { return plain(b, lo, hi, 0); }

  /** {@link #plain(char[], int, int)} times 10^shift, rounded once (the decimal point is moved, not multiplied). */
  static double plain(char[] b, int lo, int hi, int shift) {
    int i = lo;
    boolean neg = false;
    char c0 = b[i];
    if (c0 == '-' || c0 == '+' || c0 == '\u2212') {
      neg = c0 != '+';
      i++;
    }
    long mant = 0;
    int sig = 0, digits = 0, fracDigits = 0;
    boolean point = false, tooMany = false;
    for (; i < hi; i++) {
      char c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (mant == 0 && c == '0') {
          if (point) fracDigits++; // a leading zero: not significant, but it moves the point
        } else if (sig < 18) {
          mant = mant * 10 + (c - '0');
          sig++;
          if (point) fracDigits++;
        } else {
          tooMany = true;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else break;
    }
    if (digits == 0) return Double.NaN;
    int exp = 0;
    if (i < hi) {
      char c = b[i];
      if (c != 'e' && c != 'E') return Double.NaN;
      i++;
      boolean eneg = false;
      if (i < hi && (b[i] == '-' || b[i] == '+')) {
        eneg = b[i] == '-';
        i++;
      }
      if (i == hi) return Double.NaN;
      for (; i < hi; i++) {
        char d = b[i];
        if (d < '0' || d > '9') return Double.NaN;
        if (exp < 100_000) exp = exp * 10 + (d - '0');
      }
      if (eneg) exp = -exp;
    }
    if (!tooMany) {
      if (mant == 0) return neg ? -0.0 : 0.0;
      int e10 = exp - fracDigits + shift;
      if (mant < (1L << 53) && e10 >= -22 && e10 <= 22) {
        // both operands are exact doubles, so one IEEE operation rounds the exact value correctly
        double v = e10 >= 0 ? mant * POW10[e10] : mant / POW10[-e10];
        return neg ? -v : v;
      }
    }
    double v = slow(b, lo, hi, shift);
    return Double.isInfinite(v) ? Double.NaN : v;
  }

  private static double slow(char[] b, int lo, int hi, int shift) {
    String s = new String(b, lo, hi - lo);
    if (s.charAt(0) == '\u2212') s = "-" + s.substring(1);
    if (shift != 0) {
      int e = Math.max(s.indexOf('e'), s.indexOf('E'));
      String es = e < 0 ? "0" : s.substring(e + 1).replace("+", "");
      long exp = es.length() > 12 ? (es.startsWith("-") ? -1_000_000_000L : 1_000_000_000L) : Long.parseLong(es);
      s = (e < 0 ? s : s.substring(0, e)) + "E" + (exp + shift);
    }
    return Double.parseDouble(s);
  }

  /** 1,234,567.89: 1–3 digits, then groups of exactly three, commas only in the integer part. */
  private static boolean validThousands(char[] b, int lo, int hi) {
    int i = lo;
    if (b[i] == '-' || b[i] == '+' || b[i] == '\u2212') i++;
    int group = 0;
    boolean first = true;
    for (; i < hi; i++) {
      char c = b[i];
      if (c >= '0' && c <= '9') group++;
      else if (c == ',') {
        if (first ? (group < 1 || group > 3) : group != 3) return false;
        first = false;
        group = 0;
      } else break;
    }
    if (first || group != 3) return false;
    for (; i < hi; i++) if (b[i] == ',') return false;
    return true;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF';
  }

  static String trim(String s) {
    int lo = 0, hi = s.length();
    while (lo < hi && isSpace(s.charAt(lo))) lo++;
    while (hi > lo && isSpace(s.charAt(hi - 1))) hi--;
    return s.substring(lo, hi);
  }
}
