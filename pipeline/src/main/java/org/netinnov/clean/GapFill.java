package org.netinnov.clean;

import org.netinnov.data.Panel;

/**
 * Fills missing values within each firm ({@code fill}): linear interpolation across interior gaps or last
 * observation carried forward, never across more than {@code max_gap} calendar years (years absent from the panel
 * count as missing years) and never extrapolating. See {@link CleanSpec.Fill} for the exact rule.
 */
final class GapFill {
  private GapFill() {}

  static Panel apply(Panel p, CleanSpec.Fill spec, CleanLog log) {
    boolean interpolate = spec.method().equals("interpolate");
    int maxGap = spec.maxGap();
    StepLog s = new StepLog("fill", "", (interpolate ? "linear interpolation within firm across gaps of at most "
        : "last observation carried forward within firm for at most ") + maxGap + " calendar year(s)");
    long cellsIn = StepLog.cellsIn(log, p), cellsOut = cellsIn;
    int[] year = p.year();
    Panel out = p;
    for (String name : spec.columns()) {
      double[] x = Columns.numeric(out, name, "fill.columns");
      double[] y = x.clone();
      long filled = 0;
      for (int f = 0; f < p.firms(); f++) {
        int prev = -1; // last row of this firm with an observed value
        for (int i = p.firmStart(f), hi = p.firmStart(f + 1); i < hi; i++) {
          if (x[i] == x[i]) {
            if (interpolate && prev >= 0 && i - prev > 1) {
              int t0 = year[prev], t1 = year[i];
              if (t1 - t0 - 1 <= maxGap) {
                double x0 = x[prev], slope = (x[i] - x0) / (t1 - t0);
                for (int k = prev + 1; k < i; k++) {
                  y[k] = x0 + slope * (year[k] - t0);
                  filled++;
                  example(s, p, k, name, y[k]);
                }
              }
            }
            prev = i;
          } else if (!interpolate && prev >= 0 && year[i] - year[prev] <= maxGap) {
            y[i] = x[prev];
            filled++;
            example(s, p, i, name, y[i]);
          }
        }
      }
      long left = 0;
      for (double v : y) if (v != v) left++;
      s.count(name, "filled", filled).count(name, "left missing", left).changed(filled);
      cellsOut += StepLog.delta(x, y);
      out = out.withNumeric(name, y);
    }
    s.rows(p.rows(), out.rows()).cells(log, cellsIn, cellsOut);
    log.add(s.build());
    return out;
  }

  private static void example(StepLog s, Panel p, int row, String name, double v) {
    if (s.wantsExamples())
      s.example("firm " + p.firmLabel(p.firm()[row]) + ", " + p.year()[row] + ": " + name + " = " + RawColumn.fmt(v));
  }
}
