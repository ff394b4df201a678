package org.netinnov.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netinnov.index.IndicatorFixture.NAMES;
import static org.netinnov.index.IndicatorFixture.NEGATIVE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;

/**
 * Entropy, z-score and PCA indices and the reliability diagnostics against R (psych, base R) figures in
 * {@code reference/indicators_index.json}, to a relative difference of 1e-8 (absolute for values below 1).
 */
class IndexReferenceTest {
  static final double TOL = 1e-8;
  static JsonNode ref;
  static IndicatorFixture data;
  static Panel panel;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = IndexReferenceTest.class.getResourceAsStream("/reference/indicators_index.json")) {
      ref = new ObjectMapper().readTree(in);
    }
    data = IndicatorFixture.load();
    panel = data.panel();
    // the reference vectors are in file order; the panel must be in the same order for the element comparisons
    for (int i = 0; i < data.rows(); i++) {
      assertThat(panel.firmLabel(panel.firm()[i])).isEqualTo(data.firm[i]);
      assertThat(panel.year()[i]).isEqualTo(data.year[i]);
    }
  }

  static void close(double actual, double expected, String what) {
    assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(TOL * Math.max(1, Math.abs(expected)));
  }

  static void closeVector(double[] actual, JsonNode expected, String what) {
    assertThat(actual).hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) close(actual[i], expected.get(i).asDouble(), what + "[" + i + "]");
  }

  static void closeByName(double[] actual, JsonNode expected, String what) {
    assertThat(actual).hasSize(NAMES.size());
    for (int j = 0; j < NAMES.size(); j++)
      close(actual[j], expected.get(NAMES.get(j)).asDouble(), what + " " + NAMES.get(j));
  }

  @Test
  void referenceDescribesOurIndicatorsAndDirections() {
    for (int j = 0; j < NAMES.size(); j++) {
      assertThat(ref.get("indicators").get(j).asText()).isEqualTo(NAMES.get(j));
      assertThat(ref.get("directions").get(j).asInt()).isEqualTo(NEGATIVE.contains(NAMES.get(j)) ? -1 : 1);
    }
  }

  @Test
  void entropyWeightsEntropiesAndIndex() {
    IndexResult r = IndicatorFixture.build(panel, "government", IndexSpec.of("entropy", NAMES, NEGATIVE));
    DimensionReport rep = r.report("government");
    closeByName(rep.entropy(), ref.get("entropy").get("entropy"), "entropy");
    closeByName(rep.weights(), ref.get("entropy").get("weights"), "entropy weight");
    closeVector(r.panel().numeric("government"), ref.get("entropy").get("index"), "entropy index");
    assertThat(rep.nUsed()).isEqualTo(40);
    assertThat(rep.nMissing()).isZero();
  }

  @Test
  void zscoreIndex() {
    IndexResult r = IndicatorFixture.build(panel, "government", IndexSpec.of("zscore", NAMES, NEGATIVE));
    closeVector(r.panel().numeric("government"), ref.get("zscore").get("index"), "zscore index");
  }

  @Test
  void pcaLoadingsEigenvalueShareAndScores() {
    IndexResult r = IndicatorFixture.build(panel, "government", IndexSpec.of("pca", NAMES, NEGATIVE));
    DimensionReport rep = r.report("government");
    JsonNode pca = ref.get("pca");
    closeByName(rep.weights(), pca.get("loadings"), "loading");
    close(rep.eigenvalue(), pca.get("eigenvalue").asDouble(), "eigenvalue");
    close(rep.explainedShare(), pca.get("explained_variance_ratio").asDouble(), "explained share");
    closeVector(r.panel().numeric("government"), pca.get("scores"), "pca score");
  }

  @Test
  void cronbachKmoBartlett() {
    // the diagnostics do not depend on the method
    Reliability rel = IndicatorFixture.build(panel, "government", IndexSpec.of("minmax", NAMES, NEGATIVE))
        .report("government").reliability();
    assertThat(rel.n()).isEqualTo(40);
    close(rel.alphaRaw(), ref.get("cronbach_alpha_raw").asDouble(), "alpha raw");
    close(rel.alphaStd(), ref.get("cronbach_alpha_std").asDouble(), "alpha std");
    close(rel.kmo(), ref.get("kmo_overall").asDouble(), "KMO");
    closeByName(rel.kmoPerItem(), ref.get("kmo_per_item"), "KMO item");
    JsonNode b = ref.get("bartlett");
    close(rel.bartlett().chisq(), b.get("chisq").asDouble(), "Bartlett chi2");
    assertThat(rel.bartlett().df()).isEqualTo(b.get("df").asInt());
    double p = b.get("p_value").asDouble();
    // p is ~7.6e-15: compare relatively, an absolute 1e-8 would accept 0
    assertThat(Math.abs(rel.bartlett().pValue() - p)).isLessThanOrEqualTo(TOL * p);
    assertThat(rel.kmoLabel()).isEqualTo("middling");
    assertThat(rel.kmoPerItemLabels()).containsExactly("middling", "middling", "meritorious", "meritorious");
    assertThat(rel.problems()).isEmpty();
  }

  @Test
  void pooledIndexDoesNotDependOnFirmIdsAndYears() {
    // invented ids: every row its own firm, all in one year; the pooled index of each observation is unchanged
    int n = data.rows();
    String[] firm = new String[n];
    int[] year = new int[n];
    for (int i = 0; i < n; i++) {
      firm[i] = "f" + (1000 + i);
      year[i] = 2020;
    }
    Panel p = IndicatorFixture.panel(firm, year, data.cols);
    IndexResult r = IndicatorFixture.build(p, "government", IndexSpec.of("entropy", NAMES, NEGATIVE));
    closeVector(r.panel().numeric("government"), ref.get("entropy").get("index"), "entropy index");
  }
}
