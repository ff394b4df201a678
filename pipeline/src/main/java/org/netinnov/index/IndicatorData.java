package org.netinnov.index;

import java.util.List;

/** The raw indicator columns of one dimension (the panel's arrays, read only), their directions and presence. */
final class IndicatorData {
  final List<String> names;
  /** x[j][i]: indicator j at row i, NaN when missing. */
  final double[][] x;
  /** +1 or −1 per indicator. */
  final int[] dir;
  /** Number of indicators present at each row. */
  final int[] present;

  IndicatorData(List<String> names, double[][] x, int[] dir) {
    this.names = names;
    this.x = x;
    this.dir = dir;
    int n = x[0].length;
    present = new int[n];
    for (double[] col : x) for (int i = 0; i < n; i++) if (!Double.isNaN(col[i])) present[i]++;
  }

  int k() { return x.length; }

  int rows() { return present.length; }

  /** The rows of {@code rows} with at least {@code minPresent} indicators present. */
  int[] rowsWithAtLeast(int[] rows, int minPresent) {
    int m = 0;
    for (int i : rows) if (present[i] >= minPresent) m++;
    int[] out = new int[m];
    m = 0;
    for (int i : rows) if (present[i] >= minPresent) out[m++] = i;
    return out;
  }

  /** The rows of {@code rows} where every indicator is present. */
  int[] completeRows(int[] rows) {
    return rowsWithAtLeast(rows, k());
  }

  /** Direction-adjusted values dir_j · x_j at {@code rows} (which must be complete), as columns. */
  double[][] adjusted(int[] rows) {
    double[][] out = new double[k()][rows.length];
    for (int j = 0; j < k(); j++) {
      double[] col = x[j];
      double[] o = out[j];
      int d = dir[j];
      for (int r = 0; r < rows.length; r++) o[r] = d * col[rows[r]];
    }
    return out;
  }
}
