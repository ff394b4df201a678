package org.netinnov.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.DataSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Resolves firm-years that occur more than once: {@code error} (default) stops the run and lists them;
 * {@code first} / {@code last} keep the first / last row in file order; {@code mean} averages numeric variables
 * (ignoring missing) and keeps the first non-missing text.
 */
final class Duplicates {
  private Duplicates() {}

  static Panel resolve(DataSpec data, String policy, String[] firm, int[] year, int[] rows,
      Map<String, double[]> numeric, Map<String, String[]> text, CleanLog log) {
    var key = new HashMap<String, Integer>();
    List<int[]> order = new ArrayList<>();
    for (int r : rows) {
      String k = firm[r] + "\u0000" + year[r];
      Integer g = key.get(k);
      if (g == null) {
        key.put(k, order.size());
        order.add(new int[] {r});
      } else {
        int[] old = order.get(g);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = r;
        order.set(g, grown);
      }
    }
    long dupRows = 0;
    List<String> examples = new ArrayList<>();
    for (int[] g : order) {
      if (g.length > 1) {
        dupRows += g.length - 1;
        if (examples.size() < 10) examples.add("firm " + firm[g[0]] + ", year " + year[g[0]] + ": " + g.length
            + " rows (file rows " + Arrays.stream(g).map(i -> i + 2).boxed().toList() + ")");
      }
    }
    if (dupRows > 0 && policy.equals("error"))
      throw new InputException(data.path() + ": " + dupRows + " duplicate firm-year row(s), e.g. " + examples.get(0)
          + "; set `clean.duplicates` to first, last or mean to resolve them");
    if (!List.of("error", "first", "last", "mean").contains(policy))
      throw new InputException("`clean.duplicates`: expected error, first, last or mean, got `" + policy + "`");
    int m = order.size();
    String[] f2 = new String[m];
    int[] y2 = new int[m];
    int[] pick = new int[m];
    for (int g = 0; g < m; g++) {
      int[] grp = order.get(g);
      pick[g] = policy.equals("last") ? grp[grp.length - 1] : grp[0];
      f2[g] = firm[pick[g]];
      y2[g] = year[pick[g]];
    }
    PanelBuilder b = new PanelBuilder(data.firm(), data.year(), f2, y2);
    for (var e : numeric.entrySet()) {
      double[] src = e.getValue(), dst = new double[m];
      for (int g = 0; g < m; g++) {
        int[] grp = order.get(g);
        if (policy.equals("mean") && grp.length > 1) {
          double s = 0;
          int c = 0;
          for (int r : grp) if (!Double.isNaN(src[r])) { s += src[r]; c++; }
          dst[g] = c == 0 ? Double.NaN : s / c;
        } else dst[g] = src[pick[g]];
      }
      b.numeric(e.getKey(), dst);
    }
    for (var e : text.entrySet()) {
      String[] src = e.getValue(), dst = new String[m];
      for (int g = 0; g < m; g++) {
        int[] grp = order.get(g);
        String v = src[pick[g]];
        if (policy.equals("mean") && v == null) for (int r : grp) if (src[r] != null) { v = src[r]; break; }
        dst[g] = v;
      }
      b.text(e.getKey(), dst);
    }
    var counts = new LinkedHashMap<String, Long>();
    counts.put("duplicate rows removed", dupRows);
    log.add("duplicates", "duplicate firm-years resolved by policy `" + policy + "`", rows.length, m, 0, counts, examples);
    return b.build();
  }
}
