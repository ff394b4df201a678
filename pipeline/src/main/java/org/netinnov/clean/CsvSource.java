package org.netinnov.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file into a {@link TableBuilder}: decodes it in the configured encoding (a UTF-8 byte
 * order mark is dropped), skips {@code skip_rows} lines, detects the delimiter on the header line unless given,
 * checks the header for signs of a wrong encoding, skips {@code description_rows} records, and streams the data
 * (see {@link PipelinedTokenizer}).
 */
final class CsvSource {
  private CsvSource() {}

  static RawTable read(TableBuilder tb, String encoding, String delimiter, int skipRows, int descriptionRows)
      throws IOException {
    var file = java.nio.file.Path.of(tb.where());
    Charset cs = Encodings.charset(encoding, tb.where());
    char sep = "auto".equalsIgnoreCase(delimiter) ? detect(file, cs, skipRows, tb.where()) : delimiter(delimiter, tb.where());
    try (Reader r = reader(Files.newInputStream(file), cs)) {
      CsvTokenizer tok = new CsvTokenizer(r, sep);
      if (!tok.skipLines(skipRows)) throw new InputException(tb.where() + ": the file ends within the " + skipRows
          + " line(s) of data.skip_rows");
      Adapter a = new Adapter(tb, cs, descriptionRows);
      PipelinedTokenizer.run(tok, a); // decoding and splitting on a second thread, parsing on this one
      if (tok.replacementChars() > 0)
        throw new InputException(tb.where() + ": " + tok.replacementChars() + " character(s) are not valid "
            + cs.name() + " (first on line " + tok.firstReplacementLine() + "); set data.encoding"
            + (cs.name().equals("UTF-8") ? " (GBK or GB18030?)" : ""));
      if (tok.strayQuoteText() > 0) tb.fact("text after a closing quote kept in the field", tok.strayQuoteText());
      if (a.descriptionSkipped > 0) tb.fact("description rows under the header skipped", a.descriptionSkipped);
      tb.notes.add("encoding " + cs.name() + ", delimiter " + describe(sep)
          + (skipRows > 0 ? ", " + skipRows + " line(s) skipped above the header" : ""));
      return tb.finish();
    }
  }

  private static Reader reader(InputStream in, Charset cs) throws IOException {
    var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    var r = new InputStreamReader(new java.io.BufferedInputStream(in, 1 << 16), dec);
    // drop a byte order mark, whatever the encoding (U+FEFF never starts a header name)
    var pb = new java.io.PushbackReader(r, 1);
    int c = pb.read();
    if (c != -1 && c != '\uFEFF') pb.unread(c);
    return pb;
  }

  /** Feeds tokenizer records to the table builder: header, description rows, then data rows. */
  private static final class Adapter implements CsvTokenizer.Sink {
    private final TableBuilder tb;
    private final Charset cs;
    private int description;
    long descriptionSkipped;
    private List<String> header = new ArrayList<>();

    Adapter(TableBuilder tb, Charset cs, int description) {
      this.tb = tb;
      this.cs = cs;
      this.description = description;
    }

    private long line;

    @Override public void beginRecord(long line) {
      this.line = line;
      if (header == null && description == 0) tb.beginRow(line);
    }

    @Override public void field(char[] b, int off, int len) {
      if (header != null) { header.add(new String(b, off, len)); return; }
      if (description > 0) return;
      tb.text(b, off, len);
    }

    @Override public void endRecord() {
      if (header != null) {
        if (header.size() == 1 && header.get(0).isBlank()) { header.clear(); return; } // blank lines above the header
        String why = Encodings.wrongEncoding(String.join(",", header), cs);
        if (why != null) throw new InputException(tb.where() + ": " + why);
        tb.header(header, line);
        header = null;
        return;
      }
      if (description > 0) { description--; descriptionSkipped++; return; }
      tb.endRow();
    }
  }

  /** The most frequent of , ; tab | on the header line, outside quotes (comma when none occurs). */
  static char detect(java.nio.file.Path file, Charset cs, int skip, String where) throws IOException {
    String first = null;
    try (BufferedReader br = new BufferedReader(reader(Files.newInputStream(file), cs))) {
      for (int i = 0; i <= skip; i++) {
        first = br.readLine();
        if (first == null) break;
      }
      while (first != null && first.isBlank()) first = br.readLine();
    }
    if (first == null) throw new InputException(where + ": the file is empty");
    char[] cands = {',', ';', '\t', '|'};
    char best = ',';
    int bestCount = 0;
    for (char c : cands) {
      int count = 0;
      boolean q = false;
      for (int i = 0; i < first.length(); i++) {
        char ch = first.charAt(i);
        if (ch == '"') q = !q;
        else if (!q && ch == c) count++;
      }
      if (count > bestCount) {
        bestCount = count;
        best = c;
      }
    }
    return best;
  }

  static char delimiter(String d, String where) {
    return switch (d) {
      case "tab", "\\t", "\t" -> '\t';
      case "comma" -> ',';
      case "semicolon" -> ';';
      case "pipe" -> '|';
      default -> {
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r')
          throw new InputException(where + ": data.delimiter must be one character, tab, comma, semicolon, pipe or "
              + "auto; got `" + d + "`");
        yield d.charAt(0);
      }
    };
  }

  private static String describe(char c) {
    return switch (c) {
      case '\t' -> "tab";
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '|' -> "pipe";
      default -> "`" + c + "`";
    };
  }
}
