package org.netinnov.config;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netinnov.clean.TableReader;

/**
 * Reads only the header of a data file, so that {@code validate} can check every column a config names without
 * reading the data.
 */
public final class HeaderPeek {
  private HeaderPeek() {}

  /** Column names of the file after {@code skipRows} lines, renamed by {@code rename}. */
  public static Set<String> columns(Path file, String encoding, String delimiter, int skipRows, String sheet,
      java.util.Map<String, String> rename) throws IOException {
    List<String> raw = TableReader.isWorkbook(file) ? TableReader.workbookHeader(file, sheet, skipRows)
        : csv(file, encoding, delimiter, skipRows);
    Set<String> out = new LinkedHashSet<>();
    for (String c : raw) out.add(rename.getOrDefault(c, c));
    return out;
  }

  private static List<String> csv(Path file, String encoding, String delimiter, int skipRows) throws IOException {
    try (var br = Files.newBufferedReader(file, Charset.forName(encoding))) {
      for (int i = 0; i < skipRows; i++) br.readLine();
      String line = br.readLine();
      if (line == null) throw new IOException(file + ": no header line");
      if (line.startsWith("\uFEFF")) line = line.substring(1);
      char sep = "auto".equalsIgnoreCase(delimiter) ? mostFrequent(line) : delimiter.equals("tab") ? '\t' : delimiter.charAt(0);
      return split(line, sep);
    }
  }

  static char mostFrequent(String line) {
    char best = ',';
    long bestCount = 0;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      long count = line.chars().filter(ch -> ch == c).count();
      if (count > bestCount) { bestCount = count; best = c; }
    }
    return best;
  }

  static List<String> split(String line, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (q && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
        else q = !q;
      } else if (c == sep && !q) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else cur.append(c);
    }
    out.add(cur.toString().trim());
    return out;
  }
}
