package org.netinnov.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest and cleaning did, step by step, so that a reader can rebuild the sample from the raw files: rows and
 * cells in and out of every step, counts by column and reason, numeric facts (cut-offs), notes and first examples
 * (with file line numbers), and the shape of the panel before and after.
 *
 * <p>Step names (stable; {@link Step#source} names the file for the per-file steps):
 * <ul>
 *   <li>{@code read} (per file) — facts: {@code data rows}, {@code blank rows skipped}, {@code description rows under
 *   the header skipped}, {@code short rows (missing cells at the end)}, ...; notes: encoding, delimiter, header line,
 *   how each automatic column was typed.</li>
 *   <li>{@code numbers} (per file) — per column: {@code missing}, {@code thousands separators}, {@code percent},
 *   {@code parentheses negative}, {@code unit suffix}, {@code not a number} (set missing), {@code spreadsheet
 *   number}; per column of text: {@code missing}; whole step: {@code missing: empty cell} and
 *   {@code missing: marker `X`} for each marker.</li>
 *   <li>{@code identifiers} (per file) — {@code blank firm id}, {@code unreadable year}, {@code blank year};
 *   {@code year written as a date}, {@code year written as text}, {@code firm id padded with zeros}.</li>
 *   <li>{@code duplicates} (per file) — {@code exact duplicate rows}, {@code conflicting duplicate rows},
 *   {@code rows removed}, {@code firm-years with duplicates}; per column: {@code conflicting values}.</li>
 *   <li>{@code join} (per joined file) — {@code main rows matched}, {@code main rows without a match},
 *   {@code joined rows without a match}, {@code rows dropped (inner join)}.</li>
 *   <li>{@code ranges} — per column: {@code below min}, {@code above max} (set missing).</li>
 *   <li>{@code years}, {@code exclude}, {@code require}, {@code min_years} — rows dropped and why; {@code require}
 *   per column: {@code missing}; {@code exclude} per column: {@code value excluded}, {@code prefix excluded};
 *   {@code min_years}: {@code firms dropped}.</li>
 *   <li>{@code fill} — per column: {@code filled}, {@code left missing}.</li>
 *   <li>{@code deflate} — per column: {@code deflated}, {@code no index for the year}; values: the index used.</li>
 *   <li>{@code derive} — per derived variable: {@code missing}, and each kind of undefined arithmetic
 *   ({@code division by zero}, {@code log of a non-positive value}, ...).</li>
 *   <li>{@code winsorize} — per column: {@code below lower cut-off}, {@code above upper cut-off}; values:
 *   {@code <column>: lower cut-off} / {@code upper cut-off} (with {@code , <year>} when by year).</li>
 * </ul>
 */
public final class CleanLog {
  private final List<Step> steps = new ArrayList<>();
  private PanelShape before;
  private PanelShape after;
  /** Running count of non-missing numeric cells of the panel, so that steps need not recount every column. */
  long cells = -1;

  /** One count: cells or rows of {@code column} (empty for the step as a whole) affected for {@code reason}. */
  public record Count(String column, String reason, long n) {
    /** "column: reason", or the reason alone for a whole-step count. */
    public String key() { return column.isEmpty() ? reason : column + ": " + reason; }
  }

  /**
   * One step.
   *
   * @param name         stable step name (see the class comment)
   * @param description  what the step does, in a sentence
   * @param rowsIn       rows before the step
   * @param rowsOut      rows after the step
   * @param cellsChanged cells whose value the step changed (set, replaced or set missing)
   * @param counts       derived: the {@link #tally} as "column: reason" → count, in order (callers pass null)
   * @param examples     first cases, with file lines or firm-years
   * @param source       the input file for per-file steps (read, numbers, identifiers, duplicates, join), else ""
   * @param cellsIn      non-missing numeric cells before the step
   * @param cellsOut     non-missing numeric cells after the step
   * @param tally        counts by column and reason
   * @param values       numeric facts such as winsorizing cut-offs ("leverage: upper cut-off" → 0.87)
   * @param notes        how the step was done (column typing, encoding, policy)
   */
  public record Step(String name, String description, long rowsIn, long rowsOut, long cellsChanged,
      Map<String, Long> counts, List<String> examples, String source, long cellsIn, long cellsOut, List<Count> tally,
      Map<String, Double> values, List<String> notes) {

    public Step {
      tally = List.copyOf(tally);
      var c = new LinkedHashMap<String, Long>();
      for (Count t : tally) c.merge(t.key(), t.n(), Long::sum);
      counts = Collections.unmodifiableMap(c);
      examples = List.copyOf(examples);
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      notes = List.copyOf(notes);
    }

    /** The count of {@code reason} for {@code column} (0 when absent). */
    public long count(String column, String reason) {
      long s = 0;
      for (Count t : tally) if (t.column().equals(column) && t.reason().equals(reason)) s += t.n();
      return s;
    }

    /** A whole-step count (0 when absent). */
    public long count(String reason) { return count("", reason); }

    /** Column → count for {@code reason}, in order (columns with no such cells are absent). */
    public Map<String, Long> byColumn(String reason) {
      var m = new LinkedHashMap<String, Long>();
      for (Count t : tally) if (!t.column().isEmpty() && t.reason().equals(reason)) m.merge(t.column(), t.n(), Long::sum);
      return Collections.unmodifiableMap(m);
    }

    /** The sum of {@code reason} over all columns. */
    public long total(String reason) {
      long s = 0;
      for (Count t : tally) if (!t.column().isEmpty() && t.reason().equals(reason)) s += t.n();
      return s;
    }
  }

  /** Structure of a panel: firms, firm-years, years, balance, interior gaps (absent years between a firm's first and last). */
  public record PanelShape(int firms, int firmYears, int firstYear, int lastYear, int years, boolean balanced,
      int gaps, double meanYearsPerFirm) {

    public static PanelShape of(org.netinnov.data.Panel p) {
      int[] years = p.distinctYears();
      int gaps = 0;
      for (int f = 0; f < p.firms(); f++) {
        int lo = p.firmStart(f), hi = p.firmStart(f + 1);
        if (hi - lo > 0) gaps += (p.year()[hi - 1] - p.year()[lo] + 1) - (hi - lo);
      }
      return new PanelShape(p.firms(), p.rows(), years.length == 0 ? 0 : years[0],
          years.length == 0 ? 0 : years[years.length - 1], years.length, p.isBalanced(), gaps,
          p.firms() == 0 ? 0 : (double) p.rows() / p.firms());
    }
  }

  public void add(Step s) { steps.add(s); }

  /** Every step, in the order it ran. */
  public List<Step> steps() { return List.copyOf(steps); }

  /** The first step called {@code name} (for per-file steps: the main file's), or null. */
  public Step step(String name) {
    for (Step s : steps) if (s.name().equals(name)) return s;
    return null;
  }

  /** Every step called {@code name} (per-file steps: one per file). */
  public List<Step> steps(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The panel as first built (after identifiers, duplicates and joins), before the configurable steps. */
  public PanelShape before() { return before; }

  /** The analysis panel. */
  public PanelShape after() { return after; }

  /**
   * A plain-text account, one line per step plus its non-zero counts, for the console and for logs: e.g.
   * {@code numbers [a.csv]: 1000 → 1000 rows, cells 28000 → 27100, 900 changed; revenue: thousands separators 20}.
   */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    for (Step s : steps) {
      StringBuilder b = new StringBuilder(s.name());
      if (!s.source().isEmpty()) b.append(" [").append(s.source()).append(']');
      b.append(": ").append(s.rowsIn()).append(" → ").append(s.rowsOut()).append(" rows");
      if (s.cellsIn() >= 0) b.append(", cells ").append(s.cellsIn()).append(" → ").append(s.cellsOut());
      if (s.cellsChanged() > 0) b.append(", ").append(s.cellsChanged()).append(" changed");
      String sep = "; ";
      for (var e : s.counts().entrySet()) {
        if (e.getValue() == 0) continue;
        b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      out.add(b.toString());
    }
    if (before != null) out.add("panel before: " + describe(before));
    if (after != null) out.add("panel after: " + describe(after));
    return out;
  }

  private static String describe(PanelShape p) {
    return p.firms() + " firms, " + p.firmYears() + " firm-years, " + p.firstYear() + "–" + p.lastYear() + " ("
        + p.years() + " years), " + (p.balanced() ? "balanced" : "unbalanced") + ", " + p.gaps() + " interior gaps";
  }

  public void setBefore(PanelShape s) { before = s; }

  public void setAfter(PanelShape s) { after = s; }
}
