package org.netinnov.diagnose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.linear.LinearFitDetail;
import org.netinnov.estimate.linear.LinearPanelModels;
import org.netinnov.estimate.linear.LinearSpec;

/**
 * The regressions a battery of specification tests is computed from: pooled OLS, within (firm, year, firm and
 * year), random effects (Swamy–Arora, firm) and first differences of {@code outcome ~ regressors} on one sample, all
 * with classical covariances (plm's defaults, which the reference figures use). Each is fitted once, when a test
 * first asks for it; a regression that cannot be fitted is remembered with the reason.
 */
public final class PanelRegressionSet {
  /** The regressions of the battery. */
  public enum Kind { POOLED, WITHIN_INDIVIDUAL, WITHIN_TIME, WITHIN_TWOWAYS, RANDOM_INDIVIDUAL, FD }

  /** A fitted regression, or why it could not be fitted. */
  public record Fitted(LinearFitDetail detail, String failure) {
    public boolean ok() { return detail != null; }
  }

  private final Design base;
  private final String firmName;
  private final String yearName;
  private final Map<Kind, Fitted> cache = new EnumMap<>(Kind.class);

  /**
   * @param base     outcome and regressors on the sample (absorb, clusters and weights are ignored)
   * @param firmName name of the firm column (labels of the absorbed factor)
   * @param yearName name of the year column
   */
  public PanelRegressionSet(Design base, String firmName, String yearName) {
    this.base = new Design(base.outcome(), base.y(), base.terms(), base.x(), base.intercept(), null, base.firm(),
        base.nFirms(), base.year(), List.of(), List.of(), base.rows());
    this.firmName = firmName;
    this.yearName = yearName;
  }

  public Design base() { return base; }

  public Fitted get(Kind kind) {
    return cache.computeIfAbsent(kind, k -> attempt(() -> fit(k)));
  }

  private LinearFitDetail fit(Kind kind) {
    LinearSpec.Estimator est = switch (kind) {
      case POOLED -> LinearSpec.Estimator.POOLED;
      case WITHIN_INDIVIDUAL, WITHIN_TIME, WITHIN_TWOWAYS -> LinearSpec.Estimator.WITHIN;
      case RANDOM_INDIVIDUAL -> LinearSpec.Estimator.RANDOM;
      case FD -> LinearSpec.Estimator.FD;
    };
    LinearSpec.Effect effect = switch (kind) {
      case WITHIN_TIME -> LinearSpec.Effect.TIME;
      case WITHIN_TWOWAYS -> LinearSpec.Effect.TWOWAYS;
      default -> LinearSpec.Effect.INDIVIDUAL;
    };
    Design d = base;
    if (est == LinearSpec.Estimator.WITHIN) {
      List<Factor> absorb = switch (kind) {
        case WITHIN_TIME -> List.of(yearFactor());
        case WITHIN_TWOWAYS -> List.of(firmFactor(), yearFactor());
        default -> List.of(firmFactor());
      };
      d = new Design(base.outcome(), base.y(), base.terms(), base.x(), base.intercept(), null, base.firm(),
          base.nFirms(), base.year(), absorb, List.of(), base.rows());
    }
    return LinearPanelModels.fitDetailed(d, new LinearSpec(est, effect, CovarianceSpec.CLASSICAL, false));
  }

  private Factor firmFactor() {
    String[] labels = new String[base.nFirms()];
    for (int i = 0; i < labels.length; i++) labels[i] = Integer.toString(i);
    return new Factor(firmName, base.firm(), labels);
  }

  private Factor yearFactor() {
    return Factor.ofInts(yearName, base.year());
  }

  private static Fitted attempt(Supplier<LinearFitDetail> s) {
    try {
      return new Fitted(s.get(), null);
    } catch (RuntimeException e) {
      return new Fitted(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
