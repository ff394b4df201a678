package org.netinnov.diagnose;

import org.netinnov.data.Factor;

/**
 * The shape of a panel or sample.
 *
 * @param observations firm-years
 * @param firms        distinct firms
 * @param years        distinct years
 * @param firstYear    earliest year
 * @param lastYear     latest year
 * @param minPerFirm   fewest observations of a firm
 * @param meanPerFirm  observations per firm on average
 * @param maxPerFirm   most observations of a firm
 * @param balanced     every firm observed in every year of the sample
 * @param firmsWithGaps firms with at least one missing year between their first and last year
 */
public record PanelStructure(int observations, int firms, int years, int firstYear, int lastYear, int minPerFirm,
    double meanPerFirm, int maxPerFirm, boolean balanced, int firmsWithGaps) {

  /** From the firm code and year of each row (rows sorted by firm, then year). */
  public static PanelStructure of(int[] firm, int[] year) {
    int n = firm.length;
    if (n == 0) return new PanelStructure(0, 0, 0, 0, 0, 0, Double.NaN, 0, false, 0);
    int years = Factor.ofInts("year", year).levels();
    int firms = 0, min = Integer.MAX_VALUE, max = 0, gaps = 0, first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && firm[j] == firm[i]) j++;
      int c = j - i;
      firms++;
      min = Math.min(min, c);
      max = Math.max(max, c);
      if (year[j - 1] - year[i] + 1 != c) gaps++;
      i = j;
    }
    for (int y : year) {
      first = Math.min(first, y);
      last = Math.max(last, y);
    }
    return new PanelStructure(n, firms, years, first, last, min, (double) n / firms, max,
        (long) firms * years == n, gaps);
  }
}
