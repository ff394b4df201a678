package org.netinnov.report.sections;

import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.countUnique;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.data.Panel;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Sample composition, the first table of most firm-panel papers: firm-years and firms by year and by each
 * configured category (industry, region), with shares. Group summaries are table-shaped work, done with Tablesaw.
 */
public final class SampleComposition {
  private SampleComposition() {}

  /** One table by year, then one per category column present in the panel as text. */
  public static List<Table> tables(Panel p, List<String> categories) {
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("panel",
        IntColumn.create("firm", p.firm()), IntColumn.create("year", p.year()));
    List<Table> out = new ArrayList<>();
    out.add(by(t, "year", "Year", p.rows()));
    for (String c : categories) {
      if (!p.hasText(c) && !p.hasNumeric(c))
        throw new IllegalArgumentException("report.composition: no column `" + c + "` in the analysis panel");
      String[] values = p.hasText(c) ? p.text(c) : numericAsText(p.numeric(c));
      String[] filled = new String[values.length];
      for (int i = 0; i < values.length; i++) filled[i] = values[i] == null ? "(missing)" : values[i];
      t.addColumns(StringColumn.create(c, filled));
      out.add(by(t, c, c, p.rows()));
    }
    return out;
  }

  private static Table by(tech.tablesaw.api.Table t, String column, String label, int total) {
    tech.tablesaw.api.Table s = t.summarize("firm", count, countUnique).by(column).sortOn(column);
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < s.rowCount(); i++) {
      double n = s.numberColumn(1).getDouble(i);
      body.add(List.of(Cell.text(s.column(0).getString(i)), Cell.integer(n), Cell.integer(s.numberColumn(2).getDouble(i)),
          Cell.percent(n / total)));
    }
    body.add(List.of(Cell.bold("Total"), Cell.integer(total), Cell.blank(), Cell.percent(1.0)));
    List<List<Cell>> head = List.of(List.of(Cell.bold(label), Cell.bold("Firm-years"), Cell.bold("Firms"),
        Cell.bold("Share of firm-years")));
    return new Table("composition_" + column.replaceAll("[^A-Za-z0-9_]", "_"), "Sample composition by " + label.toLowerCase(java.util.Locale.ROOT),
        head, body, List.of(body.size() - 2), List.of("Analysis panel after cleaning."), false);
  }

  private static String[] numericAsText(double[] v) {
    String[] s = new String[v.length];
    for (int i = 0; i < v.length; i++)
      s[i] = Double.isNaN(v[i]) ? null : v[i] == Math.rint(v[i]) ? Long.toString((long) v[i]) : Double.toString(v[i]);
    return s;
  }
}
