package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Fit;

/**
 * Poisson with firm and year effects on count_panel.csv against the project reference (R 4.2.2 glm with dummies,
 * sandwich::vcovCL) and against the helper's own R figures (count_panel_poisson_extra.json). See
 * reference/count_README.md for what the reference's two cluster figures are.
 */
class PoissonReferenceTest {
  static final CountTestData.CountPanel DATA = new CountTestData.CountPanel();
  static final JsonNode REF = CountTestData.json("/reference/count_panel_poisson.json");
  static final JsonNode EXTRA = CountTestData.json("/reference/count_panel_poisson_extra.json");
  static final String[] TERMS = {"log(rd)", "network"};

  static Fit fit(CovarianceSpec se) {
    return CountModels.poisson(DATA.twoWay(List.of(DATA.firmFactor)), se);
  }

  static void assertRel(double actual, double expected, double tol) {
    assertThat(Math.abs(actual - expected) / Math.abs(expected)).as("%s vs %s", actual, expected).isLessThan(tol);
  }

  @Test void coefficientsSampleAndLikelihoodMatchReference() {
    Fit f = fit(CovarianceSpec.CLASSICAL);
    assertThat(f.terms()).containsExactly(TERMS);
    for (int j = 0; j < 2; j++) assertRel(f.coef()[j], REF.get("coefficients").get(TERMS[j]).get("estimate").asDouble(), 1e-6);
    assertThat(f.nobs()).isEqualTo(REF.get("nobs").asInt());
    assertThat(f.stat("dropped_groups")).isEqualTo(REF.get("dropped_all_zero_firms").asDouble());
    assertThat(f.stat("dropped_obs")).isEqualTo(1200 - 1096);
    assertThat(f.nFirms()).isEqualTo(137);
    assertRel(f.stat("loglik"), REF.get("log_likelihood").asDouble(), 1e-9);
    assertRel(f.stat("deviance"), REF.get("deviance").asDouble(), 1e-9);
    assertThat(f.stat("converged")).isEqualTo(1.0);
    assertThat(f.zInference()).isTrue();
    assertThat(f.rows()).hasSize(1096);
    assertThat(f.notes()).anyMatch(n -> n.contains("13 firm(s) removed"));
  }

  @Test void classicalStandardErrorsMatchReference() {
    Fit f = fit(CovarianceSpec.CLASSICAL);
    for (int j = 0; j < 2; j++) assertRel(f.se(j), REF.get("coefficients").get(TERMS[j]).get("se_classical").asDouble(), 1e-5);
    // against the exact MLE (R at epsilon 1e-12) the agreement is much tighter
    for (int j = 0; j < 2; j++) assertRel(f.se(j), EXTRA.get("se_classical").get(j).asDouble(), 1e-8);
  }

  @Test void clusteredStandardErrorsMatchReference() {
    Fit stata = fit(CovarianceSpec.cluster("firm"));                      // G/(G-1)
    Fit none = fit(CovarianceSpec.cluster("firm").withSmallSample(CovarianceSpec.SmallSample.HC0));
    double g = 137;
    for (int j = 0; j < 2; j++) {
      JsonNode c = REF.get("coefficients").get(TERMS[j]);
      // reference `se_cluster_hc0` is sandwich::vcovCL(type = "HC0"), which includes G/(G-1) by default
      assertRel(stata.se(j), c.get("se_cluster_hc0").asDouble(), 1e-5);
      // reference `se_cluster_g` applies G/(G-1) a second time (README of the copied figures)
      assertRel(stata.se(j) * Math.sqrt(g / (g - 1)), c.get("se_cluster_g").asDouble(), 1e-5);
      assertRel(none.se(j), EXTRA.get("se_cluster_hc0_no_factor").get(j).asDouble(), 1e-7);
      assertRel(stata.se(j), EXTRA.get("se_cluster_g").get(j).asDouble(), 1e-7);
    }
    assertThat(stata.stat("n_clusters")).isEqualTo(137);
    assertThat(stata.vcovType()).contains("G/(G-1)");
  }

  @Test void robustAndInformationCriteria() {
    Fit f = fit(CovarianceSpec.parse("hc0"));
    for (int j = 0; j < 2; j++) assertRel(f.se(j), EXTRA.get("se_hc0").get(j).asDouble(), 1e-7);
    Fit h1 = fit(CovarianceSpec.parse("robust"));
    for (int j = 0; j < 2; j++) assertRel(h1.se(j), f.se(j) * Math.sqrt(1096.0 / 1095.0), 1e-12);
    assertThat(f.stat("n_fe_params") + 2).isEqualTo(EXTRA.get("df_model").asDouble());
    double ll = f.stat("loglik");
    assertThat(f.stat("aic")).isCloseTo(-2 * ll + 2 * 146, within(1e-8));
    assertThat(f.stat("bic")).isCloseTo(-2 * ll + Math.log(1096) * 146, within(1e-8));
    assertRel(f.stat("loglik_null"), EXTRA.get("loglik_null").asDouble(), 1e-10);
    assertThat(f.stat("pseudo_r2")).isCloseTo(1 - ll / EXTRA.get("loglik_null").asDouble(), within(1e-10));
  }

  @Test void incidenceRateRatioIsExpOfCoefficientAndInterval() {
    Fit f = fit(CovarianceSpec.CLASSICAL);
    CountModels.Irr irr = CountModels.irr(f, 1, 0.95);
    double b = f.coef()[1], s = f.se(1);
    assertThat(irr.ratio()).isCloseTo(Math.exp(b), within(1e-12));
    assertThat(irr.lower()).isCloseTo(Math.exp(b - 1.959963984540054 * s), within(1e-9));
    assertThat(irr.upper()).isCloseTo(Math.exp(b + 1.959963984540054 * s), within(1e-9));
    assertThat(irr.term()).isEqualTo("network");
  }
}
