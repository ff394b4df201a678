package org.netinnov.report.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a run reports, independent of the output format. The Excel writer adds the Contents sheet from it.
 *
 * @param runName  the run's name
 * @param meta     facts for the contents sheet, in order (data file, sample, date, seed, ...)
 * @param sheets   sheets in order
 * @param decimals default digits shown for numbers
 */
public record Report(String runName, Map<String, String> meta, List<Sheet> sheets, int decimals) {
  public Report {
    sheets = List.copyOf(sheets);
  }
}
