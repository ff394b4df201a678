package org.netinnov.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.netinnov.report.model.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * Writes a {@link Report} as an .xlsx workbook: a Contents sheet first, then the report's sheets in order.
 *
 * <p>How charts (which need POI's in-memory XSSF model) and the streamed analysis panel (SXSSF) live in one
 * workbook: every sheet is first created in an {@link XSSFWorkbook}, and everything except DataBlocks — tables,
 * text, charts with their data, column widths, frozen panes — is written there. Only then is the workbook wrapped
 * in an {@link SXSSFWorkbook} (the "template" constructor), whose wrapper of the same sheet streams the DataBlock's
 * rows to a temporary file; on writing, POI keeps the in-memory rows, drawings and charts of every sheet and appends
 * the streamed rows after them. That is why a DataBlock must be the last block of its sheet. POI's temporary files
 * live in {@code java.io.tmpdir} and are deleted before {@code write} returns; the only file written is
 * {@code xlsx}.
 */
public final class ExcelWriter {
  public static final String CONTENTS = "Contents";
  private static final Logger LOG = LoggerFactory.getLogger(ExcelWriter.class);

  /** Default row height: what Excel uses for Arial 10 (17 px), so chart anchors in rows come out as planned. */
  static final float ROW_POINTS = 12.75f;

  /** Rows SXSSF keeps in memory while streaming. */
  private static final int WINDOW = 500;

  private ExcelWriter() {}

  /**
   * @throws IllegalArgumentException for invalid or duplicate sheet names (Excel compares them case-insensitively),
   *     a sheet named "Contents", a DataBlock that is not last on its sheet, or inconsistent chart/data lengths
   */
  public static void write(Report report, Path xlsx) throws IOException {
    validate(report);
    int decimals = report.decimals() >= 0 ? report.decimals() : 3;
    List<ExcelLayout.Plan> plans = new ArrayList<>();
    for (Sheet s : report.sheets()) plans.add(ExcelLayout.plan(s, decimals));

    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
    XSSFWorkbook wb = new XSSFWorkbook();
    SXSSFWorkbook sx = null;
    try {
      ExcelStyles st = new ExcelStyles(wb, decimals);
      XSSFSheet contents = wb.createSheet(CONTENTS);
      List<XSSFSheet> sheets = new ArrayList<>();
      for (ExcelLayout.Plan p : plans) sheets.add(wb.createSheet(p.sheet().name()));
      ExcelContents.write(contents, report, plans, st);
      contents.setDefaultRowHeightInPoints(ROW_POINTS);
      contents.setFitToPage(true);
      contents.getPrintSetup().setFitWidth((short) 1);
      contents.getPrintSetup().setFitHeight((short) 0);

      boolean streaming = false;
      for (int i = 0; i < plans.size(); i++) {
        ExcelLayout.Plan p = plans.get(i);
        XSSFSheet sh = sheets.get(i);
        sh.setDefaultRowHeightInPoints(ROW_POINTS);
        for (int c = 0; c < p.widths().length; c++) sh.setColumnWidth(c, 256 * p.widths()[c]);
        boolean dataOnly = p.placements().size() == 1 && p.streams();
        sh.setDisplayGridlines(dataOnly);
        for (ExcelLayout.Placement pl : p.placements()) {
          Block b = pl.block();
          if (b instanceof Block.TableBlock tb) {
            ExcelBlocks.table(sh, tb.table(), pl.firstRow(), st, p.widths());
            // "(0.041)" and "(1)" are text on purpose: no "number stored as text" triangles on them in Excel
            sh.addIgnoredErrors(new CellRangeAddress(pl.firstRow(), pl.firstRow() + pl.rows() - 1, 0,
                Math.max(0, tb.table().columns() - 1)), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
          }
          else if (b instanceof Block.TextBlock tx) ExcelBlocks.text(sh, tx, pl.firstRow(), st, p.widths());
          else if (b instanceof Block.ChartBlock cb) ExcelCharts.write(sh, cb.chart(), pl.firstRow(), st, p.widths(), decimals);
        }
        Table single = p.singleTable();
        if (single != null) sh.createFreezePane(1, 1 + single.header().size());
        if (dataOnly) sh.createFreezePane(0, 1);
        printSetup(sh, p);
        streaming |= p.streams();
      }

      long t1 = System.nanoTime(), c1 = cpu.getCurrentThreadCpuTime();
      if (streaming) {
        sx = new FastZipWorkbook(wb, WINDOW);
        for (ExcelLayout.Plan p : plans) {
          if (!p.streams()) continue;
          ExcelLayout.Placement last = p.placements().get(p.placements().size() - 1);
          ExcelBlocks.data(sx.getSheet(p.sheet().name()), (Block.DataBlock) last.block(), last.firstRow(), st);
        }
      }
      long t2 = System.nanoTime(), c2 = cpu.getCurrentThreadCpuTime();
      wb.setActiveSheet(0);
      Path parent = xlsx.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(xlsx), 1 << 16)) {
        if (sx != null) sx.write(os);
        else wb.write(os);
      }
      if (LOG.isDebugEnabled())
        LOG.debug("{}: in-memory sheets {} ms ({} ms cpu), streamed rows {} ms ({} ms cpu), zip {} ms ({} ms cpu)",
            xlsx.getFileName(), (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000,
            (c2 - c1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
            (cpu.getCurrentThreadCpuTime() - c2) / 1_000_000);
    } finally {
      if (sx != null) {
        sx.close(); // also deletes SXSSF's temporary files (dispose() is deprecated in POI 5.5)
      } else {
        wb.close();
      }
    }
  }

  /**
   * Printing (and PDF export): A4, landscape for wide sheets and sheets with charts, one page wide; a sheet
   * holding a single table prints it on one page when it is short enough; on sheets with charts every block after
   * the first starts a new page, so no chart is cut in two.
   */
  private static void printSetup(XSSFSheet sh, ExcelLayout.Plan p) {
    int chars = 0;
    for (int w : p.widths()) chars += w;
    boolean charts = p.placements().stream().anyMatch(x -> x.block() instanceof Block.ChartBlock);
    PrintSetup ps = sh.getPrintSetup();
    ps.setLandscape(chars > 110 || charts);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sh.setFitToPage(true);
    ps.setFitWidth((short) 1);
    Table single = p.singleTable();
    ps.setFitHeight((short) (single != null && ExcelLayout.height(p.placements().get(0).block()) <= 70 ? 1 : 0));
    if (charts)
      for (int i = 1; i < p.placements().size(); i++) sh.setRowBreak(p.placements().get(i).firstRow() - 1);
  }

  /**
   * SXSSF with the zip entries deflated at {@link Deflater#BEST_SPEED}: on a 100,000-row panel the default level
   * spends about a second more compressing for a file only ~15% smaller.
   */
  private static final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook(XSSFWorkbook wb, int window) {
      super(wb, window, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
      zos.setLevel(Deflater.BEST_SPEED);
      return zos;
    }
  }

  private static void validate(Report report) {
    Set<String> names = new HashSet<>();
    names.add(CONTENTS.toLowerCase(Locale.ROOT));
    for (Sheet s : report.sheets()) {
      WorkbookUtil.validateSheetName(s.name());
      if (!names.add(s.name().toLowerCase(Locale.ROOT)))
        throw new IllegalArgumentException("duplicate sheet name (Excel ignores case): " + s.name()
            + (s.name().equalsIgnoreCase(CONTENTS) ? " — the Contents sheet is added by the writer" : ""));
    }
  }
}
