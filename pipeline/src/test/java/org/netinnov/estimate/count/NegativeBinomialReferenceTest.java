package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;

/**
 * NB2 (and pooled Poisson) on count_nb2_panel.csv against R: MASS::glm.nb for the estimates, θ and the
 * log-likelihoods; the observed-Hessian and sandwich standard errors from numDeriv on R's own dnbinom
 * log-likelihood (count_nb2_glmnb.R, figures in count_nb2_glmnb.json).
 */
class NegativeBinomialReferenceTest {
  static final JsonNode R = CountTestData.json("/reference/count_nb2_glmnb.json");
  static final Map<String, List<String>> C = CountTestData.csv("/reference/count_nb2_panel.csv");
  static final int[] FIRM = CountTestData.ints(C.get("firm"));
  static final int[] YEAR = CountTestData.ints(C.get("year"));
  static final Factor FIRM_F = Factor.ofInts("firm", FIRM);
  static final Factor YEAR_F = Factor.ofInts("year", YEAR);
  static final Factor IND_F = Factor.ofStrings("industry", C.get("industry").toArray(new String[0]));
  static final double[] Y = CountTestData.num(C.get("y"));
  static final double[][] X = {CountTestData.num(C.get("x1")), CountTestData.num(C.get("x2"))};

  static Design nbDesign() {
    return CountTestData.design("y", Y, List.of("x1", "x2"), X, true, FIRM, YEAR, List.of(YEAR_F, IND_F),
        List.of(FIRM_F));
  }

  /** R's term names → ours: factor(year)2016 → year::2016. */
  static String ours(String r) {
    return r.replaceFirst("^factor\\((\\w+)\\)(.*)$", "$1::$2");
  }

  static void assertRel(double actual, double expected, double tol, String what) {
    assertThat(Math.abs(actual - expected) / Math.abs(expected)).as("%s: %s vs %s", what, actual, expected)
        .isLessThan(tol);
  }

  @Test void estimatesAlphaAndLikelihoodMatchGlmNb() {
    Fit f = CountModels.negativeBinomial(nbDesign(), CovarianceSpec.CLASSICAL);
    JsonNode terms = R.get("terms");
    assertThat(f.k()).isEqualTo(terms.size());
    for (int j = 0; j < terms.size(); j++) {
      int ours = f.indexOf(ours(terms.get(j).asText()));
      assertThat(ours).as(terms.get(j).asText()).isGreaterThanOrEqualTo(0);
      assertRel(f.coef()[ours], R.get("coef").get(j).asDouble(), 1e-6, terms.get(j).asText());
      assertRel(f.se(ours), R.get("se_classical").get(j).asDouble(), 1e-5, "se " + terms.get(j).asText());
    }
    assertRel(f.stat("alpha"), R.get("alpha").asDouble(), 1e-6, "alpha");
    assertRel(f.stat("theta"), R.get("theta").asDouble(), 1e-6, "theta");
    assertRel(f.stat("alpha_se"), R.get("alpha_se_classical").asDouble(), 1e-5, "alpha_se");
    assertRel(f.stat("loglik"), R.get("loglik").asDouble(), 1e-10, "loglik");
    assertRel(f.stat("loglik_null"), R.get("loglik_null").asDouble(), 1e-10, "loglik_null");
    assertRel(f.stat("loglik_poisson"), R.get("poisson").get("loglik").asDouble(), 1e-10, "poisson loglik");
    assertThat(f.stat("pseudo_r2")).isEqualTo(1 - f.stat("loglik") / f.stat("loglik_null"));
    assertThat(f.stat("converged")).isEqualTo(1.0);
    assertThat(f.nobs()).isEqualTo(R.get("nobs").asInt());
    assertThat(f.stat("lr_alpha0")).isGreaterThan(0);
  }

  @Test void robustAndClusteredSandwichMatchR() {
    Fit h = CountModels.negativeBinomial(nbDesign(), CovarianceSpec.parse("hc0"));
    Fit c = CountModels.negativeBinomial(nbDesign(), CovarianceSpec.cluster("firm"));
    JsonNode terms = R.get("terms");
    for (int j = 0; j < terms.size(); j++) {
      String t = ours(terms.get(j).asText());
      assertRel(h.se(h.indexOf(t)), R.get("se_hc0").get(j).asDouble(), 1e-5, "hc0 " + t);
      assertRel(c.se(c.indexOf(t)), R.get("se_cluster_g").get(j).asDouble(), 1e-5, "cluster " + t);
    }
    assertRel(h.stat("alpha_se"), R.get("alpha_se_hc0").asDouble(), 1e-5, "alpha_se hc0");
    assertRel(c.stat("alpha_se"), R.get("alpha_se_cluster_g").asDouble(), 1e-5, "alpha_se cluster");
    assertThat(c.stat("n_clusters")).isEqualTo(R.get("n_clusters").asDouble());
  }

  @Test void pooledPoissonMatchesGlm() {
    // the same model as explicit dummy columns with an intercept: the pooled path
    List<String> names = new ArrayList<>(List.of("x1", "x2"));
    List<double[]> cols = new ArrayList<>(List.of(X[0], X[1]));
    PoissonAbsorptionPropertyTest.addDummies(YEAR_F, names, cols);
    PoissonAbsorptionPropertyTest.addDummies(IND_F, names, cols);
    Design d = CountTestData.design("y", Y, names, cols.toArray(new double[0][]), true, FIRM, YEAR, List.of(),
        List.of(FIRM_F));
    JsonNode p = R.get("poisson");
    Fit cl = CountModels.poisson(d, CovarianceSpec.CLASSICAL);
    Fit h0 = CountModels.poisson(d, CovarianceSpec.parse("hc0"));
    Fit h1 = CountModels.poisson(d, CovarianceSpec.parse("hc1"));
    Fit cg = CountModels.poisson(d, CovarianceSpec.cluster("firm"));
    Fit cn = CountModels.poisson(d, CovarianceSpec.cluster("firm").withSmallSample(CovarianceSpec.SmallSample.HC0));
    assertThat(cl.terms().get(0)).isEqualTo("(Intercept)");
    for (int j = 0; j < cl.k(); j++) {
      assertRel(cl.coef()[j], p.get("coef").get(j).asDouble(), 1e-8, "coef " + j);
      assertRel(cl.se(j), p.get("se_classical").get(j).asDouble(), 1e-7, "classical " + j);
      assertRel(h0.se(j), p.get("se_hc0").get(j).asDouble(), 1e-7, "hc0 " + j);
      assertRel(h1.se(j), p.get("se_hc1_n_over_n_minus_1").get(j).asDouble(), 1e-7, "hc1 " + j);
      assertRel(cg.se(j), p.get("se_cluster_g").get(j).asDouble(), 1e-7, "cluster G/(G-1) " + j);
      assertRel(cn.se(j), p.get("se_cluster_none").get(j).asDouble(), 1e-7, "cluster none " + j);
    }
    // two-way clustering (firm, year) without small-sample factor: V_firm + V_year − V_firm×year
    Design d2 = CountTestData.design("y", Y, names, cols.toArray(new double[0][]), true, FIRM, YEAR, List.of(),
        List.of(FIRM_F, YEAR_F));
    Fit c2 = CountModels.poisson(d2,
        CovarianceSpec.cluster("firm", "year").withSmallSample(CovarianceSpec.SmallSample.HC0));
    JsonNode two = p.get("se_cluster_firm_year_none");
    for (int j = 0; j < c2.k(); j++) {
      if (two.get(j).isTextual()) assertThat(c2.se(j)).as("R gives NaN for %d", j).isNaN();
      else assertRel(c2.se(j), two.get(j).asDouble(), 1e-7, "two-way " + j);
    }
    assertThat(c2.notes()).anyMatch(n -> n.contains("negative variance"));
    assertRel(cl.stat("deviance"), p.get("deviance").asDouble(), 1e-10, "deviance");
    assertRel(cl.stat("loglik_null"), p.get("loglik_null").asDouble(), 1e-10, "loglik_null");
  }

  @Test void poissonWithAbsorbedYearAndIndustryHasTheDummySlopes() {
    Design d = CountTestData.design("y", Y, List.of("x1", "x2"), X, true, FIRM, YEAR, List.of(YEAR_F, IND_F),
        List.of());
    Fit f = CountModels.poisson(d, CovarianceSpec.CLASSICAL);
    JsonNode p = R.get("poisson");
    for (int j = 0; j < 2; j++) {
      assertRel(f.coef()[j], p.get("coef").get(j + 1).asDouble(), 1e-8, "coef");
      assertRel(f.se(j), p.get("se_classical").get(j + 1).asDouble(), 1e-7, "se");
    }
    assertRel(f.stat("loglik"), p.get("loglik").asDouble(), 1e-11, "loglik");
  }

  @Test void frequencyWeightsEqualDuplicatedRows() {
    int n = Y.length, m = 0;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1 + i % 3;
      m += (int) w[i];
    }
    double[] y = new double[m], x1 = new double[m], x2 = new double[m];
    int[] firm = new int[m], year = new int[m];
    String[] ind = new String[m];
    for (int i = 0, r = 0; i < n; i++)
      for (int c = 0; c < w[i]; c++, r++) {
        y[r] = Y[i];
        x1[r] = X[0][i];
        x2[r] = X[1][i];
        firm[r] = FIRM[i];
        year[r] = YEAR[i];
        ind[r] = C.get("industry").get(i);
      }
    Design base = nbDesign();
    Design weighted = new Design("y", Y, base.terms(), X, true, w, base.firm(), base.nFirms(), base.year(),
        base.absorb(), base.clusters(), base.rows());
    Factor ff = Factor.ofInts("firm", firm);
    Design dup = CountTestData.design("y", y, List.of("x1", "x2"), new double[][] {x1, x2}, true, firm, year,
        List.of(Factor.ofInts("year", year), Factor.ofStrings("industry", ind)), List.of(ff));
    for (CovarianceSpec se : List.of(CovarianceSpec.CLASSICAL, CovarianceSpec.cluster("firm"))) {
      Fit fw = CountModels.negativeBinomial(weighted, se), fd = CountModels.negativeBinomial(dup, se);
      assertThat(fw.terms()).isEqualTo(fd.terms());
      for (int j = 0; j < fw.k(); j++) {
        assertRel(fw.coef()[j], fd.coef()[j], 1e-8, "coef " + fw.terms().get(j));
        assertRel(fw.se(j), fd.se(j), 1e-7, "se " + fw.terms().get(j));
      }
      assertRel(fw.stat("alpha"), fd.stat("alpha"), 1e-8, "alpha");
      assertRel(fw.stat("alpha_se"), fd.stat("alpha_se"), 1e-7, "alpha_se");
      assertRel(fw.stat("loglik"), fd.stat("loglik"), 1e-11, "loglik");
    }
  }

  @Test void nonConvergenceIsReportedNotHidden() {
    Fit nb = CountModels.negativeBinomial(nbDesign(), CovarianceSpec.CLASSICAL,
        CountOptions.DEFAULT.withMaxIterations(1));
    assertThat(nb.stat("converged")).isEqualTo(0.0);
    assertThat(nb.stat("iterations")).isEqualTo(1.0);
    assertThat(nb.notes()).anyMatch(n -> n.contains("did not converge"));
    Fit po = CountModels.poisson(nbDesign(), CovarianceSpec.CLASSICAL, CountOptions.DEFAULT.withMaxIterations(2));
    assertThat(po.stat("converged")).isEqualTo(0.0);
    assertThat(po.notes()).anyMatch(n -> n.contains("IRLS did not converge in 2 iterations"));
    assertThat(java.util.Arrays.stream(po.coef()).allMatch(Double::isFinite)).isTrue();
  }

  @Test void unusableOutcomesAndSpecsThrowClearly() {
    double[] neg = Y.clone();
    neg[3] = -1;
    assertThatThrownBy(() -> CountModels.poisson(withY(neg), CovarianceSpec.CLASSICAL))
        .isInstanceOf(CountModelException.class).hasMessageContaining("non-negative integer");
    double[] frac = Y.clone();
    frac[5] = 1.5;
    assertThatThrownBy(() -> CountModels.negativeBinomial(withY(frac), CovarianceSpec.CLASSICAL))
        .isInstanceOf(CountModelException.class).hasMessageContaining("non-negative integer");
    assertThatThrownBy(() -> CountModels.poisson(withY(new double[Y.length]), CovarianceSpec.CLASSICAL))
        .isInstanceOf(CountModelException.class).hasMessageContaining("zero in every row");
    assertThatThrownBy(() -> CountModels.poisson(nbDesign(), CovarianceSpec.parse("driscoll_kraay")))
        .isInstanceOf(CountModelException.class).hasMessageContaining("not available for count models");
    assertThatThrownBy(() -> CountModels.poisson(nbDesign(), CovarianceSpec.cluster("firm", "year")))
        .isInstanceOf(CountModelException.class).hasMessageContaining("needs 2 cluster variable(s)");
  }

  @Test void allZeroFirmsAreDroppedAndCounted() {
    // zero the outcome of every third firm: those firms carry no information and must be dropped and counted
    double[] y = Y.clone();
    boolean[] zeroed = new boolean[FIRM_F.levels()];
    for (int f = 0; f < zeroed.length; f += 3) zeroed[f] = true;
    int rows = 0;
    for (int i = 0; i < y.length; i++)
      if (zeroed[FIRM_F.codes()[i]]) {
        y[i] = 0;
        rows++;
      }
    int zeroFirms = 0;
    double[] total = new double[zeroed.length];
    for (int i = 0; i < y.length; i++) total[FIRM_F.codes()[i]] += y[i];
    for (double t : total) if (t == 0) zeroFirms++;   // includes firms that were all-zero already
    Design d = CountTestData.design("y", y, List.of("x1"), new double[][] {X[0]}, true, FIRM, YEAR,
        List.of(FIRM_F, YEAR_F), List.of(FIRM_F));
    Fit fit = CountModels.poisson(d, CovarianceSpec.cluster("firm"));
    assertThat(fit.stat("dropped_groups")).isEqualTo(zeroFirms);
    assertThat(fit.stat("dropped_obs")).isGreaterThanOrEqualTo(rows);
    assertThat(fit.nFirms()).isEqualTo(FIRM_F.levels() - zeroFirms);
    assertThat(fit.stat("n_clusters")).isEqualTo(FIRM_F.levels() - zeroFirms);
    assertThat(fit.nobs() + (int) fit.stat("dropped_obs")).isEqualTo(Y.length);
  }

  static Design withY(double[] y) {
    return CountTestData.design("y", y, List.of("x1", "x2"), X, true, FIRM, YEAR, List.of(YEAR_F, IND_F),
        List.of(FIRM_F));
  }
}
