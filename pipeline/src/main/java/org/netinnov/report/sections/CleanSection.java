package org.netinnov.report.sections;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.clean.CleanLog;
import org.netinnov.clean.CleanResult;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

/**
 * The "Sample &amp; cleaning" sheet: the panel before and after cleaning, every step with rows and cells in and
 * out, and every count by column and reason with the first examples — enough to rebuild the sample from the raw
 * file.
 */
public final class CleanSection {
  private CleanSection() {}

  public static List<Block> blocks(CleanResult r) {
    CleanLog log = r.log();
    List<Block> out = new ArrayList<>();
    out.add(new Block.TableBlock(shape(log, r.rawRows())));
    out.add(new Block.TableBlock(steps(log)));
    out.add(new Block.TableBlock(counts(log)));
    List<String> examples = new ArrayList<>();
    for (CleanLog.Step s : log.steps())
      for (String e : s.examples()) examples.add(s.name() + (s.source().isEmpty() ? "" : " (" + s.source() + ")") + ": " + e);
    if (!examples.isEmpty()) out.add(new Block.TextBlock("Examples (first cases of each step)", examples));
    List<String> notes = new ArrayList<>();
    for (CleanLog.Step s : log.steps())
      for (String n : s.notes()) notes.add(s.name() + (s.source().isEmpty() ? "" : " (" + s.source() + ")") + ": " + n);
    if (!notes.isEmpty()) out.add(new Block.TextBlock("How each step was done", notes));
    return out;
  }

  static Table shape(CleanLog log, long rawRows) {
    List<List<Cell>> head = List.of(List.of(Cell.bold(""), Cell.bold("Before cleaning"), Cell.bold("Analysis panel")));
    CleanLog.PanelShape b = log.before(), a = log.after();
    List<List<Cell>> body = new ArrayList<>();
    body.add(List.of(Cell.text("Data rows read"), Cell.integer(rawRows), Cell.blank()));
    body.add(row("Firms", b == null ? Double.NaN : b.firms(), a.firms()));
    body.add(row("Firm-years", b == null ? Double.NaN : b.firmYears(), a.firmYears()));
    body.add(List.of(Cell.text("Years"), Cell.text(b == null ? null : b.firstYear() + "–" + b.lastYear()),
        Cell.text(a.firstYear() + "–" + a.lastYear())));
    body.add(row("Distinct years", b == null ? Double.NaN : b.years(), a.years()));
    body.add(List.of(Cell.text("Balanced"), Cell.text(b == null ? null : b.balanced() ? "yes" : "no"),
        Cell.text(a.balanced() ? "yes" : "no")));
    body.add(row("Gaps (absent years inside a firm's span)", b == null ? Double.NaN : b.gaps(), a.gaps()));
    body.add(List.of(Cell.text("Mean years per firm"), Cell.num(b == null ? Double.NaN : b.meanYearsPerFirm(), 2),
        Cell.num(a.meanYearsPerFirm(), 2)));
    return new Table("sample", "Sample", head, body, List.of(),
        List.of("Before cleaning: the panel as first built from the file(s) (after identifiers and duplicates); "
            + "analysis panel: after every configured step. Each model then uses its own complete cases."), false);
  }

  private static List<Cell> row(String label, double before, double after) {
    return List.of(Cell.text(label), Cell.integer(before), Cell.integer(after));
  }

  static Table steps(CleanLog log) {
    List<List<Cell>> head = List.of(List.of(Cell.bold("Step"), Cell.bold("File"), Cell.bold("What it does"),
        Cell.bold("Rows in"), Cell.bold("Rows out"), Cell.bold("Cells in"), Cell.bold("Cells out"),
        Cell.bold("Cells changed")));
    List<List<Cell>> body = new ArrayList<>();
    for (CleanLog.Step s : log.steps())
      body.add(List.of(Cell.text(s.name()), Cell.text(s.source()), Cell.text(s.description()), Cell.integer(s.rowsIn()),
          Cell.integer(s.rowsOut()), s.cellsIn() < 0 ? Cell.blank() : Cell.integer(s.cellsIn()),
          s.cellsOut() < 0 ? Cell.blank() : Cell.integer(s.cellsOut()), Cell.integer(s.cellsChanged())));
    return new Table("cleaning_steps", "Cleaning steps, in the order applied", head, body, List.of(),
        List.of("Cells: non-missing numeric cells of the panel."), false);
  }

  static Table counts(CleanLog log) {
    List<List<Cell>> head = List.of(List.of(Cell.bold("Step"), Cell.bold("Column"), Cell.bold("What"),
        Cell.bold("Count")));
    List<List<Cell>> body = new ArrayList<>();
    for (CleanLog.Step s : log.steps()) {
      if (!s.tally().isEmpty()) {
        for (CleanLog.Count c : s.tally())
          if (c.n() != 0) body.add(List.of(Cell.text(s.name()), Cell.text(c.column()), Cell.text(c.reason()), Cell.integer(c.n())));
      } else {
        for (var e : s.counts().entrySet())
          if (e.getValue() != 0) body.add(List.of(Cell.text(s.name()), Cell.blank(), Cell.text(e.getKey()), Cell.integer(e.getValue())));
      }
      for (var v : s.values().entrySet())
        body.add(List.of(Cell.text(s.name()), Cell.blank(), Cell.text(v.getKey()), Cell.num(v.getValue(), 4)));
    }
    return new Table("cleaning_counts", "What each step found and changed", head, body, List.of(),
        List.of("Counts of cells (or rows, for row filters) by column and reason; numeric facts such as "
            + "winsorizing cut-offs are listed with their value."), false);
  }
}
