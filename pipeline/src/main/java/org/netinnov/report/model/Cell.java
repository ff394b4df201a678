package org.netinnov.report.model;

/**
 * One table cell. Numbers are kept at full precision; {@code decimals} only says how to display them (a writer
 * that can, such as Excel, stores the full value and formats it). Text is for what is text by nature: labels,
 * coefficients with stars, standard errors in parentheses.
 *
 * @param kind     what the cell holds
 * @param number   the value for NUMBER, INTEGER, PERCENT and P_VALUE cells (NaN renders as a blank cell)
 * @param text     the value for TEXT cells
 * @param decimals digits to display; -1 for the table's default
 * @param bold     emphasis (headers, totals)
 * @param note     optional comment (Excel comment / footnote)
 */
public record Cell(Kind kind, double number, String text, int decimals, boolean bold, String note) {

  public enum Kind { BLANK, NUMBER, INTEGER, PERCENT, P_VALUE, TEXT }

  public static Cell blank() { return new Cell(Kind.BLANK, Double.NaN, null, -1, false, null); }

  public static Cell num(double v) { return Double.isNaN(v) ? blank() : new Cell(Kind.NUMBER, v, null, -1, false, null); }

  public static Cell num(double v, int decimals) {
    return Double.isNaN(v) ? blank() : new Cell(Kind.NUMBER, v, null, decimals, false, null);
  }

  public static Cell integer(long v) { return new Cell(Kind.INTEGER, v, null, 0, false, null); }

  /** Integer-valued double (NaN → blank). */
  public static Cell integer(double v) { return Double.isNaN(v) ? blank() : new Cell(Kind.INTEGER, v, null, 0, false, null); }

  /** A share shown as a percentage (0.125 → 12.5%). */
  public static Cell percent(double v) { return Double.isNaN(v) ? blank() : new Cell(Kind.PERCENT, v, null, 1, false, null); }

  public static Cell pValue(double p) { return Double.isNaN(p) ? blank() : new Cell(Kind.P_VALUE, p, null, 3, false, null); }

  public static Cell text(String s) { return s == null ? blank() : new Cell(Kind.TEXT, Double.NaN, s, -1, false, null); }

  public static Cell bold(String s) { return new Cell(Kind.TEXT, Double.NaN, s, -1, true, null); }

  public Cell withNote(String n) { return new Cell(kind, number, text, decimals, bold, n); }

  public Cell withBold() { return new Cell(kind, number, text, decimals, true, note); }

  public boolean isBlank() { return kind == Kind.BLANK; }
}
