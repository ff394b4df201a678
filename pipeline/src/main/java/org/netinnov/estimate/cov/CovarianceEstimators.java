package org.netinnov.estimate.cov;

import org.netinnov.estimate.CovarianceSpec;

/**
 * Computes the covariance asked for by a {@link CovarianceSpec}. Degrees of freedom for inference: classical and
 * HC → dfResidual; cluster → G − 1 (the smallest G of two-way clustering); Driscoll–Kraay → T − 1.
 */
public final class CovarianceEstimators {
  private CovarianceEstimators() {}

  public static CovarianceResult compute(CovarianceInput in, CovarianceSpec spec) {
    return switch (spec.kind()) {
      case CLASSICAL -> new CovarianceResult(ClassicalCovariance.compute(in), "classical", in.dfResidual());
      case HC0 -> hc(in, HeteroskedasticityRobustCovariance.Type.HC0);
      case HC1 -> hc(in, HeteroskedasticityRobustCovariance.Type.HC1);
      case HC2 -> hc(in, HeteroskedasticityRobustCovariance.Type.HC2);
      case HC3 -> hc(in, HeteroskedasticityRobustCovariance.Type.HC3);
      case CLUSTER -> ClusterRobustCovariance.compute(in, spec.ssc());
      case DRISCOLL_KRAAY -> DriscollKraayCovariance.compute(in, spec.lag());
    };
  }

  private static CovarianceResult hc(CovarianceInput in, HeteroskedasticityRobustCovariance.Type t) {
    return new CovarianceResult(HeteroskedasticityRobustCovariance.compute(in, t),
        "heteroskedasticity-robust " + t.name(), in.dfResidual());
  }
}
