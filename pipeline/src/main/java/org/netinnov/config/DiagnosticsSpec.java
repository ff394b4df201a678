package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Settings of the specification tests and descriptive tables ({@code diagnostics:}).
 *
 * @param level        significance level for the decisions (default 0.05)
 * @param hausman      pairs of models to compare, e.g. [[main, main_re]]
 * @param spearman     put Spearman correlations in the upper triangle of the correlation table
 * @param bgOrder      order of the Breusch–Godfrey/Wooldridge test (default 1)
 */
public record DiagnosticsSpec(Double level, List<List<String>> hausman, Boolean spearman,
    @JsonProperty("bg_order") Integer bgOrder) {

  public DiagnosticsSpec {
    level = level == null ? 0.05 : level;
    hausman = hausman == null ? List.of() : List.copyOf(hausman);
    spearman = spearman != null && spearman;
    bgOrder = bgOrder == null ? 1 : bgOrder;
  }

  public static DiagnosticsSpec defaults() { return new DiagnosticsSpec(null, null, null, null); }
}
