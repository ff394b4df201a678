package org.netinnov.clean;

/**
 * Reads a year from the ways exports write it: {@code 2019}, {@code 2019.0}, a date {@code 2019-12-31},
 * {@code 2019/12/31}, {@code 31.12.2019} or {@code 20191231}, a Chinese {@code 2019年}, {@code FY2019}.
 * Returns {@link #INVALID} when there is no plausible year (1800–2199) or more than one candidate
 * ({@code 2019-2020}).
 */
public final class YearParser {
  public static final int INVALID = Integer.MIN_VALUE;

  /** How a readable year was written, for the cleaning log. */
  public enum Form { NUMBER, DATE, TEXT }

  private YearParser() {}

  public static int parse(String cell) {
    if (cell == null) return INVALID;
    return parse(cell.toCharArray(), 0, cell.length());
  }

  public static int parse(char[] b, int off, int len) {
    int lo = off, hi = off + len;
    while (lo < hi && NumberParser.isSpace(b[lo])) lo++;
    while (hi > lo && NumberParser.isSpace(b[hi - 1])) hi--;
    if (lo == hi) return INVALID;
    // fast path: exactly four digits
    if (hi - lo == 4 && digit(b[lo]) && digit(b[lo + 1]) && digit(b[lo + 2]) && digit(b[lo + 3]))
      return plausible(value(b, lo, hi));
    int found = INVALID;
    int i = lo;
    while (i < hi) {
      if (!digit(b[i])) { i++; continue; }
      int j = i;
      while (j < hi && digit(b[j])) j++;
      int run = j - i;
      if (run == 4) {
        // "2019.0" / "2019.00": the same year written as a decimal number
        if (found != INVALID) return INVALID;
        found = value(b, i, i + 4);
        if (j < hi && b[j] == '.' && allZeros(b, j + 1, hi) && i == lo) return plausible(found);
      } else if (run == 8 && i == lo && j == hi) {
        // 20191231: yyyymmdd
        int month = value(b, i + 4, i + 6), day = value(b, i + 6, i + 8);
        if (month < 1 || month > 12 || day < 1 || day > 31) return INVALID;
        return plausible(value(b, i, i + 4));
      } else if (run > 4) {
        return INVALID;
      }
      i = j;
    }
    return found == INVALID ? INVALID : plausible(found);
  }

  /**
   * Month and day of a date-written year cell as {@code mmdd} (1231), or 0 when the cell holds no full date or the
   * order is ambiguous: {@code 2019-12-31}, {@code 2019/6/30}, {@code 2019年12月31日}, {@code 2019-12-31 00:00:00},
   * {@code 20191231}, {@code 31.12.2019}, {@code 12/31/2019} (day and month told apart when one of them exceeds 12;
   * {@code 06/05/2019} is ambiguous).
   */
  public static int monthDay(char[] b, int off, int len) {
    int[] runs = new int[3], lens = new int[3];
    int n = 0, i = off, hi = off + len;
    while (i < hi && n < 3) {
      if (!digit(b[i])) { i++; continue; }
      int j = i;
      while (j < hi && digit(b[j])) j++;
      if (j - i > 8) return 0;
      runs[n] = value(b, i, j);
      lens[n++] = j - i;
      i = j;
    }
    if (n == 1 && lens[0] == 8) return validMonthDay(runs[0] % 10000);
    if (n < 3) return 0;
    if (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) return validMonthDay(runs[1] * 100 + runs[2]);
    if (lens[2] == 4 && lens[0] <= 2 && lens[1] <= 2) {
      int a = runs[0], c = runs[1];
      if (a > 12) return validMonthDay(c * 100 + a);        // 31.12.2019
      if (c > 12 || a == c) return validMonthDay(a * 100 + c); // 12/31/2019
    }
    return 0;
  }

  /** {@code mmdd} if it is a calendar month and day (29 February allowed), else 0. */
  public static int validMonthDay(int mmdd) {
    int m = mmdd / 100, d = mmdd % 100;
    if (m < 1 || m > 12 || d < 1) return 0;
    int max = m == 2 ? 29 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    return d <= max ? mmdd : 0;
  }

  /** How a cell that {@link #parse} read was written: a bare number, a date, or text around the year. */
  public static Form form(char[] b, int off, int len) {
    int lo = off, hi = off + len;
    while (lo < hi && NumberParser.isSpace(b[lo])) lo++;
    while (hi > lo && NumberParser.isSpace(b[hi - 1])) hi--;
    boolean digitsOnly = true, dateLike = true;
    int seps = 0;
    for (int i = lo; i < hi; i++) {
      char c = b[i];
      if (digit(c)) continue;
      digitsOnly = false;
      if (c == '-' || c == '/' || c == '.') seps++;
      else dateLike = false;
    }
    if (digitsOnly && hi - lo == 4) return Form.NUMBER;
    if (digitsOnly && hi - lo == 8) return Form.DATE;
    if (dateLike && seps == 1 && hi - lo > 4 && allZeros(b, lo + 5, hi) && b[lo + 4] == '.') return Form.NUMBER;
    if (dateLike && seps >= 2) return Form.DATE;
    return Form.TEXT;
  }

  private static boolean allZeros(char[] b, int lo, int hi) {
    if (lo >= hi) return false;
    for (int i = lo; i < hi; i++) if (b[i] != '0') return false;
    return true;
  }

  private static boolean digit(char c) { return c >= '0' && c <= '9'; }

  private static int value(char[] b, int lo, int hi) {
    int v = 0;
    for (int i = lo; i < hi; i++) v = v * 10 + (b[i] - '0');
    return v;
  }

  private static int plausible(int y) {
    return (y >= 1800 && y < 2200) ? y : INVALID;
  }
}
