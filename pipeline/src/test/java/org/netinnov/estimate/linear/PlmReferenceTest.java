package org.netinnov.estimate.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.netinnov.data.Panel;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;

/**
 * Every model and standard error of the plm reference files (R 4.2.2, plm 2.6-2; copied into the test resources,
 * see reference/README-linear.md) to a relative difference of 1e-6.
 */
class PlmReferenceTest {
  static final double TOL = 1e-6;
  static double maxRel = 0;
  static String maxWhere = "";

  static final Map<String, CovarianceSpec> SE = Map.of(
      "se_classical", CovarianceSpec.CLASSICAL,
      "se_white_hc1", CovarianceSpec.parse("hc1"),
      "se_cluster_hc0", CovarianceSpec.cluster("firm").withSmallSample(CovarianceSpec.SmallSample.HC0),
      "se_cluster_hc1", CovarianceSpec.cluster("firm").withSmallSample(CovarianceSpec.SmallSample.HC1),
      "se_cluster_stata", CovarianceSpec.cluster("firm"),
      "se_driscoll_kraay", CovarianceSpec.parse("driscoll_kraay"));

  @TestFactory
  Stream<DynamicTest> grunfeld() throws IOException {
    Panel p = PanelFixtures.readCsv("/reference/grunfeld.csv");
    return modelTests("grunfeld_plm.json", se -> PanelFixtures.grunfeld(p), false);
  }

  @TestFactory
  Stream<DynamicTest> empluk() throws IOException {
    Panel p = PanelFixtures.readCsv("/reference/empluk.csv");
    return modelTests("empluk_plm.json", se -> PanelFixtures.empluk(p), true);
  }

  @TestFactory
  Stream<DynamicTest> grunfeldGapsWithYearFollowingLags() throws IOException {
    JsonNode ref = read("grunfeld_gaps_lags_plm.json");
    Panel p = PanelFixtures.readCsv("/reference/grunfeld_gaps.csv");
    double[] value = p.numeric("value"), capital = p.numeric("capital");
    List<DynamicTest> tests = new ArrayList<>();
    for (String seKey : List.of("se_classical", "se_cluster_hc0", "se_cluster_stata")) {
      tests.add(DynamicTest.dynamicTest("gaps two-way within, " + seKey, () -> {
        Design d = PanelFixtures.over(p).y("inv", p.numeric("inv")).x("value", value)
            .x("lag(value, 1)", p.lag(value, 1)).x("lag(value, 2)", p.lag(value, 2)).x("capital", capital)
            .x("lag(capital, 1)", p.lag(capital, 1)).absorb("firm", "year").cluster("firm").build();
        CovarianceSpec se = SE.get(seKey);
        Fit f = LinearPanelModels.fit(withClusters(d, se), new LinearSpec(LinearSpec.Estimator.WITHIN,
            LinearSpec.Effect.TWOWAYS, se, false));
        assertThat(f.nobs()).isEqualTo(ref.get("nobs").asInt());
        assertThat(f.dfResidual()).isEqualTo(ref.get("df_residual").asDouble());
        close(f.r2(), ref.get("r_squared").asDouble(), "gaps r2");
        compareCoefficients(f, ref.get("coefficients"), seKey, "gaps");
      }));
    }
    return tests.stream();
  }

  private Stream<DynamicTest> modelTests(String file, Function<String, PanelFixtures.DesignSpec> base,
      boolean perFirmTheta) throws IOException {
    JsonNode models = read(file).get("models");
    List<DynamicTest> tests = new ArrayList<>();
    for (Iterator<String> it = models.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      JsonNode m = models.get(name);
      JsonNode firstCoef = m.get("coefficients").elements().next();
      for (Iterator<String> ks = firstCoef.fieldNames(); ks.hasNext(); ) {
        String key = ks.next();
        if (!key.startsWith("se_")) continue;
        tests.add(DynamicTest.dynamicTest(file + " " + name + " " + key, () -> {
          CovarianceSpec se = SE.get(key);
          var ds = base.apply(key).cluster("firm");
          LinearSpec spec = spec(name, se);
          if (spec.estimator() == LinearSpec.Estimator.WITHIN) {
            switch (name) {
              case "within_individual" -> ds.absorb("firm");
              case "within_time" -> ds.absorb("year");
              default -> ds.absorb("firm", "year");
            }
          }
          Design d = withClusters(ds.build(), se);
          Fit f = LinearPanelModels.fit(d, spec);
          String where = file + " " + name + " " + key;
          assertThat(f.nobs()).as(where + " nobs").isEqualTo(m.get("nobs").asInt());
          assertThat(f.dfResidual()).as(where + " df").isEqualTo(m.get("df_residual").asDouble());
          close(f.r2(), m.get("r_squared").asDouble(), where + " r2");
          close(f.adjR2(), m.get("adj_r_squared").asDouble(), where + " adj r2");
          compareCoefficients(f, m.get("coefficients"), key, where);
          if (m.has("sigma2_idios")) {
            close(f.stat("sigma2_idios"), m.get("sigma2_idios").asDouble(), where + " sigma2_idios");
            close(f.stat("sigma2_id"), m.get("sigma2_id").asDouble(), where + " sigma2_id");
            JsonNode th = m.get("theta");
            if (!perFirmTheta) {
              close(f.stat("theta"), th.asDouble(), where + " theta");
            } else {
              double[] perFirm = f.vectors().get("theta");
              assertThat(perFirm).hasSize(f.nFirms());
              assertThat(th.size()).isEqualTo(f.nobs());
              for (int i = 0; i < th.size(); i++) close(perFirm[d.firm()[i]], th.get(i).asDouble(), where + " theta " + i);
            }
          }
        }));
      }
    }
    return tests.stream();
  }

  private static LinearSpec spec(String model, CovarianceSpec se) {
    LinearSpec.Estimator e = switch (model) {
      case "pooling" -> LinearSpec.Estimator.POOLED;
      case "within_individual", "within_time", "within_twoways" -> LinearSpec.Estimator.WITHIN;
      case "random_individual_swar" -> LinearSpec.Estimator.RANDOM;
      case "first_difference" -> LinearSpec.Estimator.FD;
      case "between" -> LinearSpec.Estimator.BETWEEN;
      default -> throw new IllegalArgumentException(model);
    };
    LinearSpec.Effect eff = switch (model) {
      case "within_time" -> LinearSpec.Effect.TIME;
      case "within_twoways" -> LinearSpec.Effect.TWOWAYS;
      default -> LinearSpec.Effect.INDIVIDUAL;
    };
    return new LinearSpec(e, eff, se, false);
  }

  /** The runner passes clusters only when the covariance names them. */
  private static Design withClusters(Design d, CovarianceSpec se) {
    if (se.kind() == CovarianceSpec.Kind.CLUSTER) return d;
    return new Design(d.outcome(), d.y(), d.terms(), d.x(), d.intercept(), d.weights(), d.firm(), d.nFirms(),
        d.year(), d.absorb(), List.of(), d.rows());
  }

  private static void compareCoefficients(Fit f, JsonNode coefs, String seKey, String where) {
    assertThat(f.terms()).as(where + " terms").hasSize(coefs.size());
    for (Iterator<String> it = coefs.fieldNames(); it.hasNext(); ) {
      String term = it.next();
      int j = f.indexOf(term);
      assertThat(j).as(where + " term " + term).isGreaterThanOrEqualTo(0);
      close(f.coef()[j], coefs.get(term).get("estimate").asDouble(), where + " " + term + " estimate");
      close(f.se(j), coefs.get(term).get(seKey).asDouble(), where + " " + term + " " + seKey);
    }
  }

  static void close(double actual, double expected, String what) {
    double rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    synchronized (PlmReferenceTest.class) {
      if (rel > maxRel) {
        maxRel = rel;
        maxWhere = what;
      }
    }
    if (!(rel <= TOL)) assertThat(rel).as(what + ": got " + actual + ", plm " + expected).isLessThanOrEqualTo(TOL);
  }

  private static JsonNode read(String file) throws IOException {
    try (var in = PlmReferenceTest.class.getResourceAsStream("/reference/" + file)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @AfterAll
  static void report() {
    System.out.printf("PlmReferenceTest: max relative difference %.3g (%s)%n", maxRel, maxWhere);
  }
}
