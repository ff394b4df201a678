package org.netinnov.estimate.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netinnov.estimate.linear.PlmReferenceTest.close;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.data.Panel;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.fe.FixedEffectsProjector;
import org.netinnov.estimate.linear.LinearSpec.Effect;
import org.netinnov.estimate.linear.LinearSpec.Estimator;

/**
 * Figures the shared plm files do not cover, computed with R (lm, plm, sandwich) by
 * reference/linear_extra_r.R into reference/linear_extra_r.json.
 */
class ExtraReferenceTest {
  static JsonNode ref;
  static Panel grunfeld;
  static Panel empluk;

  @BeforeAll
  static void load() throws IOException {
    try (var in = ExtraReferenceTest.class.getResourceAsStream("/reference/linear_extra_r.json")) {
      ref = new ObjectMapper().readTree(in);
    }
    grunfeld = PanelFixtures.readCsv("/reference/grunfeld.csv");
    empluk = PanelFixtures.readCsv("/reference/empluk.csv");
  }

  @org.junit.jupiter.api.AfterAll
  static void report() {
    System.out.printf("ExtraReferenceTest: max relative difference so far %.3g (%s)%n", PlmReferenceTest.maxRel,
        PlmReferenceTest.maxWhere);
  }

  private static void compare(Fit f, String key) {
    JsonNode r = ref.get(key);
    for (int j = 0; j < f.k(); j++) {
      close(f.coef()[j], r.get("coef").get(j).asDouble(), key + " coef " + j);
      if (r.has("se")) close(f.se(j), r.get("se").get(j).asDouble(), key + " se " + j);
    }
    assertThat(f.k()).isEqualTo(r.get("coef").size());
  }

  private static Fit pooled(CovarianceSpec se, String... clusters) {
    Design d = PanelFixtures.grunfeld(grunfeld).cluster(clusters).build();
    return LinearPanelModels.fit(d, LinearSpec.of(Estimator.POOLED).withSe(se));
  }

  @Test
  void twoWayClusteringAsSandwichVcovCL() {
    Fit stata = pooled(CovarianceSpec.cluster("firm", "year"), "firm", "year");
    compare(stata, "pooled_twoway_cluster_stata");
    assertThat(stata.dfInference()).isEqualTo(9); // min(10 firms, 20 years) − 1
    Fit hc0 = pooled(CovarianceSpec.cluster("firm", "year").withSmallSample(CovarianceSpec.SmallSample.HC0), "firm",
        "year");
    compare(hc0, "pooled_twoway_cluster_hc0");
  }

  @Test
  void heteroskedasticityRobustVariants() {
    compare(pooled(CovarianceSpec.parse("hc0")), "pooled_hc0");
    compare(pooled(CovarianceSpec.parse("hc2")), "pooled_hc2");
    compare(pooled(CovarianceSpec.parse("hc3")), "pooled_hc3");
    Design d = PanelFixtures.grunfeld(grunfeld).absorb("firm").build();
    compare(LinearPanelModels.fit(d, LinearSpec.of(Estimator.WITHIN).withSe(CovarianceSpec.parse("hc2"))), "within_hc2");
    compare(LinearPanelModels.fit(d, LinearSpec.of(Estimator.WITHIN).withSe(CovarianceSpec.parse("hc3"))), "within_hc3");
  }

  @Test
  void likelihoodInformationCriteriaAndF() {
    Fit p = pooled(CovarianceSpec.CLASSICAL);
    JsonNode r = ref.get("pooled_loglik");
    close(p.stat("loglik"), r.get("loglik").asDouble(), "pooled loglik");
    close(p.stat("aic"), r.get("aic").asDouble(), "pooled aic");
    close(p.stat("bic"), r.get("bic").asDouble(), "pooled bic");
    close(p.stat("f"), r.get("f").asDouble(), "pooled F");
    assertThat(p.stat("f_df1")).isEqualTo(2);
    assertThat(p.stat("f_df2")).isEqualTo(197);
    Fit w = LinearPanelModels.fit(PanelFixtures.grunfeld(grunfeld).absorb("firm").build(), LinearSpec.of(Estimator.WITHIN));
    JsonNode rw = ref.get("within_loglik");
    close(w.stat("loglik"), rw.get("loglik").asDouble(), "within loglik");
    close(w.stat("aic"), rw.get("aic").asDouble(), "within aic");
    close(w.stat("bic"), rw.get("bic").asDouble(), "within bic");
    close(w.stat("f"), ref.get("within_f").get("f").asDouble(), "within F");
    assertThat(w.stat("f_p")).isLessThan(1e-50);
    JsonNode s = ref.get("within_stata_r2");
    close(w.stat("r2_within"), s.get("within").asDouble(), "r2_within");
    close(w.stat("r2_between"), s.get("between").asDouble(), "r2_between");
    close(w.stat("r2_overall"), s.get("overall").asDouble(), "r2_overall");
    assertThat(w.stat("n_absorbed")).isEqualTo(10);
    assertThat(w.stat("rmse")).isEqualTo(Math.sqrt(w.stat("rss") / w.dfResidual()));
  }

  @Test
  void analyticWeights() {
    double[] wt = new double[grunfeld.rows()];
    for (int i = 0; i < wt.length; i++) wt[i] = ref.get("weights").get(i).asDouble();
    Fit p = LinearPanelModels.fit(PanelFixtures.grunfeld(grunfeld).weights(wt).build(), LinearSpec.of(Estimator.POOLED));
    compare(p, "pooled_weighted");
    close(p.r2(), ref.get("pooled_weighted").get("r2").asDouble(), "weighted r2");
    Fit w = LinearPanelModels.fit(PanelFixtures.grunfeld(grunfeld).weights(wt).absorb("firm").build(),
        LinearSpec.of(Estimator.WITHIN));
    compare(w, "within_weighted");
    for (var m : FixedEffectsProjector.Method.values()) {
      Fit tw = LinearPanelModels.fitDetailed(PanelFixtures.grunfeld(grunfeld).weights(wt).absorb("firm", "year").build(),
          LinearSpec.of(Estimator.WITHIN), m).fit();
      compare(tw, "twoways_weighted");
    }
  }

  @Test
  void randomEffectsOnTheTimeDimension() {
    Design g = PanelFixtures.over(grunfeld).y("capital", grunfeld.numeric("capital")).x("value", grunfeld.numeric("value"))
        .build();
    Fit f = LinearPanelModels.fit(g, LinearSpec.of(Estimator.RANDOM).withEffect(Effect.TIME));
    JsonNode r = ref.get("grunfeld_random_time");
    compare(f, "grunfeld_random_time");
    close(f.stat("sigma2_idios"), r.get("sigma2_idios").asDouble(), "sigma2_idios");
    close(f.stat("sigma2_time"), r.get("sigma2_time").asDouble(), "sigma2_time");
    close(f.stat("theta"), r.get("theta").asDouble(), "theta");
    close(f.r2(), r.get("r2").asDouble(), "r2");

    Design e = PanelFixtures.over(empluk).y("log(output)", PanelFixtures.log(empluk.numeric("output")))
        .x("log(capital)", PanelFixtures.log(empluk.numeric("capital"))).build();
    Fit fe = LinearPanelModels.fit(e, LinearSpec.of(Estimator.RANDOM).withEffect(Effect.TIME));
    JsonNode re = ref.get("empluk_random_time");
    compare(fe, "empluk_random_time");
    close(fe.stat("sigma2_time"), re.get("sigma2_time").asDouble(), "sigma2_time");
    close(fe.r2(), re.get("r2").asDouble(), "r2");
    double[] theta = fe.vectors().get("theta");
    assertThat(theta).hasSize(re.get("theta_by_year").size());
    for (int t = 0; t < theta.length; t++) close(theta[t], re.get("theta_by_year").get(t).asDouble(), "theta " + t);

    Fit z = LinearPanelModels.fit(PanelFixtures.grunfeld(grunfeld).build(),
        LinearSpec.of(Estimator.RANDOM).withEffect(Effect.TIME));
    compare(z, "grunfeld_random_time_zero");
    assertThat(z.stat("sigma2_time")).isZero();
    assertThat(z.notes()).anyMatch(s -> s.contains("negative Swamy–Arora"));
  }

  @Test
  void threeWayFixedEffectsAgreeWithDummies() {
    double[] grp = new double[grunfeld.rows()];
    for (int i = 0; i < grp.length; i++) grp[i] = (Integer.parseInt(grunfeld.firmLabel(grunfeld.firm()[i])) - 1) / 2;
    Panel p = grunfeld.withNumeric("grp", grp);
    Design d = PanelFixtures.grunfeld(p).absorb("firm", "year")
        .absorb(s -> Factor.interact(s.factor("grp"), s.factor("year"))).build();
    JsonNode r = ref.get("threeway_lm");
    Fit exact = LinearPanelModels.fitDetailed(d, LinearSpec.of(Estimator.WITHIN), FixedEffectsProjector.Method.EXACT).fit();
    compare(exact, "threeway_lm");
    assertThat(exact.dfResidual()).isEqualTo(r.get("df").asDouble());
    assertThat(exact.stat("n_absorbed")).isEqualTo(r.get("rank").asDouble() - 2); // lm rank = intercept + dummies + 2 slopes
    Fit ap = LinearPanelModels.fitDetailed(d, LinearSpec.of(Estimator.WITHIN), FixedEffectsProjector.Method.ALTERNATING)
        .fit();
    for (int j = 0; j < 2; j++) close(ap.coef()[j], r.get("coef").get(j).asDouble(), "AP three-way coef " + j);
    assertThat(ap.stat("fe_iterations")).isPositive();
  }
}
