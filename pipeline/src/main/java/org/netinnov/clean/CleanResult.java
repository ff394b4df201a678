package org.netinnov.clean;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netinnov.data.Panel;

/**
 * The analysis panel and the account of how it was made.
 *
 * @param panel   the cleaned firm-year panel
 * @param log     every step, with counts and examples
 * @param rawRows data rows of the main input file (before anything was dropped)
 * @param seconds wall time by phase: {@code read} (all files: decoding, splitting, number parsing) and
 *                {@code clean} (everything after), and the CPU time of the calling thread in each
 *                ({@code read_cpu}, {@code clean_cpu}), for the bench; not part of the log, so that the log is
 *                reproducible
 */
public record CleanResult(Panel panel, CleanLog log, long rawRows, Map<String, Double> seconds) {
  public CleanResult {
    seconds = seconds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
  }
}
