package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * How results are written ({@code report:}).
 *
 * @param decimals     digits shown in tables (values are stored at full precision)
 * @param stars        significance thresholds for *, **, *** (default 0.1, 0.05, 0.01)
 * @param beneath      what goes in parentheses under a coefficient: se (default) or t
 * @param labels       variable labels replacing raw term names in tables
 * @param order        order of coefficient rows in regression tables (terms not listed follow)
 * @param mainModels   models in the "Main models" table (default: every linear model not used elsewhere)
 * @param controls     terms summarised as a "Controls: Yes" row instead of being shown
 * @param writePanel   also write the analysis panel as a sheet (SXSSF) — the CSV is always written
 * @param level        significance level for decisions in tests and the scorecard (default 0.05)
 * @param composition  categorical columns (e.g. industry, region) by which the sample composition is tabulated,
 *                     besides the year
 */
public record ReportSpec(
    Integer decimals,
    List<Double> stars,
    String beneath,
    Map<String, String> labels,
    List<String> order,
    @JsonProperty("main_models") List<String> mainModels,
    List<String> controls,
    @JsonProperty("write_panel") Boolean writePanel,
    Double level,
    List<String> composition) {

  public ReportSpec {
    decimals = decimals == null ? 3 : decimals;
    stars = stars == null ? List.of(0.1, 0.05, 0.01) : List.copyOf(stars);
    beneath = beneath == null ? "se" : beneath;
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    order = order == null ? List.of() : List.copyOf(order);
    mainModels = mainModels == null ? List.of() : List.copyOf(mainModels);
    controls = controls == null ? List.of() : List.copyOf(controls);
    writePanel = writePanel != null && writePanel;
    level = level == null ? 0.05 : level;
    composition = composition == null ? List.of() : List.copyOf(composition);
  }

  public static ReportSpec defaults() {
    return new ReportSpec(null, null, null, null, null, null, null, null, null, null);
  }
}
