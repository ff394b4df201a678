package org.netinnov.estimate.gmm;

import java.util.List;

/** The pgmm models of the reference files, with pgmm's coefficient names. */
final class EmplUkModels {
  private EmplUkModels() {}

  /** log(emp) ~ lag(log(emp),1:2) + lag(log(wage),0:1) + log(capital) + lag(log(output),0:1) | lag(log(emp),2:99). */
  static final List<GmmRegressor> AB_REGRESSORS = List.of(
      new GmmRegressor("lemp", 1, "lag(log(emp), 1:2)1"),
      new GmmRegressor("lemp", 2, "lag(log(emp), 1:2)2"),
      new GmmRegressor("lwage", 0, "lag(log(wage), 0:1)0"),
      new GmmRegressor("lwage", 1, "lag(log(wage), 0:1)1"),
      new GmmRegressor("lcap", 0, "log(capital)"),
      new GmmRegressor("lout", 0, "lag(log(output), 0:1)0"),
      new GmmRegressor("lout", 1, "lag(log(output), 0:1)1"));

  static final List<GmmInstrument> AB_GMM = List.of(GmmInstrument.allLagsFrom("lemp", 2));

  static GmmSpec difference(boolean twoSteps, boolean collapse) {
    return new GmmSpec("lemp", AB_REGRESSORS, AB_GMM, GmmSpec.exogenousRegressors(AB_REGRESSORS, AB_GMM),
        GmmSpec.Transformation.DIFFERENCE, twoSteps, true, collapse);
  }

  /**
   * log(emp) ~ lag(log(emp),1) + lag(log(wage),0:1) + lag(log(capital),0:1)
   * | lag(log(emp),2:99) + lag(log(wage),2:99) + lag(log(capital),2:99), transformation "ld".
   */
  static final List<GmmRegressor> BB_REGRESSORS = List.of(
      new GmmRegressor("lemp", 1, "lag(log(emp), 1)"),
      new GmmRegressor("lwage", 0, "lag(log(wage), 0:1)0"),
      new GmmRegressor("lwage", 1, "lag(log(wage), 0:1)1"),
      new GmmRegressor("lcap", 0, "lag(log(capital), 0:1)0"),
      new GmmRegressor("lcap", 1, "lag(log(capital), 0:1)1"));

  static final List<GmmInstrument> BB_GMM = List.of(
      GmmInstrument.allLagsFrom("lemp", 2), GmmInstrument.allLagsFrom("lwage", 2), GmmInstrument.allLagsFrom("lcap", 2));

  static GmmSpec system(boolean twoSteps) {
    return new GmmSpec("lemp", BB_REGRESSORS, BB_GMM, GmmSpec.exogenousRegressors(BB_REGRESSORS, BB_GMM),
        GmmSpec.Transformation.SYSTEM, twoSteps, true, false);
  }

  /** Arellano–Bond's full model (Roodman 2009's xtabond2 example): lags 0:2 of capital and output. */
  static GmmSpec arellanoBondFull(boolean twoSteps) {
    List<GmmRegressor> regs = List.of(
        new GmmRegressor("lemp", 1, "L1.n"), new GmmRegressor("lemp", 2, "L2.n"),
        new GmmRegressor("lwage", 0, "w"), new GmmRegressor("lwage", 1, "L1.w"),
        new GmmRegressor("lcap", 0, "k"), new GmmRegressor("lcap", 1, "L1.k"), new GmmRegressor("lcap", 2, "L2.k"),
        new GmmRegressor("lout", 0, "ys"), new GmmRegressor("lout", 1, "L1.ys"), new GmmRegressor("lout", 2, "L2.ys"));
    return new GmmSpec("lemp", regs, AB_GMM, GmmSpec.exogenousRegressors(regs, AB_GMM),
        GmmSpec.Transformation.DIFFERENCE, twoSteps, true, false);
  }
}
