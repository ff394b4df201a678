package org.netinnov.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.netinnov.data.Panel;

/** Collects one {@link CleanLog.Step} while a step runs. */
final class StepLog {
  static final int MAX_EXAMPLES = 30;

  private final String name, source, description;
  private long rowsIn, rowsOut, cellsIn = -1, cellsOut = -1, changed;
  private final List<CleanLog.Count> tally = new ArrayList<>();
  private final LinkedHashMap<String, Double> values = new LinkedHashMap<>();
  private final List<String> examples = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  StepLog(String name, String source, String description) {
    this.name = name;
    this.source = source;
    this.description = description;
  }

  StepLog rows(long in, long out) {
    rowsIn = in;
    rowsOut = out;
    return this;
  }

  StepLog cells(long in, long out) {
    cellsIn = in;
    cellsOut = out;
    return this;
  }

  StepLog changed(long n) {
    changed += n;
    return this;
  }

  /** A whole-step count (kept even when zero, so that every step lists its reasons). */
  StepLog count(String reason, long n) {
    tally.add(new CleanLog.Count("", reason, n));
    return this;
  }

  /** A per-column count (left out when zero). */
  StepLog count(String column, String reason, long n) {
    if (n != 0) tally.add(new CleanLog.Count(column, reason, n));
    return this;
  }

  /** True when a whole-step count of {@code reason} was recorded. */
  boolean has(String reason) {
    for (CleanLog.Count c : tally) if (c.column().isEmpty() && c.reason().equals(reason)) return true;
    return false;
  }

  StepLog value(String key, double v) {
    values.put(key, v);
    return this;
  }

  boolean wantsExamples() { return examples.size() < MAX_EXAMPLES; }

  StepLog example(String s) {
    if (examples.size() < MAX_EXAMPLES) examples.add(s);
    return this;
  }

  StepLog note(String s) {
    notes.add(s);
    return this;
  }

  CleanLog.Step build() {
    return new CleanLog.Step(name, description, rowsIn, rowsOut, changed, null, examples, source, cellsIn, cellsOut,
        tally, values, notes);
  }

  /** Non-missing numeric cells before a panel step: the running count, or a full count the first time. */
  static long cellsIn(CleanLog log, Panel p) { return log.cells >= 0 ? log.cells : nonMissing(p); }

  /** Change in non-missing cells when column {@code before} (null: a new column) is replaced by {@code after}. */
  static long delta(double[] before, double[] after) {
    return count(after) - (before == null ? 0 : count(before));
  }

  static long count(double[] x) {
    long n = 0;
    for (double v : x) if (v == v) n++;
    return n;
  }

  /** Records cells in and out on the step and as the running count. */
  StepLog cells(CleanLog log, long in, long out) {
    log.cells = out;
    return cells(in, out);
  }

  /** Non-missing numeric cells of a panel. */
  static long nonMissing(Panel p) {
    long n = 0;
    for (String c : p.numericNames()) {
      for (double v : p.numeric(c)) if (v == v) n++;
    }
    return n;
  }
}
