package org.netinnov.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.netinnov.data.Panel;

/**
 * Sample definition: firm-years outside a year range ({@code years}), in excluded industries ({@code exclude}),
 * missing a required variable ({@code require}), and firms with too few firm-years ({@code min_years}) are dropped.
 *
 * <p>Each filter narrows a row mask over the same panel ({@code keep}: false for rows already dropped by an earlier
 * filter), so that consecutive filters copy the panel once, when the mask is applied; counts are over the rows the
 * mask still keeps.
 */
final class SampleFilters {
  private SampleFilters() {}

  static void years(Panel p, boolean[] keep, List<Integer> range, CleanLog log) {
    Integer lo = range.get(0), hi = range.get(1);
    int[] y = p.year();
    Mask m = new Mask(p, keep);
    long before = 0, after = 0;
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) continue;
      if (lo != null && y[i] < lo) before++;
      else if (hi != null && y[i] > hi) after++;
      else continue;
      m.drop(i);
    }
    StepLog s = new StepLog("years", "", "firm-years outside " + (lo == null ? "…" : lo) + "–" + (hi == null ? "…" : hi)
        + " dropped").count("rows before the first year", before).count("rows after the last year", after);
    m.finish(s, log);
  }

  static void exclude(Panel p, boolean[] keep, List<CleanSpec.Exclude> rules, CleanLog log) {
    Mask m = new Mask(p, keep);
    StepLog s = new StepLog("exclude", "", "firm-years matching an exclusion rule dropped");
    long dropped = 0;
    for (CleanSpec.Exclude r : rules) {
      String[] v = Columns.asText(p, r.column(), "exclude.column");
      var values = new HashSet<>(r.values());
      long byValue = 0, byPrefix = 0;
      for (int i = 0; i < v.length; i++) {
        if (!keep[i] || v[i] == null) continue;
        boolean hit = false;
        if (values.contains(v[i])) {
          hit = true;
          byValue++;
        } else {
          for (String pre : r.prefixes()) {
            if (v[i].startsWith(pre)) {
              hit = true;
              byPrefix++;
              break;
            }
          }
        }
        if (!hit) continue;
        m.drop(i);
        if (s.wantsExamples())
          s.example("firm " + p.firmLabel(p.firm()[i]) + ", " + p.year()[i] + ": " + r.column() + " = `" + v[i] + "`");
      }
      s.count(r.column(), "value excluded", byValue).count(r.column(), "prefix excluded", byPrefix);
      s.note(r.column() + ": values " + r.values() + ", prefixes " + r.prefixes());
      dropped += byValue + byPrefix;
    }
    s.count("rows dropped", dropped);
    m.finish(s, log);
  }

  static void require(Panel p, boolean[] keep, List<String> vars, CleanLog log) {
    Mask m = new Mask(p, keep);
    StepLog s = new StepLog("require", "", "firm-years missing any of " + vars + " dropped");
    boolean[] miss = new boolean[keep.length];
    for (String name : vars) {
      long n = 0;
      if (name.equals(p.firmColumn()) || name.equals(p.yearColumn())) {
        s.count(name, "missing", 0); // identifiers are never missing in the panel
        continue;
      }
      if (p.hasText(name)) {
        String[] v = p.text(name);
        for (int i = 0; i < v.length; i++) if (keep[i] && v[i] == null) { miss[i] = true; n++; }
      } else {
        double[] v = Columns.numeric(p, name, "require");
        for (int i = 0; i < v.length; i++) if (keep[i] && v[i] != v[i]) { miss[i] = true; n++; }
      }
      s.count(name, "missing", n);
    }
    long dropped = 0;
    for (int i = 0; i < miss.length; i++) if (miss[i]) { m.drop(i); dropped++; }
    s.count("rows dropped", dropped);
    m.finish(s, log);
  }

  static void minYears(Panel p, boolean[] keep, int min, CleanLog log) {
    Mask m = new Mask(p, keep);
    StepLog s = new StepLog("min_years", "", "firms with fewer than " + min + " firm-years dropped");
    long firmsDropped = 0, rows = 0;
    for (int f = 0; f < p.firms(); f++) {
      int lo = p.firmStart(f), hi = p.firmStart(f + 1), have = 0;
      for (int i = lo; i < hi; i++) if (keep[i]) have++;
      if (have == 0 || have >= min) continue;
      firmsDropped++;
      rows += have;
      if (s.wantsExamples()) s.example("firm " + p.firmLabel(f) + ": " + have + " firm-year(s)");
      for (int i = lo; i < hi; i++) if (keep[i]) m.drop(i);
    }
    s.count("rows dropped", rows).count("firms dropped", firmsDropped);
    m.finish(s, log);
  }

  /** Rows and firms kept before a filter, the rows it drops, and the non-missing cells those rows held. */
  private static final class Mask {
    final Panel p;
    final boolean[] keep;
    final long rowsIn;
    final int firmsIn;
    int[] dropped = new int[16];
    int nDropped;

    Mask(Panel p, boolean[] keep) {
      this.p = p;
      this.keep = keep;
      long r = 0;
      for (boolean k : keep) if (k) r++;
      rowsIn = r;
      firmsIn = firmsKept(p, keep);
    }

    void drop(int i) {
      keep[i] = false;
      if (nDropped == dropped.length) dropped = Arrays.copyOf(dropped, nDropped * 2);
      dropped[nDropped++] = i;
    }

    void finish(StepLog s, CleanLog log) {
      long in = StepLog.cellsIn(log, p), lost = 0;
      for (String c : p.numericNames()) {
        double[] v = p.numeric(c);
        for (int j = 0; j < nDropped; j++) if (v[dropped[j]] == v[dropped[j]]) lost++;
      }
      int firmsOut = firmsKept(p, keep);
      if (!s.has("firms dropped")) s.count("firms dropped", firmsIn - firmsOut);
      s.rows(rowsIn, rowsIn - nDropped).cells(log, in, in - lost);
      log.add(s.build());
    }
  }

  static int firmsKept(Panel p, boolean[] keep) {
    int n = 0;
    for (int f = 0; f < p.firms(); f++) {
      for (int i = p.firmStart(f); i < p.firmStart(f + 1); i++) {
        if (keep[i]) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
