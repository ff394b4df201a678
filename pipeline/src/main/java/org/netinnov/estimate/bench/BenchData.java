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
    Factor yearFactor = Factor.ofInts("year", year);
    String[] names = new String[x.length];
    for (int j = 0; j < x.length; j++) names[j] = "x" + (j + 1);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return new Design("y", y, List.of(names), x, true, null, firm, nFirms, year, List.of(firmFactor, yearFactor),
        List.of(firmFactor), rows);
  }
}
