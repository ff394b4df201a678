package org.netinnov.estimate.gmm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The EmplUK models of the reference files. Coefficient names follow pgmm's model-matrix names for a formula
 * written with the given variable labels ({@code lag(x, 1:2)1}, {@code lag(x, 1)}, {@code x}).
 */
final class EmplUkModels {
  private EmplUkModels() {}

  /** Labels of the reference files' formulas, written with log() inside. */
  static final Map<String, String> LOG_LABELS =
      Map.of("lemp", "log(emp)", "lwage", "log(wage)", "lcap", "log(capital)", "lout", "log(output)");
  /** Labels of the fixtures computed here, whose formulas use the panel column names. */
  static final Map<String, String> COLUMN_LABELS = Map.of("lemp", "lemp", "lwage", "lwage", "lcap", "lcap", "lout", "lout");

  /** A term block of a formula: {@code lag(var, from:to)}; {@code plain} writes a lone lag 0 as just the variable. */
  record Block(String var, int from, int to, boolean plain) {}

  /** log(emp) ~ lag(log(emp),1:2) + lag(log(wage),0:1) + log(capital) + lag(log(output),0:1) | lag(log(emp),2:99). */
  static final List<Block> AB = List.of(new Block("lemp", 1, 2, false), new Block("lwage", 0, 1, false),
      new Block("lcap", 0, 0, true), new Block("lout", 0, 1, false));
  /** Arellano and Bond's full model: lags 0:2 of capital and output. */
  static final List<Block> AB_FULL = List.of(new Block("lemp", 1, 2, false), new Block("lwage", 0, 1, false),
      new Block("lcap", 0, 2, false), new Block("lout", 0, 2, false));
  /** log(emp) ~ lag(log(emp),1) + lag(log(wage),0:1) + lag(log(capital),0:1). */
  static final List<Block> BB = List.of(new Block("lemp", 1, 1, false), new Block("lwage", 0, 1, false),
      new Block("lcap", 0, 1, false));

  static final List<GmmInstrument> AB_GMM = List.of(GmmInstrument.allLagsFrom("lemp", 2));
  static final List<GmmInstrument> BB_GMM = List.of(
      GmmInstrument.allLagsFrom("lemp", 2), GmmInstrument.allLagsFrom("lwage", 2), GmmInstrument.allLagsFrom("lcap", 2));

  static List<GmmRegressor> regressors(List<Block> blocks, Map<String, String> labels) {
    var out = new ArrayList<GmmRegressor>();
    for (Block b : blocks) {
      String v = labels.get(b.var());
      for (int k = b.from(); k <= b.to(); k++) {
        String name;
        if (b.from() == b.to()) name = (b.plain() && k == 0) ? v : "lag(" + v + ", " + k + ")";
        else name = "lag(" + v + ", " + b.from() + ":" + b.to() + ")" + k;
        out.add(new GmmRegressor(b.var(), k, name));
      }
    }
    return out;
  }

  /** A pgmm-style model: IV instruments are the regressors whose variable is not GMM-instrumented. */
  static GmmSpec spec(List<Block> blocks, Map<String, String> labels, List<GmmInstrument> gmm,
      GmmSpec.Transformation tr, boolean twoSteps, boolean timeDummies, boolean collapse) {
    List<GmmRegressor> regs = regressors(blocks, labels);
    return new GmmSpec("lemp", regs, gmm, GmmSpec.exogenousRegressors(regs, gmm), tr, twoSteps, timeDummies, collapse);
  }

  static GmmSpec difference(boolean twoSteps, boolean collapse) {
    return spec(AB, LOG_LABELS, AB_GMM, GmmSpec.Transformation.DIFFERENCE, twoSteps, true, collapse);
  }

  static GmmSpec system(boolean twoSteps) {
    return spec(BB, LOG_LABELS, BB_GMM, GmmSpec.Transformation.SYSTEM, twoSteps, true, false);
  }
}
