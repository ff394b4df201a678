package org.netinnov.clean;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads one raw input file into a Tablesaw table of text columns (numbers are parsed later by the cleaning stage,
 * which knows the missing markers, thousands separators and percent signs of messy exports).
 */
public final class TableReader {
  private TableReader() {}

  public static Table readCsv(Path file, String encoding, String delimiter) {
    if (!Files.isRegularFile(file)) throw new InputException(file + ": file not found");
    Charset cs;
    try {
      cs = Charset.forName(encoding);
    } catch (RuntimeException e) {
      throw new InputException(file + ": unknown encoding `" + encoding + "`");
    }
    char sep;
    try {
      sep = "auto".equalsIgnoreCase(delimiter) ? detectDelimiter(file, cs) : delimiter(delimiter);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    try (Reader r = new InputStreamReader(Files.newInputStream(file), cs)) {
      CsvReadOptions opts = CsvReadOptions.builder(r)
          .separator(sep)
          .header(true)
          .columnTypes(name -> ColumnType.STRING)
          .maxCharsPerColumn(1 << 16)
          .build();
      Table t = Table.read().usingOptions(opts);
      stripBom(t);
      return t;
    } catch (IOException | RuntimeException e) {
      throw new InputException(file + ": not a readable CSV table: " + e.getMessage(), e);
    }
  }

  static char delimiter(String d) {
    return switch (d) {
      case "tab", "\\t", "\t" -> '\t';
      case "comma" -> ',';
      case "semicolon" -> ';';
      default -> {
        if (d.length() != 1) throw new InputException("delimiter must be one character, `tab` or `auto`, got `" + d + "`");
        yield d.charAt(0);
      }
    };
  }

  /** The most frequent of , ; tab | on the header line, outside quotes. */
  static char detectDelimiter(Path file, Charset cs) throws IOException {
    String first;
    try (var br = Files.newBufferedReader(file, cs)) {
      first = br.readLine();
    }
    if (first == null) throw new InputException(file + ": the file is empty");
    char[] cands = {',', ';', '\t', '|'};
    int best = ',', bestCount = 0;
    for (char c : cands) {
      int count = 0;
      boolean q = false;
      for (int i = 0; i < first.length(); i++) {
        char ch = first.charAt(i);
        if (ch == '"') q = !q;
        else if (!q && ch == c) count++;
      }
      if (count > bestCount) { bestCount = count; best = c; }
    }
    return (char) best;
  }

  private static void stripBom(Table t) {
    if (t.columnCount() == 0) return;
    var c = t.column(0);
    if (c.name().startsWith("\uFEFF")) c.setName(c.name().substring(1));
  }
}
