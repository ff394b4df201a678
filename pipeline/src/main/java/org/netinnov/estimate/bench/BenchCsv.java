package org.netinnov.estimate.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, fast reader (and a writer with 15 significant digits, as R writes) for the benchmark CSV: header with {@code firm, year, y, x1..xk} (in any order,
 * names may be quoted), comma separated, plain decimal numbers. Rows with an empty or NA value are skipped.
 * Parses bytes directly, without a String per field; numbers with at most 18 significant digits and a decimal
 * exponent within ±22 are converted exactly (one correctly rounded operation), others via
 * {@link Double#parseDouble}.
 */
final class BenchCsv {
  private BenchCsv() {}

  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
  }

  static BenchData read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return new Parser(in).parse();
    }
  }

  static void write(BenchData d, Path path) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20)) {
      StringBuilder sb = new StringBuilder(256);
      sb.append("firm,year,y");
      for (int j = 0; j < d.x().length; j++) sb.append(",x").append(j + 1);
      sb.append('\n');
      os.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < d.n(); i++) {
        sb.setLength(0);
        sb.append(d.firm()[i] + 1).append(',').append(d.year()[i]).append(',').append(digits15(d.y()[i]));
        for (double[] c : d.x()) sb.append(',').append(digits15(c[i]));
        sb.append('\n');
        os.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  /** 15 significant digits, as R's {@code write.csv} writes doubles. */
  static String digits15(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(15)).stripTrailingZeros().toString();
  }

  private static final class Parser {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 20];
    private int pos;
    private int lim;
    private final byte[] field = new byte[256];
    private int flen;
    private boolean endOfLine;
    private boolean eof;

    Parser(InputStream in) {
      this.in = in;
    }

    private int next() throws IOException {
      if (pos == lim) {
        lim = in.read(buf, 0, buf.length);
        pos = 0;
        if (lim <= 0) {
          lim = 0;
          return -1;
        }
      }
      return buf[pos++];
    }

    /** Reads one field into {@code field}; sets endOfLine / eof. */
    private void readField() throws IOException {
      flen = 0;
      endOfLine = false;
      int c;
      while (true) {
        c = next();
        if (c == -1) {
          eof = true;
          endOfLine = true;
          return;
        }
        if (c == ',') return;
        if (c == '\n') {
          endOfLine = true;
          return;
        }
        if (c == '\r' || c == '"') continue;
        if (flen == field.length) throw new IOException("field longer than " + field.length + " bytes");
        field[flen++] = (byte) c;
      }
    }

    BenchData parse() throws IOException {
      List<String> header = new ArrayList<>();
      do {
        readField();
        header.add(new String(field, 0, flen, StandardCharsets.UTF_8).trim());
      } while (!endOfLine);
      int cols = header.size();
      int firmCol = header.indexOf("firm"), yearCol = header.indexOf("year"), yCol = header.indexOf("y");
      if (firmCol < 0 || yearCol < 0 || yCol < 0) throw new IOException("header needs firm, year, y, x1.. : " + header);
      List<Integer> xCols = new ArrayList<>();
      for (int j = 1; header.contains("x" + j); j++) xCols.add(header.indexOf("x" + j));
      int k = xCols.size();
      int[] role = new int[cols]; // -1 ignore, -2 firm, -3 year, 0 y, 1..k x
      Arrays.fill(role, -1);
      role[firmCol] = -2;
      role[yearCol] = -3;
      role[yCol] = 0;
      for (int j = 0; j < k; j++) role[xCols.get(j)] = j + 1;

      int cap = 1 << 16;
      int[] firm = new int[cap], year = new int[cap];
      double[][] v = new double[k + 1][cap];
      Map<String, Integer> codes = new HashMap<>();
      byte[] prevFirm = new byte[256];
      int prevLen = -1, prevCode = -1;
      int n = 0;
      while (!eof) {
        boolean ok = true;
        int col = 0;
        boolean any = false;
        do {
          readField();
          if (eof && flen == 0 && col == 0) break;
          any = true;
          if (n == cap) {
            cap *= 2;
            firm = Arrays.copyOf(firm, cap);
            year = Arrays.copyOf(year, cap);
            for (int j = 0; j <= k; j++) v[j] = Arrays.copyOf(v[j], cap);
          }
          int r = col < cols ? role[col] : -1;
          if (r == -2) {
            if (flen == prevLen && Arrays.equals(field, 0, flen, prevFirm, 0, flen)) {
              firm[n] = prevCode;
            } else {
              String id = new String(field, 0, flen, StandardCharsets.UTF_8);
              Integer c = codes.get(id);
              if (c == null) {
                c = codes.size();
                codes.put(id, c);
              }
              firm[n] = c;
              prevCode = c;
              prevLen = flen;
              System.arraycopy(field, 0, prevFirm, 0, flen);
            }
          } else if (r == -3) {
            double yv = parseDouble();
            if (Double.isNaN(yv)) ok = false;
            year[n] = (int) yv;
          } else if (r >= 0) {
            double d = parseDouble();
            if (Double.isNaN(d)) ok = false;
            v[r][n] = d;
          }
          col++;
        } while (!endOfLine);
        if (any && ok) n++;
      }
      double[][] x = new double[k][];
      for (int j = 0; j < k; j++) x[j] = Arrays.copyOf(v[j + 1], n);
      return sortByFirmYear(Arrays.copyOf(firm, n), codes.size(), Arrays.copyOf(year, n), Arrays.copyOf(v[0], n), x);
    }

    private double parseDouble() {
      int i = 0;
      while (i < flen && field[i] == ' ') i++;
      int end = flen;
      while (end > i && field[end - 1] == ' ') end--;
      if (i == end) return Double.NaN;
      boolean neg = false;
      if (field[i] == '-' || field[i] == '+') {
        neg = field[i] == '-';
        i++;
      }
      long mant = 0;
      int digits = 0, exp = 0;
      boolean seenDigit = false;
      for (; i < end && field[i] >= '0' && field[i] <= '9'; i++) {
        seenDigit = true;
        if (mant != 0 || field[i] != '0') digits++;
        if (digits > 18) return slow();
        mant = mant * 10 + (field[i] - '0');
      }
      if (i < end && field[i] == '.') {
        for (i++; i < end && field[i] >= '0' && field[i] <= '9'; i++) {
          seenDigit = true;
          if (mant != 0 || field[i] != '0') digits++;
          if (digits > 18) return slow();
          mant = mant * 10 + (field[i] - '0');
          exp--;
        }
      }
      if (!seenDigit) return slow();
      if (i < end && (field[i] == 'e' || field[i] == 'E')) {
        i++;
        boolean eneg = false;
        if (i < end && (field[i] == '-' || field[i] == '+')) {
          eneg = field[i] == '-';
          i++;
        }
        int e = 0;
        if (i == end) return slow();
        for (; i < end && field[i] >= '0' && field[i] <= '9'; i++) e = Math.min(e * 10 + (field[i] - '0'), 100000);
        exp += eneg ? -e : e;
      }
      if (i != end) return slow();
      if (mant >= (1L << 53) || exp < -22 || exp > 22) return slow();
      double d = exp >= 0 ? mant * POW10[exp] : mant / POW10[-exp];
      return neg ? -d : d;
    }

    private double slow() {
      String s = new String(field, 0, flen, StandardCharsets.US_ASCII).trim();
      if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN")) return Double.NaN;
      return Double.parseDouble(s);
    }
  }

  /** Rows in (firm code, year) order; firm codes are renumbered in sorted order of first appearance. */
  private static BenchData sortByFirmYear(int[] firm, int nFirms, int[] year, double[] y, double[][] x) {
    int n = y.length;
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++)
      sorted = firm[i] > firm[i - 1] || (firm[i] == firm[i - 1] && year[i] > year[i - 1]);
    if (sorted) return new BenchData(firm, nFirms, year, y, x);
    int[] start = new int[nFirms + 1];
    for (int f : firm) start[f + 1]++;
    for (int f = 0; f < nFirms; f++) start[f + 1] += start[f];
    int[] pos = Arrays.copyOf(start, nFirms);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[pos[firm[i]]++] = i;
    for (int f = 0; f < nFirms; f++)
      for (int i = start[f] + 1; i < start[f + 1]; i++) {
        int v = order[i], j = i - 1;
        while (j >= start[f] && year[order[j]] > year[v]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
    int[] f2 = new int[n], y2 = new int[n];
    double[] yy = new double[n];
    double[][] xx = new double[x.length][n];
    for (int r = 0; r < n; r++) {
      int i = order[r];
      f2[r] = firm[i];
      y2[r] = year[i];
      yy[r] = y[i];
      for (int j = 0; j < x.length; j++) xx[j][r] = x[j][i];
      if (r > 0 && f2[r] == f2[r - 1] && y2[r] == y2[r - 1])
        throw new IllegalArgumentException("duplicate firm-year in the CSV: firm code " + f2[r] + ", year " + y2[r]);
    }
    return new BenchData(f2, nFirms, y2, yy, xx);
  }
}
