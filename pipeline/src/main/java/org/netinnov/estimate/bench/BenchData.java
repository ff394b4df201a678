package org.netinnov.estimate.bench;

import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/**
 * A firm-year sample in primitive arrays (rows sorted by firm then year): firm codes, years, outcome and
 * regressors x1..xk.
 */
record BenchData(int[] firm, int nFirms, int[] year, double[] y, double[][] x) {

  int n() { return y.length; }

  /** The two-way within design: firm and year absorbed, clustered by firm. */
  Design design() {
    int n = n();
    String[] firmLabels = new String[nFirms];
    for (int f = 0; f < nFirms; f++) firmLabels[f] = Integer.toString(f);
    Factor firmFactor = new Factor("firm", firm, firmLabels);
    Factor yearFactor = yearFactor(year);
    String[] names = new String[x.length];
    for (int j = 0; j < x.length; j++) names[j] = "x" + (j + 1);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return new Design("y", y, List.of(names), x, true, null, firm, nFirms, year, List.of(firmFactor, yearFactor),
        List.of(firmFactor), rows);
  }

  /**
   * The year factor (levels sorted ascending, as {@link Factor#ofInts}) without sorting the rows: years span a
   * short range, so a presence table over [min, max] gives the levels and a lookup table the codes, in two passes.
   */
  static Factor yearFactor(int[] year) {
    if (year.length == 0) return Factor.ofInts("year", year);
    int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
    for (int v : year) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if ((long) max - min >= 1_000_000) return Factor.ofInts("year", year);
    int[] lookup = new int[max - min + 1];
    for (int v : year) lookup[v - min] = 1;
    int levels = 0;
    for (int t = 0; t < lookup.length; t++) if (lookup[t] != 0) lookup[t] = ++levels;
    String[] labels = new String[levels];
    for (int t = 0; t < lookup.length; t++) if (lookup[t] != 0) labels[--lookup[t]] = Integer.toString(min + t);
    int[] codes = new int[year.length];
    for (int i = 0; i < year.length; i++) codes[i] = lookup[year[i] - min];
    return new Factor("year", codes, labels);
  }
}
