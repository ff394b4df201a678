package org.netinnov.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/** The tables and charts of a report in sheet order, with their ids checked for use as file names. */
final class ReportBlocks {
  private ReportBlocks() {}

  static List<Table> tables(Report r) {
    List<Table> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Sheet s : r.sheets())
      for (Block b : s.blocks())
        if (b instanceof Block.TableBlock tb) {
          checkId(tb.table().id(), "table", ids);
          out.add(tb.table());
        }
    return out;
  }

  static List<Chart> charts(Report r) {
    List<Chart> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Sheet s : r.sheets())
      for (Block b : s.blocks())
        if (b instanceof Block.ChartBlock cb) {
          checkId(cb.chart().id(), "chart", ids);
          out.add(cb.chart());
        }
    return out;
  }

  /** Ids become file names: letters, digits, '_', '-', '.' only, unique (ignoring case, as some file systems do). */
  private static void checkId(String id, String what, Set<String> seen) {
    if (id == null || !id.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*"))
      throw new IllegalArgumentException(what + " id '" + id + "' is not usable as a file name"
          + " (letters, digits, _ . - only)");
    if (!seen.add(id.toLowerCase(java.util.Locale.ROOT)))
      throw new IllegalArgumentException("two " + what + "s share the id '" + id + "'");
  }
}
