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
 * @param periodEnd        keep only rows whose year cell is a date on this month and day ({@code 12-31}: annual
 *                         reports of an export that also holds quarterly ones); rows whose year is a plain year are
 *                         kept; default: every row
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
    @JsonProperty("strip_exchange_suffix") Boolean stripExchangeSuffix,
    @JsonProperty("period_end") String periodEnd) {

  /** The constructor without the firm-id rules and the period filter (ids as written, every row). */
  public DataSpec(String path, String firm, String year, String sheet, String encoding, String delimiter,
      Integer skipRows, Integer descriptionRows, Map<String, String> rename, List<JoinSpec> join) {
    this(path, firm, year, sheet, encoding, delimiter, skipRows, descriptionRows, rename, join, null, null, null);
  }

  public DataSpec {
    monthDay(periodEnd);
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
   * {@code year} default to the main file's column names, {@code firm_width}, {@code strip_exchange_suffix} and
   * {@code period_end} to the main file's.
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
      @JsonProperty("strip_exchange_suffix") Boolean stripExchangeSuffix,
      @JsonProperty("period_end") String periodEnd) {

    /** The constructor without the firm-id rules (the main file's apply). */
    public JoinSpec(String path, String firm, String year, String sheet, String encoding, String delimiter,
        Integer skipRows, Integer descriptionRows, Map<String, String> rename, String how) {
      this(path, firm, year, sheet, encoding, delimiter, skipRows, descriptionRows, rename, how, null, null, null);
    }

    public JoinSpec {
      monthDay(periodEnd);
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

  /** {@code period_end} as {@code mmdd} (12-31 → 1231), 0 when not set; an error for anything but a calendar day. */
  public static int monthDay(String periodEnd) {
    if (periodEnd == null || periodEnd.isBlank()) return 0;
    String[] p = periodEnd.trim().split("-");
    int m = -1, d = -1;
    if (p.length == 2 && p[0].matches("\\d{1,2}") && p[1].matches("\\d{1,2}")) {
      m = Integer.parseInt(p[0]);
      d = Integer.parseInt(p[1]);
    }
    int max = m == 2 ? 29 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    if (m < 1 || m > 12 || d < 1 || d > max)
      throw new IllegalArgumentException("period_end: expected a month and day such as 12-31, got `" + periodEnd + "`");
    return m * 100 + d;
  }
}
