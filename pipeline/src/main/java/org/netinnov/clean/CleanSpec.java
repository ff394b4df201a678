package org.netinnov.clean;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Cleaning steps ({@code clean:} in the config), applied in a fixed order and each logged.
 *
 * @param missingMarkers text cells that mean "missing" (besides empty cells)
 * @param duplicates     duplicate firm-years: error (default) | first | last | mean
 * @param derive         derived variables, name → expression, evaluated in order (later ones may use earlier)
 */
public record CleanSpec(
    @JsonProperty("missing_markers") List<String> missingMarkers,
    String duplicates,
    LinkedHashMap<String, String> derive) {

  public static final List<String> DEFAULT_MISSING = List.of("", "n/a", "N/A", "NA", "na", "-", "—", "--", "null",
      "NULL", "#N/A", "NaN", ".");

  public CleanSpec {
    missingMarkers = missingMarkers == null ? DEFAULT_MISSING : List.copyOf(missingMarkers);
    duplicates = duplicates == null ? "error" : duplicates;
    derive = derive == null ? new LinkedHashMap<>() : derive;
  }

  public static CleanSpec defaults() { return new CleanSpec(null, null, null); }
}
