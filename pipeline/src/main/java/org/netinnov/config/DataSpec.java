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
 * @param firmWidth        left-pad firm ids that are all digits with zeros to this width ({@code 333} → {@code
 *                         000333} with 6), for exports where a spreadsheet dropped the leading zeros; default: ids
 *                         as written
 * @param stripExchangeSuffix drop an exchange suffix from firm ids that are digits before it ({@code 000333.SZ} →
 *                         {@code 000333}), so that Wind codes match CSMAR's; default false
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
    List<JoinSpec> join,
    @JsonProperty("firm_width") Integer firmWidth,
    @JsonProperty("strip_exchange_suffix") Boolean stripExchangeSuffix) {

  /** The constructor without the firm-id rules (ids as written). */
  public DataSpec(String path, String firm, String year, String sheet, String encoding, String delimiter,
      Integer skipRows, Integer descriptionRows, Map<String, String> rename, List<JoinSpec> join) {
    this(path, firm, year, sheet, encoding, delimiter, skipRows, descriptionRows, rename, join, null, null);
  }

  public DataSpec {
    if (firmWidth != null && (firmWidth < 1 || firmWidth > 40))
      throw new IllegalArgumentException("firm_width: expected a width between 1 and 40, got " + firmWidth);
    encoding = encoding == null ? "UTF-8" : encoding;
    delimiter = delimiter == null ? "auto" : delimiter;
    skipRows = skipRows == null ? 0 : skipRows;
    descriptionRows = descriptionRows == null ? 0 : descriptionRows;
    rename = rename == null ? Map.of() : Map.copyOf(rename);
    join = join == null ? List.of() : List.copyOf(join);
  }

  /**
   * A file joined to the main one on firm and year. Reading options as for the main file; {@code firm} and
   * {@code year} default to the main file's column names, {@code firm_width} and {@code strip_exchange_suffix} to the
   * main file's.
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
      String how,
      @JsonProperty("firm_width") Integer firmWidth,
      @JsonProperty("strip_exchange_suffix") Boolean stripExchangeSuffix) {

    /** The constructor without the firm-id rules (the main file's apply). */
    public JoinSpec(String path, String firm, String year, String sheet, String encoding, String delimiter,
        Integer skipRows, Integer descriptionRows, Map<String, String> rename, String how) {
      this(path, firm, year, sheet, encoding, delimiter, skipRows, descriptionRows, rename, how, null, null);
    }

    public JoinSpec {
      if (path == null || path.isBlank()) throw new IllegalArgumentException("join: `path` is required");
      if (firmWidth != null && (firmWidth < 1 || firmWidth > 40))
        throw new IllegalArgumentException("firm_width: expected a width between 1 and 40, got " + firmWidth);
      encoding = encoding == null ? "UTF-8" : encoding;
      delimiter = delimiter == null ? "auto" : delimiter;
      skipRows = skipRows == null ? 0 : skipRows;
      descriptionRows = descriptionRows == null ? 0 : descriptionRows;
      rename = rename == null ? Map.of() : Map.copyOf(rename);
      how = how == null ? "left" : how;
      if (!how.equals("left") && !how.equals("inner"))
        throw new IllegalArgumentException("how: expected left or inner, got `" + how + "`");
    }
  }
}
