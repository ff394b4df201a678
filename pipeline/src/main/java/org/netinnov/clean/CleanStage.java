package org.netinnov.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.DataSpec;
import org.netinnov.config.Suggest;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Parser;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Ingest and clean: reads the raw file(s), turns text cells into numbers, resolves duplicates, derives variables
 * and builds the analysis {@link Panel}, logging every change in a {@link CleanLog}.
 */
public final class CleanStage {
  private CleanStage() {}

  public static CleanResult run(DataSpec data, CleanSpec clean, Path baseDir) {
    Path file = baseDir.resolve(data.path());
    Table raw = TableReader.readCsv(file, data.encoding(), data.delimiter());
    for (var e : data.rename().entrySet()) {
      if (!raw.containsColumn(e.getKey()))
        throw new InputException(file + ": cannot rename column `" + e.getKey() + "`: no such column"
            + Suggest.didYouMean(e.getKey(), raw.columnNames()));
      raw.column(e.getKey()).setName(e.getValue());
    }
    CleanLog log = new CleanLog();
    int n = raw.rowCount();
    String[] firmCol = column(raw, data.firm(), file, "data.firm");
    String[] yearCol = column(raw, data.year(), file, "data.year");

    // 1. rows without a usable firm id or year
    boolean[] keep = new boolean[n];
    int[] years = new int[n];
    long blankFirm = 0, badYear = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String f = firmCol[i];
      if (f == null || f.isBlank()) {
        blankFirm++;
        if (examples.size() < 5) examples.add("row " + (i + 2) + ": blank firm id");
        continue;
      }
      int y = YearParser.parse(yearCol[i]);
      if (y == YearParser.INVALID) {
        badYear++;
        if (examples.size() < 5) examples.add("row " + (i + 2) + ": year `" + yearCol[i] + "` is not a year");
        continue;
      }
      years[i] = y;
      keep[i] = true;
    }
    var counts = new LinkedHashMap<String, Long>();
    counts.put("blank firm id", blankFirm);
    counts.put("missing or unreadable year", badYear);
    log.add("identifiers", "rows without a firm id or a readable year are dropped", n, n - blankFirm - badYear,
        0, counts, examples);

    // 2. numbers stored as text
    NumberParser parser = new NumberParser(clean.missingMarkers(), true);
    Map<String, double[]> numeric = new LinkedHashMap<>();
    Map<String, String[]> text = new LinkedHashMap<>();
    var parseCounts = new LinkedHashMap<String, Long>();
    List<String> parseExamples = new ArrayList<>();
    long changed = 0;
    NumberParser.Kind[] kind = new NumberParser.Kind[1];
    for (String name : raw.columnNames()) {
      if (name.equals(data.firm()) || name.equals(data.year())) continue;
      String[] cells = column(raw, name, file, "data");
      double[] v = new double[n];
      int parsed = 0, nonMissing = 0, textual = 0;
      List<String> bad = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        v[i] = parser.parse(cells[i], kind);
        if (kind[0] != NumberParser.Kind.MISSING) nonMissing++;
        if (kind[0] == NumberParser.Kind.UNPARSEABLE) {
          if (bad.size() < 3) bad.add("row " + (i + 2) + " `" + cells[i] + "`");
        } else if (kind[0] != NumberParser.Kind.MISSING) {
          parsed++;
          if (kind[0] != NumberParser.Kind.PLAIN) textual++;
        }
      }
      if (nonMissing > 0 && parsed * 2 >= nonMissing) {
        long unparseable = nonMissing - parsed;
        for (int i = 0; i < n; i++) if (NumberParser.isUnparseable(v[i])) v[i] = Double.NaN;
        numeric.put(name, v);
        if (textual > 0) parseCounts.put(name + ": numbers written as text", (long) textual);
        if (unparseable > 0) {
          parseCounts.put(name + ": not a number, set missing", unparseable);
          for (String b : bad) if (parseExamples.size() < 20) parseExamples.add(name + " " + b);
        }
        changed += textual + unparseable;
      } else {
        text.put(name, cells);
      }
    }
    log.add("numbers", "text cells read as numbers (thousands separators, percent as fraction, parentheses "
        + "negative); cells that are not numbers become missing", n, n, changed, parseCounts, parseExamples);

    // 3. duplicates and panel
    int[] rows = indices(keep);
    Panel panel = Duplicates.resolve(data, clean.duplicates(), firmCol, years, rows, numeric, text, log);
    log.setBefore(CleanLog.PanelShape.of(panel));

    // 4. derived variables
    if (!clean.derive().isEmpty()) {
      var derived = new LinkedHashMap<String, Long>();
      List<String> dx = new ArrayList<>();
      for (var e : clean.derive().entrySet()) {
        EvalLog el = new EvalLog();
        double[] v;
        try {
          v = Parser.parseExpression(e.getValue()).eval(panel, el);
        } catch (IllegalArgumentException ex) {
          throw new InputException("clean.derive." + e.getKey() + ": " + ex.getMessage());
        }
        panel = panel.withNumeric(e.getKey(), v);
        long missing = 0;
        for (double d : v) if (Double.isNaN(d)) missing++;
        derived.put(e.getKey() + ": missing values", missing);
        for (var inv : el.invalidCells().entrySet()) {
          derived.put(e.getKey() + ": " + inv.getKey(), (long) inv.getValue());
          if (dx.size() < 20) dx.add(e.getKey() + " = " + e.getValue() + " — " + inv.getKey() + ": " + inv.getValue() + " cells");
        }
      }
      log.add("derive", "derived variables; undefined arithmetic gives missing, counted here", panel.rows(),
          panel.rows(), 0, derived, dx);
    }
    log.setAfter(CleanLog.PanelShape.of(panel));
    return new CleanResult(panel, log, n);
  }

  private static int[] indices(boolean[] keep) {
    int c = 0;
    for (boolean k : keep) if (k) c++;
    int[] out = new int[c];
    for (int i = 0, j = 0; i < keep.length; i++) if (keep[i]) out[j++] = i;
    return out;
  }

  static String[] column(Table t, String name, Path file, String yamlPath) {
    if (!t.containsColumn(name))
      throw new InputException(file + ": no column `" + name + "` (named in `" + yamlPath + "`)"
          + Suggest.didYouMean(name, t.columnNames()));
    StringColumn c = t.stringColumn(name);
    String[] out = new String[c.size()];
    for (int i = 0; i < out.length; i++) {
      String s = c.get(i);
      out[i] = s == null || s.isEmpty() ? null : s;
    }
    return out;
  }

  /** Used by Duplicates: values of kept rows, in the given order. */
  static Map<String, double[]> take(Map<String, double[]> cols, int[] rows) {
    var out = new HashMap<String, double[]>();
    for (var e : cols.entrySet()) {
      double[] src = e.getValue(), dst = new double[rows.length];
      for (int j = 0; j < rows.length; j++) dst[j] = src[rows[j]];
      out.put(e.getKey(), dst);
    }
    return out;
  }

  /**
   * Writes the analysis panel as CSV (RFC 4180 quoting; missing as empty; numbers in shortest round-trip form), so
   * that any result can be re-checked elsewhere.
   */
  public static void writeAnalysisPanel(Panel p, Path csv) throws java.io.IOException {
    try (var w = java.nio.file.Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
      List<String> num = p.numericNames(), txt = p.textNames();
      StringBuilder sb = new StringBuilder();
      sb.append(quote(p.firmColumn())).append(',').append(quote(p.yearColumn()));
      for (String c : num) sb.append(',').append(quote(c));
      for (String c : txt) sb.append(',').append(quote(c));
      w.write(sb.append('\n').toString());
      double[][] nv = new double[num.size()][];
      for (int j = 0; j < nv.length; j++) nv[j] = p.numeric(num.get(j));
      String[][] tv = new String[txt.size()][];
      for (int j = 0; j < tv.length; j++) tv[j] = p.text(txt.get(j));
      for (int i = 0; i < p.rows(); i++) {
        sb.setLength(0);
        sb.append(quote(p.firmLabel(p.firm()[i]))).append(',').append(p.year()[i]);
        for (double[] col : nv) {
          sb.append(',');
          double v = col[i];
          if (!Double.isNaN(v)) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) sb.append((long) v);
            else sb.append(v);
          }
        }
        for (String[] col : tv) sb.append(',').append(col[i] == null ? "" : quote(col[i]));
        w.write(sb.append('\n').toString());
      }
    }
  }

  private static String quote(String s) {
    boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  static PanelBuilder builder(DataSpec data, String[] firm, int[] year) {
    return new PanelBuilder(data.firm(), data.year(), firm, year);
  }
}
