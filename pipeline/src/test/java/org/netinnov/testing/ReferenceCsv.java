package org.netinnov.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Reads a reference CSV of the test resources (columns firm, year, then numeric columns; quotes around names, R's NA
 * and empty cells, also at the end of a line, are allowed) straight into a {@link Panel}, without the pipeline's reader: the estimator and diagnostics tests
 * compare against R on exactly the numbers R saw.
 */
public final class ReferenceCsv {
  private ReferenceCsv() {}

  /** @param resource absolute classpath path, e.g. {@code /reference/grunfeld.csv} */
  public static Panel read(String resource) {
    try (var in = Objects.requireNonNull(ReferenceCsv.class.getResourceAsStream(resource), resource);
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().replace("\"", "").split(",");
      List<String[]> lines = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) lines.add(line.split(",", -1));
      int n = lines.size();
      String[] firm = new String[n];
      int[] year = new int[n];
      double[][] cols = new double[header.length - 2][n];
      for (int i = 0; i < n; i++) {
        String[] f = lines.get(i);
        firm[i] = f[0].replace("\"", "");
        year[i] = Integer.parseInt(f[1].trim());
        for (int j = 2; j < header.length; j++)
          cols[j - 2][i] = f[j].equals("NA") || f[j].isEmpty() ? Double.NaN : Double.parseDouble(f[j]);
      }
      var b = new PanelBuilder(header[0], header[1], firm, year);
      for (int j = 2; j < header.length; j++) b.numeric(header[j], cols[j - 2]);
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
