package org.netinnov.clean;

import java.util.List;
import java.util.Map;
import org.netinnov.data.Panel;

/**
 * Validity ranges ({@code ranges}): a value below the column's min or above its max is impossible (a leverage of
 * 40, a share above 1) and is set missing — unlike winsorizing, which pulls legitimate extremes in.
 */
final class ValueRanges {
  private ValueRanges() {}

  static Panel apply(Panel p, Map<String, List<Double>> ranges, CleanLog log) {
    StepLog s = new StepLog("ranges", "", "values outside each column's valid range set missing");
    long cellsIn = StepLog.cellsIn(log, p), cellsOut = cellsIn;
    Panel out = p;
    for (var e : ranges.entrySet()) {
      String name = e.getKey();
      double lo = e.getValue().get(0) == null ? Double.NEGATIVE_INFINITY : e.getValue().get(0);
      double hi = e.getValue().get(1) == null ? Double.POSITIVE_INFINITY : e.getValue().get(1);
      double[] x = Columns.numeric(out, name, "ranges");
      double[] y = x.clone();
      long below = 0, above = 0;
      for (int i = 0; i < y.length; i++) {
        double v = y[i];
        if (v < lo) below++;
        else if (v > hi) above++;
        else continue;
        y[i] = Double.NaN;
        if (s.wantsExamples())
          s.example("firm " + p.firmLabel(p.firm()[i]) + ", " + p.year()[i] + ": " + name + " = " + RawColumn.fmt(v));
      }
      s.count(name, "below min", below).count(name, "above max", above).changed(below + above);
      s.note(name + ": [" + (e.getValue().get(0) == null ? "-inf" : RawColumn.fmt(lo)) + ", "
          + (e.getValue().get(1) == null ? "inf" : RawColumn.fmt(hi)) + "]");
      cellsOut += StepLog.delta(x, y);
      out = out.withNumeric(name, y);
    }
    s.rows(p.rows(), out.rows()).cells(log, cellsIn, cellsOut);
    log.add(s.build());
    return out;
  }
}
