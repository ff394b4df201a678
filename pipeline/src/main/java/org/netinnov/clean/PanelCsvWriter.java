package org.netinnov.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.netinnov.data.Panel;

/**
 * Writes a {@link Panel} as CSV with RFC 4180 quoting (comma separated, LF line ends, fields quoted when they hold a comma,
 * quote, CR or LF, or start/end with a space), UTF-8 without a byte order mark. Missing is an empty cell; whole
 * numbers below 2^53 are written as integers, other numbers by {@link Double#toString}, which reads back to the
 * same double.
 */
final class PanelCsvWriter {
  private PanelCsvWriter() {}

  static void write(Panel p, Path csv) {
    List<String> num = p.numericNames(), txt = p.textNames();
    double[][] nv = new double[num.size()][];
    for (int c = 0; c < nv.length; c++) nv[c] = p.numeric(num.get(c));
    String[][] tv = new String[txt.size()][];
    for (int c = 0; c < tv.length; c++) tv[c] = p.text(txt.get(c));
    List<String> names = new java.util.ArrayList<>(num);
    names.addAll(txt);
    writeRows(p, csv, names, (sb, i) -> {
      for (double[] col : nv) {
        sb.append(',');
        number(sb, col[i]);
      }
      for (String[] col : tv) {
        sb.append(',');
        if (col[i] != null) sb.append(quote(col[i]));
      }
    });
  }

  /**
   * The CSV frame every panel-shaped output shares: a header of the firm and year columns and {@code columns}, then
   * per panel row its firm label and year followed by what {@code rest} appends (each field after a comma). Written
   * through one buffer flushed in 64 KB pieces.
   */
  static void writeRows(Panel p, Path csv, List<String> columns, java.util.function.ObjIntConsumer<StringBuilder> rest) {
    String[] quotedLabels = new String[p.firms()];
    for (int f = 0; f < quotedLabels.length; f++) quotedLabels[f] = quote(p.firmLabel(f));
    try {
      if (csv.getParent() != null) Files.createDirectories(csv.getParent());
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(quote(p.firmColumn())).append(',').append(quote(p.yearColumn()));
        for (String n : columns) sb.append(',').append(quote(n));
        sb.append('\n');
        int[] firm = p.firm(), year = p.year();
        for (int i = 0; i < p.rows(); i++) {
          sb.append(quotedLabels[firm[i]]).append(',').append(year[i]);
          rest.accept(sb, i);
          sb.append('\n');
          if (sb.length() > (1 << 16) - 4096) {
            w.append(sb);
            sb.setLength(0);
          }
        }
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
    }
  }

  static void number(StringBuilder sb, double v) {
    if (v != v) return;
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      if (v == 0 && Double.doubleToRawLongBits(v) != 0) { sb.append("-0.0"); return; }
      sb.append((long) v);
    } else {
      sb.append(Double.toString(v));
    }
  }

  static String quote(String s) {
    boolean need = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ');
    for (int i = 0; i < s.length() && !need; i++) {
      char c = s.charAt(i);
      need = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!need) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
