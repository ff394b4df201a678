package org.netinnov.diagnose;

import java.util.List;

/**
 * Variance inflation factors of a model's regressors.
 *
 * @param terms regressor names as in the formula
 * @param vif   VIF_j = 1/(1 − R²_j), NaN where undefined
 * @param mean  mean VIF over the regressors (NaN if any is undefined)
 * @param note  why the table is empty or partial, or null
 */
public record VifTable(List<String> terms, double[] vif, double mean, String note) {
  public VifTable {
    terms = List.copyOf(terms);
    vif = vif.clone();
  }

  @Override public double[] vif() { return vif.clone(); }

  /** 1/VIF_j (the tolerance). */
  public double tolerance(int j) { return 1.0 / vif[j]; }
}
