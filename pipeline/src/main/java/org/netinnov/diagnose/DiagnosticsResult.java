package org.netinnov.diagnose;

import java.util.List;

/**
 * Everything the diagnostics stage produced.
 *
 * @param level        significance level of the decisions
 * @param models       per configured model: its tests and VIF table (config order)
 * @param hausmanPairs Hausman tests between configured pairs of models ({@code diagnostics.hausman})
 * @param descriptives descriptive statistics of the model variables, or null (see notes)
 * @param correlations correlation matrix of the same variables, or null (see notes)
 * @param panel        structure of the whole analysis panel
 * @param notes        anything a reader must know (why descriptives are missing, unknown test keys, ...)
 */
public record DiagnosticsResult(double level, List<ModelDiagnostics> models, List<PairTest> hausmanPairs,
    Descriptives descriptives, CorrelationMatrix correlations, PanelStructure panel, List<String> notes) {

  public DiagnosticsResult {
    models = List.copyOf(models);
    hausmanPairs = List.copyOf(hausmanPairs);
    notes = List.copyOf(notes);
  }

  /** The diagnostics of model {@code name}, or null. */
  public ModelDiagnostics model(String name) {
    for (ModelDiagnostics m : models) if (m.model().equals(name)) return m;
    return null;
  }

  /**
   * A Hausman test between two configured models.
   *
   * @param consistent the model consistent under both hypotheses (the within model when there is one)
   * @param efficient  the other model
   */
  public record PairTest(String consistent, String efficient, TestResult result) {}
}
