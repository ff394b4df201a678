package org.netinnov.mechanism;

import org.netinnov.estimate.Inference;
import org.netinnov.mechanism.MediationResult.Test;

/**
 * Normal-theory tests of an indirect effect a·b from the two path coefficients and their standard errors.
 *
 * <ul>
 *   <li>Sobel (1982), first-order delta method: se = √(b²s_a² + a²s_b²), z = ab / se.</li>
 *   <li>Aroian (1947) / Baron &amp; Kenny (1986) second-order variant: se = √(b²s_a² + a²s_b² + s_a²s_b²).</li>
 * </ul>
 * Both assume a and b uncorrelated (they come from different equations) and take p from the standard normal.
 * For a nonlinear outcome model neither applies; see {@link #notValidForNonlinear()}.
 */
public final class Sobel {
  /** Note used when the outcome equation is nonlinear (Poisson). */
  public static final String NONLINEAR_NOTE =
      "Sobel test not valid for a nonlinear outcome model; use the bootstrap interval";

  private Sobel() {}

  public static Test sobel(double a, double sa, double b, double sb) {
    return test("Sobel (first-order delta method)", a * b, Math.sqrt(b * b * sa * sa + a * a * sb * sb));
  }

  public static Test aroian(double a, double sa, double b, double sb) {
    return test("Aroian (second-order delta method)", a * b,
        Math.sqrt(b * b * sa * sa + a * a * sb * sb + sa * sa * sb * sb));
  }

  /** The NaN test reported for a Poisson outcome. */
  public static Test notValidForNonlinear() { return Test.none(NONLINEAR_NOTE); }

  private static Test test(String method, double ab, double se) {
    if (!(se > 0) || !Double.isFinite(se))
      return new Test(method, se, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY,
          "standard error is zero or undefined");
    double z = ab / se;
    return new Test(method, se, z, Inference.pValue(z, Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY, null);
  }
}
