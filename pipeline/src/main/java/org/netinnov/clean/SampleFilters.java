package org.netinnov.clean;

import java.util.List;
import org.netinnov.data.Panel;

/**
 * Sample definition: firm-years outside a year range ({@code years}), in excluded industries ({@code exclude}),
 * missing a required variable ({@code require}), and firms with too few firm-years ({@code min_years}) are dropped.
 */
final class SampleFilters {
  private SampleFilters() {}

  static Panel years(Panel p, List<Integer> range, CleanLog log) {
    Integer lo = range.get(0), hi = range.get(1);
    int[] y = p.year();
    boolean[] keep = new boolean[p.rows()];
    long before = 0, after = 0;
    for (int i = 0; i < keep.length; i++) {
      if (lo != null && y[i] < lo) before++;
      else if (hi != null && y[i] > hi) after++;
      else keep[i] = true;
    }
    Panel out = p.filter(keep);
    StepLog s = new StepLog("years", "", "firm-years outside " + (lo == null ? "…" : lo) + "–" + (hi == null ? "…" : hi)
        + " dropped").rows(p.rows(), out.rows()).cells(log, StepLog.cellsIn(log, p), StepLog.nonMissing(out))
        .count("rows before the first year", before).count("rows after the last year", after)
        .count("firms dropped", p.firms() - out.firms());
    log.add(s.build());
    return out;
  }

  static Panel exclude(Panel p, List<CleanSpec.Exclude> rules, CleanLog log) {
    boolean[] keep = new boolean[p.rows()];
    java.util.Arrays.fill(keep, true);
    StepLog s = new StepLog("exclude", "", "firm-years matching an exclusion rule dropped");
    long dropped = 0;
    for (CleanSpec.Exclude r : rules) {
      String[] v = Columns.asText(p, r.column(), "exclude.column");
      var values = new java.util.HashSet<>(r.values());
      long byValue = 0, byPrefix = 0;
      for (int i = 0; i < v.length; i++) {
        if (!keep[i] || v[i] == null) continue;
        if (values.contains(v[i])) {
          keep[i] = false;
          byValue++;
        } else {
          for (String pre : r.prefixes()) {
            if (v[i].startsWith(pre)) {
              keep[i] = false;
              byPrefix++;
              break;
            }
          }
        }
        if (!keep[i] && s.wantsExamples())
          s.example("firm " + p.firmLabel(p.firm()[i]) + ", " + p.year()[i] + ": " + r.column() + " = `" + v[i] + "`");
      }
      s.count(r.column(), "value excluded", byValue).count(r.column(), "prefix excluded", byPrefix);
      s.note(r.column() + ": values " + r.values() + ", prefixes " + r.prefixes());
      dropped += byValue + byPrefix;
    }
    Panel out = p.filter(keep);
    s.rows(p.rows(), out.rows()).cells(log, StepLog.cellsIn(log, p), StepLog.nonMissing(out)).count("rows dropped", dropped)
        .count("firms dropped", p.firms() - out.firms());
    log.add(s.build());
    return out;
  }

  static Panel require(Panel p, List<String> vars, CleanLog log) {
    boolean[] keep = new boolean[p.rows()];
    java.util.Arrays.fill(keep, true);
    StepLog s = new StepLog("require", "", "firm-years missing any of " + vars + " dropped");
    for (String name : vars) {
      long miss = 0;
      if (p.hasText(name)) {
        String[] v = p.text(name);
        for (int i = 0; i < v.length; i++) if (v[i] == null) { keep[i] = false; miss++; }
      } else {
        double[] v = Columns.numeric(p, name, "require");
        for (int i = 0; i < v.length; i++) if (v[i] != v[i]) { keep[i] = false; miss++; }
      }
      s.count(name, "missing", miss);
    }
    Panel out = p.filter(keep);
    s.rows(p.rows(), out.rows()).cells(log, StepLog.cellsIn(log, p), StepLog.nonMissing(out))
        .count("rows dropped", p.rows() - out.rows()).count("firms dropped", p.firms() - out.firms());
    log.add(s.build());
    return out;
  }

  static Panel minYears(Panel p, int min, CleanLog log) {
    boolean[] keep = new boolean[p.rows()];
    long firmsDropped = 0;
    StepLog s = new StepLog("min_years", "", "firms with fewer than " + min + " firm-years dropped");
    for (int f = 0; f < p.firms(); f++) {
      int lo = p.firmStart(f), hi = p.firmStart(f + 1);
      boolean ok = hi - lo >= min;
      if (!ok) {
        firmsDropped++;
        if (s.wantsExamples()) s.example("firm " + p.firmLabel(f) + ": " + (hi - lo) + " firm-year(s)");
      }
      for (int i = lo; i < hi; i++) keep[i] = ok;
    }
    Panel out = p.filter(keep);
    s.rows(p.rows(), out.rows()).cells(log, StepLog.cellsIn(log, p), StepLog.nonMissing(out))
        .count("rows dropped", p.rows() - out.rows()).count("firms dropped", firmsDropped);
    log.add(s.build());
    return out;
  }
}
