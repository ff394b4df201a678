package org.netinnov.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    int n = p.rows(), m = used.size();
    boolean[][] in = new boolean[m][n];
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append(PanelCsvWriter.quote(p.firmColumn())).append(',').append(PanelCsvWriter.quote(p.yearColumn()));
    int c = 0;
    for (Map.Entry<String, int[]> e : used.entrySet()) {
      sb.append(',').append(PanelCsvWriter.quote(e.getKey()));
      for (int r : e.getValue()) {
        if (r < 0 || r >= n) throw new IllegalArgumentException("model " + e.getKey() + ": row " + r + " outside the panel");
        in[c][r] = true;
      }
      c++;
    }
    sb.append('\n');
    String[] labels = new String[p.firms()];
    for (int f = 0; f < labels.length; f++) labels[f] = PanelCsvWriter.quote(p.firmLabel(f));
    int[] firm = p.firm(), year = p.year();
    try {
      if (csv.getParent() != null) Files.createDirectories(csv.getParent());
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        for (int i = 0; i < n; i++) {
          sb.append(labels[firm[i]]).append(',').append(year[i]);
          for (boolean[] col : in) sb.append(col[i] ? ",1" : ",0");
          sb.append('\n');
          if (sb.length() > (1 << 16) - 4096) {
            w.append(sb);
            sb.setLength(0);
          }
        }
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
    }
  }
}
