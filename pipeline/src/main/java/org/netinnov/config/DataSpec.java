package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Where the panel comes from ({@code data:} in the config): the main file and optional files joined on firm and
 * year.
 *
 * @param path             CSV or XLSX file, relative to the working directory
 * @param firm             firm identifier column (after renaming)
 * @param year             year column (number, date such as 2019-12-31, or text such as 2019年 / FY2019)
 * @param sheet            XLSX sheet, by name or 1-based index (default: the first sheet)
 * @param encoding         text encoding of a CSV: UTF-8 (default, BOM allowed), GBK, GB18030, ISO-8859-1
 * @param delimiter        CSV delimiter, or {@code auto} (default) to detect it from the header line
 * @param skipRows         lines before the header row
 * @param descriptionRows  rows under the header to skip (CSMAR exports carry a field-code, a name and a unit row)
 * @param rename           source column name → name used in the config
 * @param join             further files joined on firm and year
 */
public record DataSpec(
    String path,
    String firm,
    String year,
    String sheet,
    String encoding,
    String delimiter,
    @JsonProperty("skip_rows") Integer skipRows,
    @JsonProperty("description_rows") Integer descriptionRows,
    Map<String, String> rename,
    List<JoinSpec> join) {

  public DataSpec {
    encoding = encoding == null ? "UTF-8" : encoding;
    delimiter = delimiter == null ? "auto" : delimiter;
    skipRows = skipRows == null ? 0 : skipRows;
    descriptionRows = descriptionRows == null ? 0 : descriptionRows;
    rename = rename == null ? Map.of() : Map.copyOf(rename);
    join = join == null ? List.of() : List.copyOf(join);
  }

  /**
   * A file joined to the main one on firm and year.
   *
   * @param how {@code left} (default: keep every main row) or {@code inner}
   */
  public record JoinSpec(
      String path,
      String firm,
      String year,
      String sheet,
      String encoding,
      String delimiter,
      @JsonProperty("skip_rows") Integer skipRows,
      @JsonProperty("description_rows") Integer descriptionRows,
      Map<String, String> rename,
      String how) {

    public JoinSpec {
      encoding = encoding == null ? "UTF-8" : encoding;
      delimiter = delimiter == null ? "auto" : delimiter;
      skipRows = skipRows == null ? 0 : skipRows;
      descriptionRows = descriptionRows == null ? 0 : descriptionRows;
      rename = rename == null ? Map.of() : Map.copyOf(rename);
      how = how == null ? "left" : how;
    }
  }
}
