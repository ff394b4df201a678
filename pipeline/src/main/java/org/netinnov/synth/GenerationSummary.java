package org.netinnov.synth;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link SyntheticPanelGenerator#generate} wrote: the three files and the exact counts of every
 * injected problem, the same numbers as in {@code <basename>_injected.json}.
 *
 * <p>Cell counts are over the data lines of the CSV as written (header excluded), duplicate lines included.
 * Per-column maps are in file order; {@code missingByColumn} has all 29 measured columns, the others only the
 * columns eligible for that kind.
 *
 * @param dataLines data lines in the CSV (header excluded)
 * @param potentialFirmYears firm-years from each firm's list year to the last year (the truth file's rows)
 * @param exportedFirmYears firm-years written with their firm id (each once, not counting duplicate lines)
 * @param gapFirmYears firm-years left out of the export altogether
 * @param blankFirmIdRows lines written with an empty firm id
 * @param exactDuplicateRows extra lines that repeat their original line exactly
 * @param modifiedDuplicateRows extra lines that repeat their original with one measured value changed
 */
public record GenerationSummary(
    int firms,
    int firstYear,
    int lastYear,
    long seed,
    Path csv,
    Path truth,
    Path injected,
    long dataLines,
    long potentialFirmYears,
    long exportedFirmYears,
    long gapFirmYears,
    long blankFirmIdRows,
    long exactDuplicateRows,
    long modifiedDuplicateRows,
    Map<String, Long> missingByColumn,
    Map<String, Long> missingByMarker,
    Map<String, Long> percentTextByColumn,
    Map<String, Long> thousandsTextByColumn,
    Map<String, Long> outliersByColumn) {

  public long missingCells() { return sum(missingByColumn); }

  public long percentTextCells() { return sum(percentTextByColumn); }

  public long thousandsTextCells() { return sum(thousandsTextByColumn); }

  public long outlierCells() { return sum(outliersByColumn); }

  private static long sum(Map<String, Long> m) {
    long s = 0;
    for (long v : m.values()) {
      s += v;
    }
    return s;
  }
}
