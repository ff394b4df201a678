package org.netinnov.report.model;

import java.util.List;

/**
 * A table as papers print it: a title, header rows, body rows, notes underneath. Writers draw a rule above the
 * header, below the header, after each body row listed in {@code rulesAfter}, and below the body.
 *
 * @param id          stable identifier, used for file names ({@code tables/<id>.csv}) and links
 * @param title       caption, e.g. "Table 3. Network indices and patent applications"
 * @param header      header rows (e.g. model number, outcome, estimator)
 * @param body        body rows
 * @param rulesAfter  body row indices after which a rule is drawn (e.g. between coefficients and statistics)
 * @param notes       lines under the table (standard-error type, star thresholds, sample)
 * @param regression  true for regression tables (also written as LaTeX)
 */
public record Table(String id, String title, List<List<Cell>> header, List<List<Cell>> body, List<Integer> rulesAfter,
    List<String> notes, boolean regression) {

  public Table {
    header = List.copyOf(header);
    body = List.copyOf(body);
    rulesAfter = List.copyOf(rulesAfter);
    notes = List.copyOf(notes);
  }

  public int columns() {
    int c = 0;
    for (List<Cell> r : header) c = Math.max(c, r.size());
    for (List<Cell> r : body) c = Math.max(c, r.size());
    return c;
  }
}
