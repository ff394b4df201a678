package org.netinnov.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Finds firm-years that occur more than once among the rows kept by the identifiers step and resolves them by the
 * policy of {@code clean.duplicates}, building the file's {@link Panel}.
 *
 * <p>A repeated row is an <em>exact</em> duplicate when every variable has the same value as in the group's first
 * row (numbers compared as parsed, so {@code 1,234} equals {@code 1234}; missing equals missing), otherwise a
 * <em>conflicting</em> duplicate; the columns that differ are counted. Policies: {@code error} stops with a
 * one-line summary; {@code first} / {@code last} keep the first / last row in file order; {@code mean} averages each
 * numeric variable over the group's non-missing values and keeps the first non-missing text.
 *
 * <p>Grouping is one primitive sort of packed (firm code, year, row) keys, so the rows of a group stay in file order.
 */
final class Duplicates {
  private Duplicates() {}

  static Panel resolve(RawTable t, int[] rows, String policy, String firmName, String yearName, CleanLog log) {
    String[] firm = t.firm().texts();
    int[] year = t.year().years();
    int[] lines = t.lines();
    if (t.rows() >= (1 << 28)) throw new InputException(t.file() + ": more than 268 million rows are not supported");
    HashMap<String, Integer> code = new HashMap<>();
    long[] key = new long[rows.length];
    for (int j = 0; j < rows.length; j++) {
      int r = rows[j];
      Integer c = code.get(firm[r]);
      if (c == null) {
        if (code.size() == 1 << 26) throw new InputException(t.file() + ": more than 67 million firms are not supported");
        code.put(firm[r], c = code.size());
      }
      // firm code (26 bits) | year − 1800 (9 bits) | row (28 bits): sorting groups firm-years, rows in file order
      key[j] = ((long) c << 37) | ((long) (year[r] - 1800) << 28) | r;
    }
    Arrays.sort(key);
    int n = key.length;
    int[] start = new int[n + 1]; // group starts in the sorted keys
    int groups = 0;
    for (int j = 0; j < n; j++) if (j == 0 || (key[j] >>> 28) != (key[j - 1] >>> 28)) start[groups++] = j;
    start[groups] = n;

    List<RawColumn> numeric = new ArrayList<>(), text = new ArrayList<>();
    for (RawColumn c : t.columns()) (c.role() == RawColumn.Role.NUMERIC ? numeric : text).add(c);
    double[][] num = new double[numeric.size()][];
    for (int i = 0; i < num.length; i++) num[i] = numeric.get(i).numbers();
    String[][] txt = new String[text.size()][];
    for (int i = 0; i < txt.length; i++) txt[i] = text.get(i).texts();

    long cellsIn = nonMissing(num, rows);
    StepLog s = new StepLog("duplicates", t.source(), "firm-years occurring more than once, resolved by policy `"
        + policy + "`");
    long exact = 0, conflicting = 0, dupGroups = 0;
    long[] conflictsByNumeric = new long[num.length], conflictsByText = new long[txt.length];
    int[] pick = new int[groups];
    for (int g = 0; g < groups; g++) {
      int lo = start[g], hi = start[g + 1];
      int first = row(key[lo]);
      pick[g] = policy.equals("last") ? row(key[hi - 1]) : first;
      if (hi - lo == 1) continue;
      dupGroups++;
      StringBuilder ex = s.wantsExamples() ? new StringBuilder() : null;
      if (ex != null) ex.append("firm ").append(firm[first]).append(", ").append(year[first]).append(": lines ");
      for (int j = lo; j < hi; j++) {
        int r = row(key[j]);
        if (ex != null) ex.append(j > lo ? ", " : "").append(lines[r]);
        if (j == lo) continue;
        boolean same = true;
        for (int c = 0; c < num.length; c++) {
          if (Double.doubleToLongBits(num[c][r]) != Double.doubleToLongBits(num[c][first])) {
            same = false;
            conflictsByNumeric[c]++;
            if (ex != null) ex.append(" (").append(numeric.get(c).name).append(" ").append(RawColumn.fmt(num[c][first]))
                .append(" vs ").append(RawColumn.fmt(num[c][r])).append(")");
          }
        }
        for (int c = 0; c < txt.length; c++) {
          if (!java.util.Objects.equals(txt[c][r], txt[c][first])) {
            same = false;
            conflictsByText[c]++;
            if (ex != null) ex.append(" (").append(text.get(c).name).append(" `").append(txt[c][first])
                .append("` vs `").append(txt[c][r]).append("`)");
          }
        }
        if (same) exact++;
        else conflicting++;
      }
      if (ex != null) s.example(ex.toString());
    }
    long removed = n - groups;
    String periods = removed > 0 ? severalPeriods(t.year().monthDays(), rows) : null;
    if (removed > 0 && policy.equals("error"))
      throw new InputException(t.file() + ": " + removed + " duplicate firm-year row(s) (" + exact + " exact, "
          + conflicting + " conflicting), e.g. " + s.build().examples().get(0)
          + (periods != null ? "; " + periods : "; set clean.duplicates to first, last or mean"));
    if (periods != null) s.note("warning: " + periods);
    s.rows(rows.length, groups).count("firm-years with duplicates", dupGroups).count("exact duplicate rows", exact)
        .count("conflicting duplicate rows", conflicting).count("rows removed", removed);
    for (int c = 0; c < num.length; c++) s.count(numeric.get(c).name, "conflicting values", conflictsByNumeric[c]);
    for (int c = 0; c < txt.length; c++) s.count(text.get(c).name, "conflicting values", conflictsByText[c]);

    String[] f2 = new String[groups];
    int[] y2 = new int[groups];
    for (int g = 0; g < groups; g++) {
      f2[g] = firm[pick[g]];
      y2[g] = year[pick[g]];
    }
    PanelBuilder b = new PanelBuilder(firmName, yearName, f2, y2);
    long changed = 0;
    boolean mean = policy.equals("mean");
    for (int c = 0; c < num.length; c++) {
      double[] src = num[c], dst = new double[groups];
      for (int g = 0; g < groups; g++) {
        dst[g] = src[pick[g]];
        if (mean && start[g + 1] - start[g] > 1) {
          double sum = 0;
          int cnt = 0;
          for (int j = start[g]; j < start[g + 1]; j++) {
            double v = src[row(key[j])];
            if (v == v) { sum += v; cnt++; }
          }
          double m = cnt == 0 ? Double.NaN : sum / cnt;
          if (Double.doubleToLongBits(m) != Double.doubleToLongBits(dst[g])) changed++;
          dst[g] = m;
        }
      }
      b.numeric(numeric.get(c).name, dst);
      numeric.get(c).release(); // keeps the peak heap near two copies of the data, not three
      num[c] = null;
    }
    for (int c = 0; c < txt.length; c++) {
      String[] src = txt[c], dst = new String[groups];
      for (int g = 0; g < groups; g++) {
        dst[g] = src[pick[g]];
        if (mean && dst[g] == null)
          for (int j = start[g]; j < start[g + 1] && dst[g] == null; j++) dst[g] = src[row(key[j])];
      }
      b.text(text.get(c).name, dst);
      text.get(c).release();
      txt[c] = null;
    }
    Panel p = b.build();
    s.changed(changed).cells(cellsIn, StepLog.nonMissing(p));
    log.add(s.build());
    return p;
  }

  private static int row(long key) { return (int) (key & ((1 << 28) - 1)); }

  private static long nonMissing(double[][] cols, int[] rows) {
    long n = 0;
    for (double[] c : cols) for (int r : rows) if (c[r] == c[r]) n++;
    return n;
  }

  /**
   * A hint when the duplicates are reporting periods: the year column holds dates with more than one month and day
   * (a CSMAR table with quarterly and annual reports), where first/last would keep an arbitrary quarter.
   */
  private static String severalPeriods(short[] monthDay, int[] rows) {
    java.util.TreeSet<Integer> seen = new java.util.TreeSet<>();
    for (int r : rows) {
      if (monthDay[r] != 0) seen.add((int) monthDay[r]);
      if (seen.size() > 12) break;
    }
    if (seen.size() < 2) return null;
    StringBuilder sb = new StringBuilder();
    for (int md : seen) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(String.format(java.util.Locale.ROOT, "%02d-%02d", md / 100, md % 100));
    }
    return "the year column holds dates of several reporting periods (" + sb + "); set data.period_end (e.g. 12-31 "
        + "for annual reports) to keep one period per firm-year";
  }
}
