package org.netinnov.estimate.count;

import java.util.List;

/**
 * The weighted least-squares step of IRLS with fixed effects absorbed:
 * <pre>  min over b, α  Σ_i w_i (z_i − x_i'b − (Dα)_i)² </pre>
 * solved by Frisch–Waugh–Lovell, b = (X̌'WX̌)⁻¹ X̌'W ž with X̌, ž the columns with the effects partialled out
 * (weights w). The fitted linear predictor is z − (ž − X̌b). Which regressors are collinear with the effects (or
 * with earlier regressors) is decided at the first call and kept fixed afterwards.
 */
interface AbsorbedWls {

  /** Number of regressors K (columns of X). */
  int k();

  /**
   * Solves at weights w (length n, &gt; 0) for working variable z and writes x_i'b + effects into eta (skipped when
   * eta is null: only the cross products and coefficients are wanted).
   */
  void solve(double[] w, double[] z, double[] eta);

  /** Coefficients of the last solve, length K, 0 for dropped columns. */
  double[] beta();

  /** Which regressors are estimated (false: collinear with the fixed effects or earlier regressors). */
  boolean[] kept();

  /** (X̌'WX̌)⁻¹ on all K columns at the weights of the last solve (rows/columns of dropped regressors are 0). */
  double[][] inverseCrossProduct();

  /** X̌: the regressors with the fixed effects partialled out at the weights of the last solve, [K][n]. */
  double[][] partialledColumns();

  /** Number of fixed-effect parameters that are identified (for degrees of freedom and information criteria). */
  int absorbedParameters();

  /** Anything the reader must know (e.g. the alternating projections did not converge). */
  List<String> notes();
}
