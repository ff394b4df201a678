package org.netinnov.report;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * Where every block of a sheet goes, decided before anything is written, so that the Contents sheet (written
 * first) can link to cells of sheets not yet written, and so that the block writers and the links cannot disagree.
 * Blocks are stacked from row 0 with {@value #GAP} empty rows between them, all starting in column A.
 */
final class ExcelLayout {
  static final int GAP = 2;
  /** Rows a chart occupies beside its data (about 340 px at the default 17 px row height). */
  static final int CHART_ROWS = 20;
  static final int CHART_WIDTH_PX = 600;
  static final int CHART_HEIGHT_PX = 340;

  record Placement(Block block, int firstRow, int rows) {}

  record Plan(Sheet sheet, List<Placement> placements, int[] widths) {
    /** The sheet streams a DataBlock (its last block). */
    boolean streams() {
      return !placements.isEmpty() && placements.get(placements.size() - 1).block() instanceof Block.DataBlock;
    }

    /** A sheet that holds exactly one table gets its title and header rows frozen. */
    Table singleTable() {
      if (placements.size() == 1 && placements.get(0).block() instanceof Block.TableBlock tb) return tb.table();
      return null;
    }
  }

  private ExcelLayout() {}

  /**
   * @throws IllegalArgumentException when a DataBlock is not the last block of its sheet (everything above it is
   *     written in memory first, then its rows are streamed after them)
   */
  static Plan plan(Sheet sheet, int decimals) {
    List<Placement> out = new ArrayList<>();
    int row = 0;
    for (int i = 0; i < sheet.blocks().size(); i++) {
      Block b = sheet.blocks().get(i);
      if (b instanceof Block.DataBlock && i != sheet.blocks().size() - 1)
        throw new IllegalArgumentException("sheet '" + sheet.name() + "': a DataBlock is written by streaming and must"
            + " be the last block of its sheet");
      int h = height(b);
      out.add(new Placement(b, row, h));
      row += h + GAP;
    }
    return new Plan(sheet, List.copyOf(out), widths(sheet, decimals));
  }

  static int height(Block b) {
    if (b instanceof Block.TableBlock tb) {
      Table t = tb.table();
      return 1 + t.header().size() + t.body().size() + t.notes().size();
    }
    if (b instanceof Block.ChartBlock cb) return Math.max(CHART_ROWS, 2 + chartRows(cb.chart()));
    if (b instanceof Block.TextBlock tx) return (tx.heading() == null ? 0 : 1) + tx.paragraphs().size();
    if (b instanceof Block.DataBlock db) return 1 + db.rows();
    throw new IllegalStateException("unknown block " + b);
  }

  static int chartRows(Chart c) {
    return c.kind() == Chart.Kind.BAR ? c.categories().size() : c.x().length;
  }

  /** Columns of a chart's data table: x (or category) and each series (with lower/upper for intervals). */
  static int chartColumns(Chart c) {
    int n = 1;
    for (Chart.Series s : c.series()) n += (c.kind() == Chart.Kind.INTERVAL && s.lower() != null) ? 3 : 1;
    return n;
  }

  /**
   * Column widths in characters, from the widest displayed cell of the tables, chart data and data header of the
   * sheet (titles, notes and text paragraphs are excluded: they overflow or wrap). First column 8–48, others 7–28.
   */
  static int[] widths(Sheet sheet, int decimals) {
    int[] w = new int[0];
    for (Block b : sheet.blocks()) {
      if (b instanceof Block.TableBlock tb) {
        // in wide tables a long heading wraps over its values instead of widening its column
        int cap = tb.table().columns() >= WIDE_TABLE ? HEADING_CAP : Integer.MAX_VALUE;
        for (List<Cell> r : tb.table().header()) w = measure(w, r, decimals, cap);
        for (List<Cell> r : tb.table().body()) w = measure(w, r, decimals);
      } else if (b instanceof Block.ChartBlock cb) {
        Chart c = cb.chart();
        w = grow(w, chartColumns(c));
        w[0] = Math.max(w[0], NumberText.width(c.xLabel() == null ? "" : c.xLabel()));
        for (String cat : c.categories()) w[0] = Math.max(w[0], NumberText.width(cat));
        int col = 1;
        for (Chart.Series s : c.series()) {
          int n = (c.kind() == Chart.Kind.INTERVAL && s.lower() != null) ? 3 : 1;
          for (int k = 0; k < n; k++) w[col + k] = Math.max(w[col + k], Math.min(18, NumberText.width(k == 0 ? s.name() : s.name() + " lower")));
          col += n;
        }
      } else if (b instanceof Block.DataBlock db) {
        w = grow(w, db.columns().size());
        int sample = Math.min(db.rows(), 500);
        for (int c = 0; c < db.columns().size(); c++) {
          w[c] = Math.max(w[c], NumberText.width(db.columns().get(c)));
          String[] text = db.text().get(c);
          double[] num = db.numeric().get(c);
          for (int i = 0; i < sample; i++) {
            if (text != null && text[i] != null) w[c] = Math.max(w[c], NumberText.width(text[i]));
            if (num != null && !Double.isNaN(num[i])) w[c] = Math.max(w[c], Math.min(12, NumberText.full(num[i]).length()));
          }
        }
      }
    }
    for (int c = 0; c < w.length; c++) w[c] = c == 0 ? clamp(w[c] + 2, 8, 48) : clamp(w[c] + 2, 7, 28);
    return w;
  }

  /** Tables of this many columns or more get headings capped at {@link #HEADING_CAP} characters (they wrap). */
  static final int WIDE_TABLE = 6, HEADING_CAP = 14;

  private static int[] measure(int[] w, List<Cell> row, int decimals) {
    return measure(w, row, decimals, Integer.MAX_VALUE);
  }

  /** Widens {@code w} to the display width of each cell, cells after the first at most {@code capOfOtherColumns}. */
  private static int[] measure(int[] w, List<Cell> row, int decimals, int capOfOtherColumns) {
    w = grow(w, row.size());
    for (int c = 0; c < row.size(); c++) {
      // huge numbers display in scientific notation (NumberText.fixed), so their text is short too
      int width = NumberText.width(NumberText.display(row.get(c), decimals));
      w[c] = Math.max(w[c], c > 0 ? Math.min(capOfOtherColumns, width) : width);
    }
    return w;
  }

  private static int[] grow(int[] w, int n) {
    if (w.length >= n) return w;
    int[] out = new int[n];
    System.arraycopy(w, 0, out, 0, w.length);
    return out;
  }

  private static int clamp(int v, int lo, int hi) { return Math.max(lo, Math.min(hi, v)); }

  /** Pixel width of a column of {@code chars} characters in Arial 10 (7 px per digit plus 5 px padding). */
  static int pixels(int chars) { return chars * 7 + 5; }
}
