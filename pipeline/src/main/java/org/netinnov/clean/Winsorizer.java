package org.netinnov.clean;

import java.util.Arrays;
import org.netinnov.data.Panel;

/**
 * Winsorizing or trimming at percentiles ({@code winsorize}), pooled or within each year, with the percentile
 * definition of {@link Percentiles#stata}. Missing values are ignored when the percentiles are computed and stay
 * missing. Winsorizing sets values below the lower cut-off to it and above the upper cut-off to it; trimming sets
 * them missing.
 */
final class Winsorizer {
  private Winsorizer() {}

  static Panel apply(Panel p, CleanSpec.Winsorize spec, CleanLog log) {
    boolean trim = spec.mode().equals("trim");
    boolean byYear = spec.by().equals("year");
    StepLog s = new StepLog("winsorize", "", (trim ? "trimmed" : "winsorized") + " at the " + pct(spec.lower())
        + " and " + pct(spec.upper()) + " percentiles (Stata _pctile definition), " + (byYear ? "within each year" : "pooled"));
    long cellsIn = StepLog.cellsIn(log, p), cellsOut = cellsIn;
    int n = p.rows();
    // rows grouped by year: a counting sort, so each year's rows are one slice of `order`
    int[] years = p.distinctYears();
    int[] order = new int[n], groupStart;
    if (byYear) {
      groupStart = new int[years.length + 1];
      int[] yi = new int[n];
      for (int i = 0; i < n; i++) {
        yi[i] = Arrays.binarySearch(years, p.year()[i]);
        groupStart[yi[i] + 1]++;
      }
      for (int g = 0; g < years.length; g++) groupStart[g + 1] += groupStart[g];
      int[] pos = Arrays.copyOf(groupStart, years.length);
      for (int i = 0; i < n; i++) order[pos[yi[i]]++] = i;
    } else {
      groupStart = new int[] {0, n};
      for (int i = 0; i < n; i++) order[i] = i;
    }
    Panel out = p;
    double[] buf = new double[n];
    for (String name : spec.columns()) {
      double[] x = Columns.numeric(out, name, "winsorize.columns");
      double[] y = x.clone();
      long below = 0, above = 0;
      for (int g = 0; g + 1 < groupStart.length; g++) {
        int m = 0;
        for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
          double v = x[order[k]];
          if (v == v) buf[m++] = v;
        }
        double lo = spec.lower() > 0 ? Percentiles.stataUnsorted(buf, m, spec.lower()) : Double.NEGATIVE_INFINITY;
        double hi = spec.upper() < 1 ? Percentiles.stataUnsorted(buf, m, spec.upper()) : Double.POSITIVE_INFINITY;
        String key = byYear ? name + ", " + years[g] : name;
        if (m > 0 && spec.lower() > 0) s.value(key + ": lower cut-off", lo);
        if (m > 0 && spec.upper() < 1) s.value(key + ": upper cut-off", hi);
        for (int k = groupStart[g]; k < groupStart[g + 1]; k++) {
          int i = order[k];
          double v = x[i];
          if (v < lo) {
            y[i] = trim ? Double.NaN : lo;
            below++;
          } else if (v > hi) {
            y[i] = trim ? Double.NaN : hi;
            above++;
          } else continue;
          if (s.wantsExamples())
            s.example("firm " + p.firmLabel(p.firm()[i]) + ", " + p.year()[i] + ": " + name + " " + RawColumn.fmt(v)
                + " → " + (trim ? "missing" : RawColumn.fmt(y[i])));
        }
      }
      s.count(name, "below lower cut-off", below).count(name, "above upper cut-off", above).changed(below + above);
      cellsOut += StepLog.delta(x, y);
      out = out.withNumeric(name, y);
    }
    s.rows(p.rows(), out.rows()).cells(log, cellsIn, cellsOut);
    log.add(s.build());
    return out;
  }

  private static String pct(double p) {
    return RawColumn.fmt(Math.rint(p * 100 * 1e9) / 1e9) + "th";
  }
}
