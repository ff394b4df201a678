package org.netinnov.config;

import java.util.LinkedHashMap;
import java.util.List;
import org.netinnov.clean.CleanSpec;
import org.netinnov.index.IndexSpec;

/**
 * A whole run, as read from a YAML file. Every section except {@code data} may be left out.
 *
 * @param name        run name; output goes to {@code output/<name>/}
 * @param seed        seed for everything random in the run (bootstrap)
 * @param data        input files
 * @param clean       cleaning steps
 * @param indices     composite indices, dimension name → construction
 * @param models      models by name, estimated in order
 * @param lags        distributed-lag block
 * @param diagnostics settings of the specification tests
 * @param mediation   mediation test
 * @param hypotheses  the scorecard
 * @param caseStudy   single-firm case material (the Midea case)
 * @param report      table layout
 */
public record RunConfig(
    String name,
    Long seed,
    DataSpec data,
    CleanSpec clean,
    LinkedHashMap<String, IndexSpec> indices,
    LinkedHashMap<String, ModelSpec> models,
    LagSpec lags,
    DiagnosticsSpec diagnostics,
    MediationSpec mediation,
    List<HypothesisSpec> hypotheses,
    @com.fasterxml.jackson.annotation.JsonProperty("case_study") CaseStudySpec caseStudy,
    ReportSpec report) {

  public RunConfig {
    seed = seed == null ? 2026L : seed;
    clean = clean == null ? CleanSpec.defaults() : clean;
    indices = indices == null ? new LinkedHashMap<>() : indices;
    models = models == null ? new LinkedHashMap<>() : models;
    diagnostics = diagnostics == null ? DiagnosticsSpec.defaults() : diagnostics;
    hypotheses = hypotheses == null ? List.of() : List.copyOf(hypotheses);
    report = report == null ? ReportSpec.defaults() : report;
  }
}
