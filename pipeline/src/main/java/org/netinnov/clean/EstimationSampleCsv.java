package org.netinnov.clean;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.netinnov.data.Panel;

/**
 * Which rows of the analysis panel each model used, as Stata's {@code e(sample)}: one row per panel row (same order
 * as {@code analysis_panel.csv}), the firm and year, then a 0/1 column per estimated model. Rows a model lost to
 * missing values, the sample filter, the common lag sample, singleton or all-zero groups are 0.
 */
public final class EstimationSampleCsv {
  private EstimationSampleCsv() {}

  /** @param used model name → panel rows it used (increasing indices into {@code p}) */
  public static void write(Panel p, Map<String, int[]> used, Path csv) {
    int n = p.rows();
    boolean[][] in = new boolean[used.size()][n];
    int c = 0;
    for (Map.Entry<String, int[]> e : used.entrySet()) {
      for (int r : e.getValue()) {
        if (r < 0 || r >= n) throw new IllegalArgumentException("model " + e.getKey() + ": row " + r + " outside the panel");
        in[c][r] = true;
      }
      c++;
    }
    PanelCsvWriter.writeRows(p, csv, List.copyOf(used.keySet()), (sb, i) -> {
      for (boolean[] col : in) sb.append(col[i] ? ",1" : ",0");
    });
  }
}
