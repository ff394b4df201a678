package org.netinnov.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One CSV line rendered as UTF-8 bytes, with the byte span of every cell remembered so that a copy of the
 * line with one cell replaced can be written without rendering the line again.
 *
 * <p>Number formatting is explicit and locale-free: a value is first scaled to a {@code long} number of
 * units of the last written digit ({@link #scale}), then written digit by digit. So the plain, percent and
 * thousands-separated forms of one value always carry exactly the same digits.
 */
final class CsvRow {
  private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L};

  private byte[] buf = new byte[1024];
  private int len;
  private final int[] cellStart;
  private final int[] cellEnd;
  private int cell = -1;
  private final byte[] digits = new byte[20];
  private static final byte[] ONES = new byte[100];
  private static final byte[] TENS = new byte[100];

  static {
    for (int i = 0; i < 100; i++) {
      ONES[i] = (byte) ('0' + i % 10);
      TENS[i] = (byte) ('0' + i / 10);
    }
  }

  CsvRow(int cells) {
    cellStart = new int[cells];
    cellEnd = new int[cells];
  }

  /** The scaled integer {@code round(value * 10^decimals)} that the written text represents. */
  static long scale(double value, int decimals) {
    return Math.round(value * POW10[decimals]);
  }

  void clear() {
    len = 0;
    cell = -1;
  }

  /** Starts the next cell (writes the separating comma). */
  CsvRow next() {
    if (cell >= 0) {
      cellEnd[cell] = len;
      put((byte) ',');
    }
    cell++;
    cellStart[cell] = len;
    return this;
  }

  /** Ends the line: records the last cell's end; the line feed is added when writing. */
  void finish() {
    cellEnd[cell] = len;
  }

  int cells() { return cell + 1; }

  CsvRow ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = (byte) s.charAt(i);
    }
    return this;
  }

  CsvRow bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  CsvRow integer(long v) {
    ensure(21);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    // digits are produced two at a time from the right (the digit loop dominates writing)
    int n = 0;
    while (v > Integer.MAX_VALUE) {
      long q = v / 100;
      int r = (int) (v - q * 100);
      digits[n++] = ONES[r];
      digits[n++] = TENS[r];
      v = q;
    }
    int w = (int) v; // int division is much cheaper than long division
    while (w >= 100) {
      int q = w / 100;
      int r = w - q * 100;
      digits[n++] = ONES[r];
      digits[n++] = TENS[r];
      w = q;
    }
    int r = w;
    digits[n++] = ONES[r];
    if (r >= 10) {
      digits[n++] = TENS[r];
    }
    while (n > 0) {
      buf[len++] = digits[--n];
    }
    return this;
  }

  /** Writes {@code scaled / 10^decimals} with exactly {@code decimals} digits after the point. */
  CsvRow fixed(long scaled, int decimals) {
    if (decimals == 0) {
      return integer(scaled);
    }
    if (scaled < 0) {
      put((byte) '-');
      scaled = -scaled;
    }
    long p = POW10[decimals];
    integer(scaled / p);
    put((byte) '.');
    fraction(scaled % p, decimals);
    return this;
  }

  /** Writes a share {@code scaled / 10^decimals} as percent text: the same digits shifted, then '%'. */
  CsvRow percent(long scaled, int decimals) {
    fixed(scaled, decimals - 2);
    return put((byte) '%');
  }

  /** Writes {@code "1,234,567.89"}: quoted, comma every three integer digits. */
  CsvRow grouped(long scaled, int decimals) {
    put((byte) '"');
    if (scaled < 0) {
      put((byte) '-');
      scaled = -scaled;
    }
    long p = POW10[decimals];
    long whole = scaled / p;
    int n = 0;
    do {
      digits[n++] = (byte) ('0' + (whole % 10));
      whole /= 10;
    } while (whole != 0);
    ensure(n + n / 3);
    while (n > 0) {
      buf[len++] = digits[--n];
      if (n > 0 && n % 3 == 0) {
        buf[len++] = ',';
      }
    }
    if (decimals > 0) {
      put((byte) '.');
      fraction(scaled % p, decimals);
    }
    return put((byte) '"');
  }

  private void fraction(long f, int decimals) {
    ensure(decimals);
    for (int i = decimals - 1; i >= 0; i--) {
      buf[len + i] = (byte) ('0' + (f % 10));
      f /= 10;
    }
    len += decimals;
  }

  private CsvRow put(byte b) {
    ensure(1);
    buf[len++] = b;
    return this;
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  /** The text of cell {@code i} (for logs and tests; not used on the hot path). */
  String cellText(int i) {
    return new String(buf, cellStart[i], cellEnd[i] - cellStart[i], StandardCharsets.UTF_8);
  }

  /** Writes the line and a line feed. */
  void writeTo(OutputStream out) throws IOException {
    out.write(buf, 0, len);
    out.write('\n');
  }

  /** Writes the line with cell {@code i} replaced by the whole content of {@code replacement}, then a line feed. */
  void writeReplacing(OutputStream out, int i, CsvRow replacement) throws IOException {
    out.write(buf, 0, cellStart[i]);
    out.write(replacement.buf, 0, replacement.len);
    out.write(buf, cellEnd[i], len - cellEnd[i]);
    out.write('\n');
  }

  /** Length in bytes of the line without its line feed. */
  int length() { return len; }
}
