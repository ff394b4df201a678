package org.netinnov.casestudy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 CSV file held in memory: a header and data records, each remembering the line it starts on.
 *
 * <p>Quoted fields may hold commas, doubled quotes and line breaks; blank lines are skipped; a UTF-8 byte-order
 * mark is dropped. Written by hand rather than with Tablesaw because the case files are tiny and every error must
 * name the file, line and column exactly, which type-guessing readers do not do.
 */
final class CsvTable {
  private final String fileName;
  private final String[] header;
  private final Map<String, Integer> columnIndex;
  private final List<String[]> records;
  private final List<Integer> lines;

  private CsvTable(String fileName, String[] header, List<String[]> records, List<Integer> lines) {
    this.fileName = fileName;
    this.header = header;
    this.records = records;
    this.lines = lines;
    this.columnIndex = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (columnIndex.put(header[i], i) != null) {
        throw new CaseDataException(fileName + ": column '" + header[i] + "' appears twice in the header");
      }
    }
  }

  /** Reads {@code file}; throws {@link CaseDataException} naming the file for I/O, encoding and syntax errors. */
  static CsvTable read(Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new CaseDataException(name + ": file not found (" + file.toAbsolutePath() + ")", e);
    } catch (CharacterCodingException e) {
      throw new CaseDataException(name + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new CaseDataException(name + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    parse(name, text, rows, rowLines);
    if (rows.isEmpty()) {
      throw new CaseDataException(name + ": file is empty (a header line is required)");
    }
    String[] header = rows.get(0);
    for (int i = 0; i < header.length; i++) {
      header[i] = header[i].trim();
    }
    for (int r = 1; r < rows.size(); r++) {
      if (rows.get(r).length != header.length) {
        throw new CaseDataException(name + " line " + rowLines.get(r) + ": " + rows.get(r).length
            + " fields, but the header has " + header.length);
      }
    }
    return new CsvTable(name, header, rows.subList(1, rows.size()), rowLines.subList(1, rowLines.size()));
  }

  private static void parse(String name, String text, List<String[]> rows, List<Integer> rowLines) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0 || fieldWasQuoted) {
          throw new CaseDataException(name + " line " + line + ": quote inside an unquoted field ('" + field
              + "\"...'); quote the whole field and double inner quotes");
        }
        quoted = true;
        fieldWasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        endRecord(fields, field, fieldWasQuoted, rows, rowLines, recordLine);
        fieldWasQuoted = false;
        line++;
        recordLine = line;
      } else {
        if (fieldWasQuoted) {
          throw new CaseDataException(name + " line " + line + ": text after the closing quote of a field");
        }
        field.append(c);
      }
    }
    if (quoted) {
      throw new CaseDataException(name + " line " + recordLine + ": quoted field is never closed");
    }
    endRecord(fields, field, fieldWasQuoted, rows, rowLines, recordLine);
  }

  private static void endRecord(List<String> fields, StringBuilder field, boolean fieldWasQuoted,
      List<String[]> rows, List<Integer> rowLines, int recordLine) {
    boolean blankLine = fields.isEmpty() && field.length() == 0 && !fieldWasQuoted;
    if (!blankLine) {
      fields.add(field.toString());
      rows.add(fields.toArray(new String[0]));
      rowLines.add(recordLine);
    }
    fields.clear();
    field.setLength(0);
  }

  String fileName() { return fileName; }

  int size() { return records.size(); }

  /** Fails with a message naming every required column that the header lacks. */
  void requireColumns(String... required) {
    List<String> missing = new ArrayList<>();
    for (String c : required) {
      if (!columnIndex.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new CaseDataException(fileName + ": missing column(s) " + missing + " in header " + List.of(header));
    }
  }

  /** Fails if the file has a header but no data record. */
  void requireRows() {
    if (records.isEmpty()) {
      throw new CaseDataException(fileName + ": no data rows below the header");
    }
  }

  Row row(int r) {
    return new Row(r);
  }

  /** One data record with typed, error-reporting field access; blank and whitespace-only fields are "empty". */
  final class Row {
    private final int r;

    private Row(int r) {
      this.r = r;
    }

    int line() { return lines.get(r); }

    CaseDataException error(String column, String problem) {
      return new CaseDataException(fileName + " line " + line() + ", column '" + column + "': " + problem);
    }

    /** The trimmed field, or {@code ""} when blank. */
    String text(String column) {
      Integer i = columnIndex.get(column);
      if (i == null) {
        throw new CaseDataException(fileName + ": missing column '" + column + "'");
      }
      return records.get(r)[i].trim();
    }

    String requiredText(String column) {
      String s = text(column);
      if (s.isEmpty()) {
        throw error(column, "value is required but the field is empty");
      }
      return s;
    }

    int requiredInt(String column) {
      String s = requiredText(column);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw error(column, "'" + s + "' is not a whole number");
      }
    }

    /** Whether the field is non-blank. */
    boolean has(String column) {
      return !text(column).isEmpty();
    }

    double requiredDouble(String column) {
      String s = requiredText(column);
      double v;
      try {
        v = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw error(column, "'" + s + "' is not a number");
      }
      if (!Double.isFinite(v)) {
        throw error(column, "'" + s + "' is not a finite number");
      }
      return v;
    }

    /** The number, or {@code NaN} when the field is blank. */
    double optionalDouble(String column) {
      return has(column) ? requiredDouble(column) : Double.NaN;
    }

    boolean requiredBoolean(String column) {
      String s = requiredText(column);
      if (s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.equalsIgnoreCase("false")) {
        return false;
      }
      throw error(column, "'" + s + "' is not true or false");
    }
  }
}
