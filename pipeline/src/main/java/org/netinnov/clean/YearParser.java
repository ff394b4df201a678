package org.netinnov.clean;

/**
 * Reads a year from the ways exports write it: {@code 2019}, {@code 2019.0}, a date {@code 2019-12-31} or
 * {@code 2019/12/31}, {@code 2019年}, {@code FY2019}. Returns {@link Integer#MIN_VALUE} when no single plausible
 * year (1800–2199) is found.
 */
public final class YearParser {
  public static final int INVALID = Integer.MIN_VALUE;

  private YearParser() {}

  public static int parse(String cell) {
    if (cell == null) return INVALID;
    String s = cell.trim();
    if (s.isEmpty()) return INVALID;
    // first run of exactly four digits; a date's year comes first in ISO and Chinese formats
    int found = INVALID;
    int i = 0, n = s.length();
    while (i < n) {
      if (Character.isDigit(s.charAt(i))) {
        int j = i;
        while (j < n && Character.isDigit(s.charAt(j))) j++;
        if (j - i == 4) {
          found = Integer.parseInt(s.substring(i, j));
          break;
        }
        if (j - i > 4 && found == INVALID) return INVALID;
        i = j;
      } else i++;
    }
    if (found == INVALID) return INVALID;
    if (s.matches("\\d{4}\\.0+") || s.matches("\\d{4}")) return plausible(found);
    return plausible(found);
  }

  private static int plausible(int y) {
    return (y >= 1800 && y < 2200) ? y : INVALID;
  }
}
