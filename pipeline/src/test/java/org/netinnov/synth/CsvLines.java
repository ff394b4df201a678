package org.netinnov.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader written for the tests, independent of the generator's writer: fields separated
 * by commas, optionally enclosed in double quotes ("" inside quotes is a quote), lines ended by LF.
 */
final class CsvLines {
  private CsvLines() {}

  /** All lines of the file (the header first), each split into unquoted fields. */
  static List<String[]> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String[]> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() != 0) {
          throw new IllegalStateException("quote inside an unquoted field at char " + i);
        }
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(fields.toArray(new String[0]));
        fields.clear();
      } else if (c == '\r') {
        throw new IllegalStateException("unexpected CR at char " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted || field.length() > 0 || !fields.isEmpty()) {
      throw new IllegalStateException("file does not end with a complete line");
    }
    return lines;
  }
}
