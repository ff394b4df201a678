package org.netinnov.report;

import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.netinnov.report.ExcelStyles.Emphasis;
import org.netinnov.report.ExcelStyles.Rule;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Report;

/**
 * The first sheet: the run's facts ({@link Report#meta()}, in order), then every sheet and every table, chart and
 * data block, each linked to the cell where it starts (the links come from {@link ExcelLayout}, computed before
 * the sheets are written).
 */
final class ExcelContents {
  private ExcelContents() {}

  static void write(XSSFSheet sh, Report report, List<ExcelLayout.Plan> plans, ExcelStyles st) {
    CellStyle bold = st.style("General", Emphasis.BOLD, HorizontalAlignment.LEFT, Rule.NONE, false);
    CellStyle plain = st.style("@", Emphasis.PLAIN, HorizontalAlignment.LEFT, Rule.NONE, false);
    CellStyle link = st.style("@", Emphasis.LINK, HorizontalAlignment.LEFT, Rule.NONE, false);
    int r = 0;
    set(sh.createRow(r++), 0, "Contents", bold);
    set(sh.createRow(r++), 0, "Run: " + report.runName(), plain);
    r++;
    int wA = 10, wB = 8, wC = 20;
    for (Map.Entry<String, String> e : report.meta().entrySet()) {
      Row row = sh.createRow(r++);
      set(row, 0, e.getKey(), bold);
      set(row, 1, e.getValue(), plain);
      wA = Math.max(wA, NumberText.width(e.getKey()));
    }
    r++;
    Row head = sh.createRow(r++);
    String[] cols = {"Sheet", "Item", "Title", "Kind"};
    for (int c = 0; c < cols.length; c++)
      set(head, c, cols[c], st.style("@", Emphasis.BOLD, HorizontalAlignment.LEFT, Rule.BOTH, false));
    for (ExcelLayout.Plan p : plans) {
      Row row = sh.createRow(r++);
      String name = p.sheet().name();
      set(row, 0, name, link).setHyperlink(link(sh, name, 0));
      wA = Math.max(wA, NumberText.width(name));
      for (ExcelLayout.Placement pl : p.placements()) {
        Block b = pl.block();
        String id, title, kind;
        if (b instanceof Block.TableBlock tb) {
          id = tb.table().id();
          title = tb.table().title();
          kind = tb.table().regression() ? "regression table" : "table";
        } else if (b instanceof Block.ChartBlock cb) {
          id = cb.chart().id();
          title = cb.chart().title();
          kind = "chart (" + cb.chart().kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
        } else if (b instanceof Block.DataBlock db) {
          id = db.id();
          title = db.columns().size() + " columns";
          kind = "data (" + NumberText.grouped(db.rows()) + " rows)";
        } else {
          continue;
        }
        Row ir = sh.createRow(r++);
        set(ir, 1, id, link).setHyperlink(link(sh, name, pl.firstRow()));
        set(ir, 2, title, plain);
        set(ir, 3, kind, plain);
        wB = Math.max(wB, NumberText.width(id));
        wC = Math.max(wC, NumberText.width(title));
      }
    }
    Row last = sh.createRow(r);
    for (int c = 0; c < 4; c++) last.createCell(c).setCellStyle(st.style("General", Emphasis.PLAIN,
        HorizontalAlignment.LEFT, Rule.TOP, false));
    sh.setColumnWidth(0, 256 * Math.min(wA + 3, 40));
    sh.setColumnWidth(1, 256 * Math.min(wB + 3, 40));
    sh.setColumnWidth(2, 256 * Math.min(wC + 3, 90));
    sh.setColumnWidth(3, 256 * 22);
    sh.setDisplayGridlines(false);
  }

  /** A link to a cell of another sheet; the sheet name is quoted (and its quotes doubled) as Excel requires. */
  static Hyperlink link(XSSFSheet from, String sheet, int row) {
    Hyperlink h = from.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    h.setAddress(address(sheet, row));
    return h;
  }

  static String address(String sheet, int row) {
    return "'" + sheet.replace("'", "''") + "'!A" + (row + 1);
  }

  private static org.apache.poi.ss.usermodel.Cell set(Row row, int c, String v, CellStyle s) {
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
    cell.setCellValue(v);
    cell.setCellStyle(s);
    return cell;
  }
}
