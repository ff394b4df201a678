package org.netinnov.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.netinnov.config.Suggest;
import org.netinnov.data.Panel;

/**
 * Deflates money variables ({@code deflate}): x_real(t) = x(t) · I(base_year) / I(t), with the price index I taken
 * from a panel column (one value per year) or from a small CSV table (year, index). A year without an index value
 * gives a missing result, counted.
 */
final class Deflator {
  private Deflator() {}

  static Panel apply(Panel p, CleanSpec.Deflate spec, Path baseDir, CleanLog log) {
    TreeMap<Integer, Double> index;
    String from;
    if (p.hasNumeric(spec.index())) {
      index = fromColumn(p, spec.index());
      from = "column `" + spec.index() + "`";
    } else {
      Path file = baseDir.resolve(spec.index());
      if (!Files.isRegularFile(file))
        throw new InputException("clean.deflate.index: `" + spec.index() + "` is neither a numeric column nor a file"
            + Suggest.didYouMean(spec.index(), p.numericNames()));
      index = fromFile(file);
      from = "file " + file;
    }
    Double base = index.get(spec.baseYear());
    if (base == null || !(base > 0))
      throw new InputException("clean.deflate: the price index (" + from + ") has no positive value for base year "
          + spec.baseYear() + " (it covers " + (index.isEmpty() ? "no years" : index.firstKey() + "–" + index.lastKey()) + ")");
    StepLog s = new StepLog("deflate", "", "money variables in " + spec.baseYear() + " prices: x · I(" + spec.baseYear()
        + ") / I(t), index from " + from);
    for (var e : index.entrySet()) s.value("index " + e.getKey(), e.getValue());
    int[] year = p.year();
    double[] factor = new double[p.rows()];
    for (int i = 0; i < factor.length; i++) {
      Double it = index.get(year[i]);
      factor[i] = it == null || !(it > 0) ? Double.NaN : base / it;
    }
    long cellsIn = StepLog.cellsIn(log, p), cellsOut = cellsIn;
    Panel out = p;
    for (String name : spec.columns()) {
      if (name.equals(spec.index())) throw new InputException("clean.deflate.columns: `" + name + "` is the price index itself");
      double[] x = Columns.numeric(out, name, "deflate.columns");
      double[] y = new double[x.length];
      long done = 0, noIndex = 0;
      for (int i = 0; i < x.length; i++) {
        y[i] = x[i] * factor[i];
        if (x[i] == x[i]) {
          if (factor[i] == factor[i]) done++;
          else {
            noIndex++;
            if (s.wantsExamples()) s.example("firm " + p.firmLabel(p.firm()[i]) + ", " + year[i] + ": no index value; "
                + name + " set missing");
          }
        }
      }
      s.count(name, "deflated", done).count(name, "no index for the year", noIndex).changed(done + noIndex);
      cellsOut += StepLog.delta(x, y);
      out = out.withNumeric(name, y);
    }
    s.rows(p.rows(), out.rows()).cells(log, cellsIn, cellsOut);
    log.add(s.build());
    return out;
  }

  /** One index value per year from a panel column; different values within a year are an error. */
  private static TreeMap<Integer, Double> fromColumn(Panel p, String name) {
    double[] v = p.numeric(name);
    int[] year = p.year();
    TreeMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] != v[i]) continue;
      Double prev = out.putIfAbsent(year[i], v[i]);
      if (prev != null && Math.abs(prev - v[i]) > 1e-9 * Math.abs(prev))
        throw new InputException("clean.deflate.index: column `" + name + "` has different values within year " + year[i]
            + " (" + RawColumn.fmt(prev) + " and " + RawColumn.fmt(v[i]) + "); a price index has one value per year");
    }
    return out;
  }

  /** A CSV with a header row; the first column is the year, the second the index. */
  static TreeMap<Integer, Double> fromFile(Path file) {
    List<String[]> rows = new ArrayList<>();
    try (var r = Files.newBufferedReader(file)) {
      CsvTokenizer tok = new CsvTokenizer(r, CsvSource.detect(file, java.nio.charset.StandardCharsets.UTF_8, 0, file.toString()));
      List<String> cur = new ArrayList<>();
      tok.run(new CsvTokenizer.Sink() {
        public void beginRecord(long line) { cur.clear(); }

        public void field(char[] b, int off, int len) { cur.add(new String(b, off, len)); }

        public void endRecord() { rows.add(cur.toArray(String[]::new)); }
      });
    } catch (IOException | RuntimeException e) {
      throw new InputException(file + ": cannot read the price index (" + XlsxSource.oneLine(e.getMessage()) + ")");
    }
    NumberParser np = new NumberParser(CleanSpec.DEFAULT_MISSING, true);
    TreeMap<Integer, Double> out = new TreeMap<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      if (row.length == 1 && row[0].isBlank()) continue;
      if (row.length < 2) throw new InputException(file + ": row " + (r + 1) + " has no index value (expected year,index)");
      int y = YearParser.parse(row[0]);
      double v = np.parse(row[1]);
      if (y == YearParser.INVALID || NumberParser.isUnparseable(v))
        throw new InputException(file + ": row " + (r + 1) + " is not a year and an index value: `" + String.join(",", row) + "`");
      if (v == v && out.put(y, v) != null) throw new InputException(file + ": year " + y + " appears twice");
    }
    if (out.isEmpty()) throw new InputException(file + ": no index values (expected a header, then year,index rows)");
    return out;
  }
}
