package org.netinnov.clean;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits RFC 4180 text into fields without creating a String per cell: fields are handed to a {@link Sink} as
 * character ranges (valid only during the call). Quoted fields may hold delimiters, doubled quotes and line breaks;
 * records end at LF, CR LF or CR. Physical line numbers are tracked so that messages and the cleaning log can point
 * at the file line of each record.
 *
 * <p>Lenient where exports are sloppy (a quote inside an unquoted field is literal; text after a closing quote is
 * appended), strict where data would be lost: an unterminated quote and a NUL character (binary file) are errors.
 * U+FFFD (the decoder's replacement for bytes that are not valid in the declared encoding) is counted.
 */
final class CsvTokenizer {
  /** Receives fields and record ends. */
  interface Sink {
    /** A record starts on physical line {@code line} (1-based). */
    void beginRecord(long line);

    void field(char[] b, int off, int len);

    void endRecord();
  }

  private static final boolean[] SPECIAL = new boolean[128];

  private final Reader in;
  private final char delim;
  private final char[] buf = new char[1 << 16];
  private int pos, lim;
  private char[] acc = new char[256];
  private int accLen;
  private long line = 1;
  private long replacementChars;
  private long firstReplacementLine = -1;
  private long strayQuoteText;

  CsvTokenizer(Reader in, char delim) {
    this.in = in;
    this.delim = delim;
    SPECIAL['\n'] = SPECIAL['\r'] = SPECIAL['"'] = SPECIAL[0] = true;
  }

  /** Characters U+FFFD seen (bytes the declared encoding could not decode). */
  long replacementChars() { return replacementChars; }

  /** Line of the first U+FFFD, or -1. */
  long firstReplacementLine() { return firstReplacementLine; }

  /** Quoted fields followed by more text before the delimiter (appended to the field). */
  long strayQuoteText() { return strayQuoteText; }

  private boolean fill() throws IOException {
    int n;
    do n = in.read(buf, 0, buf.length); while (n == 0);
    if (n < 0) { pos = lim = 0; return false; }
    pos = 0;
    lim = n;
    return true;
  }

  /** Skips {@code k} physical lines (title lines above the header); false if the input ended first. */
  boolean skipLines(int k) throws IOException {
    for (int done = 0; done < k; ) {
      if (pos == lim && !fill()) return false;
      char c = buf[pos++];
      if (c == '\n') { done++; line++; }
      else if (c == '\r') {
        if (pos == lim && !fill()) { line++; return done + 1 >= k; }
        if (buf[pos] == '\n') pos++;
        done++;
        line++;
      }
    }
    return true;
  }

  /** Reads records to the end of the input. */
  void run(Sink sink) throws IOException {
    boolean inRecord = false;
    while (true) {
      if (pos == lim && !fill()) {
        if (inRecord) {
          sink.field(acc, 0, 0);
          sink.endRecord();
        }
        return;
      }
      if (!inRecord) { sink.beginRecord(line); inRecord = true; }
      int end; // what ended the field: delimiter, '\n', '\r' or -1 (end of input)
      if (buf[pos] == '"') {
        pos++;
        end = quoted(sink);
      } else {
        end = unquoted(sink);
      }
      if (end == delim) continue;
      if (end == '\r') {
        if (pos == lim) fill();
        if (pos < lim && buf[pos] == '\n') pos++;
      }
      if (end == '\n' || end == '\r') line++;
      sink.endRecord();
      inRecord = false;
      if (end == -1) return;
    }
  }

  /** An unquoted field from pos; hands it over and returns its terminator (the terminator is consumed). */
  private int unquoted(Sink sink) throws IOException {
    int start = pos;
    accLen = 0;
    boolean spanning = false;
    while (true) {
      int p = pos;
      final char[] b = buf;
      final int l = lim;
      final char d = delim;
      while (p < l) {
        char c = b[p];
        if (c == d) break;
        if (c < 128) { if (SPECIAL[c] && c != '"') break; }
        else if (c == '\uFFFD') replacement();
        p++;
      }
      if (p < l) {
        char c = b[p];
        if (c == 0) throw new InputException("line " + line + ": NUL character — a binary file, not a text table");
        if (spanning) {
          append(b, start, p - start);
          sink.field(acc, 0, accLen);
        } else {
          sink.field(b, start, p - start);
        }
        pos = p + 1;
        return c;
      }
      append(b, start, p - start);
      spanning = true;
      if (!fill()) {
        sink.field(acc, 0, accLen);
        return -1;
      }
      start = 0;
    }
  }

  /** A quoted field after its opening quote; returns its terminator. */
  private int quoted(Sink sink) throws IOException {
    accLen = 0;
    long startLine = line;
    while (true) {
      if (pos == lim && !fill())
        throw new InputException("line " + startLine + ": a quoted field is never closed (unbalanced \")");
      char c = buf[pos++];
      if (c == '"') {
        if (pos == lim && !fill()) { sink.field(acc, 0, accLen); return -1; }
        if (buf[pos] == '"') { pos++; append(c); continue; }
        break;
      }
      if (c == '\n') line++;
      else if (c == '\r') { if (!((pos < lim || fill()) && buf[pos] == '\n')) line++; } // CR LF: the LF counts
      else if (c == 0) throw new InputException("line " + line + ": NUL character — a binary file, not a text table");
      else if (c == '\uFFFD') replacement();
      append(c);
    }
    // after the closing quote: delimiter, line end, end of input, or stray text (kept)
    boolean stray = false;
    while (true) {
      if (pos == lim && !fill()) { sink.field(acc, 0, accLen); return -1; }
      char c = buf[pos++];
      if (c == delim || c == '\n' || c == '\r') {
        sink.field(acc, 0, accLen);
        return c;
      }
      if (!stray) { stray = true; strayQuoteText++; }
      append(c);
    }
  }

  private void replacement() {
    if (replacementChars++ == 0) firstReplacementLine = line;
  }

  private void append(char c) {
    if (accLen == acc.length) acc = java.util.Arrays.copyOf(acc, acc.length * 2);
    acc[accLen++] = c;
  }

  private void append(char[] b, int off, int len) {
    if (accLen + len > acc.length) acc = java.util.Arrays.copyOf(acc, Math.max(acc.length * 2, accLen + len));
    System.arraycopy(b, off, acc, accLen, len);
    accLen += len;
  }
}
