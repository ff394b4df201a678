package org.netinnov.clean;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One input file as read: its columns (firm, year, numeric and text), the file line of every data row, and what
 * reading found (for the "read" and "numbers" steps of the log).
 *
 * @param source  the file as named in the config
 * @param file    the resolved path
 * @param columns every column except firm and year, in file order
 * @param firm    the firm id column
 * @param year    the year column
 * @param rows    data rows
 * @param lines   file line (CSV) or sheet row (XLSX), 1-based, of every data row
 * @param facts   what reading found: counts by name (blank rows, description rows, short rows, ...)
 * @param notes   how the file was read (encoding, delimiter, header line, column typing)
 */
record RawTable(String source, Path file, List<RawColumn> columns, RawColumn firm, RawColumn year, int rows,
    int[] lines, Map<String, Long> facts, List<String> notes) {

  RawColumn column(String name) {
    for (RawColumn c : columns) if (c.name.equals(name)) return c;
    return null;
  }
}
