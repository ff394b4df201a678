package org.netinnov.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.netinnov.index.IndicatorFixture.NAMES;
import static org.netinnov.index.IndicatorFixture.NEGATIVE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/** Closed-form cases, missing-value rules, by-year scope, warnings and error messages of {@link IndexBuilder}. */
class IndexBuilderTest {
  static final double NaN = Double.NaN;
  static final double EPS = 1e-12;

  /** One firm per row, all in {@code year}, numeric columns named a, b, c, ... */
  static Panel panel(double[]... cols) {
    int n = cols[0].length;
    String[] firm = new String[n];
    int[] year = new int[n];
    for (int i = 0; i < n; i++) {
      firm[i] = String.valueOf(i + 1);
      year[i] = 2020;
    }
    PanelBuilder b = new PanelBuilder("firm", "year", firm, year);
    for (int j = 0; j < cols.length; j++) b.numeric(String.valueOf((char) ('a' + j)), cols[j]);
    return b.build();
  }

  static IndexResult build(Panel p, IndexSpec spec) {
    return IndicatorFixture.build(p, "net", spec);
  }

  static IndexSpec spec(String method, List<String> ind, List<String> neg, Map<String, Double> w, String scope,
      String missing, Double minShare) {
    return new IndexSpec(method, ind, neg, w, scope, missing, minShare);
  }

  @Test
  void minmaxIsTheMeanOfDirectionAwareScores() {
    // a: r = 0, .5, 1; b negative: r = 1 - (0, 1, .5) = 1, 0, .5
    Panel p = panel(new double[] {1, 2, 3}, new double[] {10, 30, 20});
    IndexResult r = build(p, IndexSpec.of("minmax", List.of("a", "b"), List.of("b")));
    assertThat(r.panel().numeric("net")).containsExactly(new double[] {0.5, 0.25, 0.75}, within(EPS));
    assertThat(r.report("net").weights()).containsExactly(0.5, 0.5);
    assertThat(r.report("net").directions()).containsExactly(1, -1);
  }

  @Test
  void fixedWeightsAreDividedByTheirSum() {
    Panel p = panel(new double[] {1, 2, 3}, new double[] {10, 30, 20});
    IndexResult r = build(p, spec("weights", List.of("a", "b"), List.of("b"), Map.of("a", 3.0, "b", 1.0), null, null,
        null));
    assertThat(r.report("net").weights()).containsExactly(new double[] {0.75, 0.25}, within(EPS));
    // .75 r_a + .25 r_b
    assertThat(r.panel().numeric("net")).containsExactly(new double[] {0.25, 0.375, 0.875}, within(EPS));
  }

  @Test
  void listwiseDeletionAndAvailableIndicators() {
    double[] a = {0, 1, 2, NaN, NaN};
    double[] b = {0, 2, NaN, 4, NaN};
    List<String> ab = List.of("a", "b");
    // listwise: scaled on the 2 complete rows, the others missing
    IndexResult lw = build(panel(a, b), IndexSpec.of("minmax", ab, null));
    assertThat(lw.panel().numeric("net")).containsExactly(new double[] {0, 1, NaN, NaN, NaN}, within(EPS));
    assertThat(lw.report("net").nUsed()).isEqualTo(2);
    assertThat(lw.report("net").nMissing()).isEqualTo(3);
    // available (min share 0.5 = 1 of 2): each indicator scaled on its present values of the eligible rows,
    // a: 0, .5, 1 ; b: 0, .5, 1 ; a row's index is the mean of its present scores
    IndexResult av = build(panel(a, b), spec("minmax", ab, null, null, null, "available", null));
    assertThat(av.panel().numeric("net")).containsExactly(new double[] {0, 0.5, 1, 1, NaN}, within(EPS));
    assertThat(av.report("net").nUsed()).isEqualTo(4);
    assertThat(av.report("net").nMissing()).isEqualTo(1);
    // min share 0.75 of 2 indicators needs both: as listwise
    IndexResult strict = build(panel(a, b), spec("minmax", ab, null, null, null, "available", 0.75));
    assertThat(strict.panel().numeric("net")).containsExactly(new double[] {0, 1, NaN, NaN, NaN}, within(EPS));
    // diagnostics always use the complete cases
    assertThat(av.report("net").reliability().n()).isEqualTo(2);
  }

  @Test
  void entropyWeightsAreRenormalisedOverThePresentIndicators() {
    Random rnd = new Random(7);
    int n = 30;
    double[][] x = new double[3][n];
    for (int i = 0; i < n; i++) {
      double f = rnd.nextGaussian();
      for (int j = 0; j < 3; j++) x[j][i] = f + 0.7 * rnd.nextGaussian();
    }
    x[2][4] = NaN;
    x[0][9] = NaN;
    IndexResult r = build(panel(x), spec("entropy", List.of("a", "b", "c"), null, null, null, "available", null));
    double[] w = r.report("net").weights();
    double[] idx = r.panel().numeric("net");
    double[][] s = new double[3][];
    for (int j = 0; j < 3; j++) s[j] = minMaxOverPresent(x[j]);
    assertThat(idx[4]).isCloseTo((w[0] * s[0][4] + w[1] * s[1][4]) / (w[0] + w[1]), within(EPS));
    assertThat(idx[9]).isCloseTo((w[1] * s[1][9] + w[2] * s[2][9]) / (w[1] + w[2]), within(EPS));
    assertThat(idx[0]).isCloseTo(w[0] * s[0][0] + w[1] * s[1][0] + w[2] * s[2][0], within(EPS));
  }

  @Test
  void pcaOnAPartialRowIsTheLeastSquaresProjection() {
    IndicatorFixture d = IndicatorFixture.load();
    double[][] cols = d.cols.clone();
    cols[1] = cols[1].clone();
    cols[1][5] = NaN;
    IndexResult r = IndicatorFixture.build(d.panel(cols), "net",
        new IndexSpec("pca", NAMES, NEGATIVE, null, null, "available", 0.75));
    double[] v = r.report("net").weights();
    double num = 0, den = 0;
    for (int j = 0; j < 4; j++) {
      if (j == 1) continue;
      double z = standardizedOverPresent(cols[j])[5] * (j == 3 ? -1 : 1);
      num += v[j] * z;
      den += v[j] * v[j];
    }
    assertThat(r.panel().numeric("net")[5]).isCloseTo(num / den, within(EPS));
    assertThat(r.report("net").reliability().n()).isEqualTo(39);
  }

  @Test
  void byYearFitsEachYearLikeAPooledIndexOfThatYear() {
    IndicatorFixture d = IndicatorFixture.load();
    Panel p = d.panel();
    IndexSpec byYear = new IndexSpec("entropy", NAMES, NEGATIVE, null, "by_year", null, null);
    IndexResult r = IndicatorFixture.build(p, "net", byYear);
    DimensionReport rep = r.report("net");
    assertThat(rep.byYear()).hasSize(4);
    double[] meanW = new double[4];
    for (YearWeights yw : rep.byYear()) {
      boolean[] keep = new boolean[p.rows()];
      for (int i = 0; i < keep.length; i++) keep[i] = p.year()[i] == yw.year();
      Panel one = p.filter(keep);
      IndexResult pooled = IndicatorFixture.build(one, "net", IndexSpec.of("entropy", NAMES, NEGATIVE));
      assertThat(yw.weights()).containsExactly(pooled.report("net").weights(), within(EPS));
      assertThat(yw.entropy()).containsExactly(pooled.report("net").entropy(), within(EPS));
      assertThat(yw.n()).isEqualTo(10);
      double[] all = r.panel().numeric("net");
      double[] sub = pooled.panel().numeric("net");
      for (int i = 0, s = 0; i < keep.length; i++) if (keep[i]) assertThat(all[i]).isCloseTo(sub[s++], within(EPS));
      for (int j = 0; j < 4; j++) meanW[j] += yw.weights()[j] / 4;
    }
    assertThat(rep.weights()).containsExactly(meanW, within(EPS));
    assertThat(rep.warnings()).anyMatch(w -> w.contains("by_year"));
  }

  @Test
  void meanIndexByYear() {
    IndicatorFixture d = IndicatorFixture.load();
    IndexResult r = IndicatorFixture.build(d.panel(), "net", IndexSpec.of("zscore", NAMES, NEGATIVE));
    DimensionReport rep = r.report("net");
    assertThat(rep.years()).containsExactly(2016, 2017, 2018, 2019);
    double[] idx = r.panel().numeric("net");
    for (int t = 0; t < 4; t++) {
      double s = 0;
      int c = 0;
      for (int i = 0; i < idx.length; i++) if (d.year[i] == rep.years()[t]) { s += idx[i]; c++; }
      assertThat(rep.meanByYear()[t]).isCloseTo(s / c, within(EPS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"entropy", "zscore", "minmax", "pca", "weights"})
  void zeroRangeIndicatorIsNamed(String method) {
    Panel p = panel(new double[] {1, 2, 3, 5}, new double[] {4, 4, 4, 4}, new double[] {2, 1, 0, 3});
    Map<String, Double> w = method.equals("weights") ? Map.of("a", 1.0, "b", 1.0, "c", 1.0) : null;
    assertThatThrownBy(() -> build(p, spec(method, List.of("a", "b", "c"), null, w, null, null, null)))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("index `net`, indicator `b`")
        .hasMessageContaining("zero range")
        .satisfies(e -> assertThat(((IndexException) e).indicator()).isEqualTo("b"));
  }

  @Test
  void zeroRangeInOneYearNamesTheYear() {
    PanelBuilder b = new PanelBuilder("firm", "year", new String[] {"1", "2", "1", "2"}, new int[] {2019, 2019, 2020, 2020});
    b.numeric("a", new double[] {1, 2, 3, 4}).numeric("b", new double[] {5, 5, 1, 2});
    Panel p = b.build();
    assertThat(finite(build(p, IndexSpec.of("minmax", List.of("a", "b"), null)).panel().numeric("net"))).isTrue();
    assertThatThrownBy(() -> build(p, spec("minmax", List.of("a", "b"), null, null, "by_year", null, null)))
        .hasMessageContaining("indicator `b`").hasMessageContaining("in year 2019");
  }

  @Test
  void otherBuildErrors() {
    Panel p = panel(new double[] {1, 2, 3}, new double[] {3, 1, 2});
    assertThatThrownBy(() -> build(p, IndexSpec.of("zscore", List.of("a", "missing_col"), null)))
        .isInstanceOf(IndexException.class).hasMessageContaining("`missing_col`").hasMessageContaining("no such column");
    assertThatThrownBy(() -> build(p, IndexSpec.of("zscore", List.of("a", "year"), null)))
        .hasMessageContaining("not a numeric variable");
    Panel inf = panel(new double[] {1, Double.POSITIVE_INFINITY, 3}, new double[] {3, 1, 2});
    assertThatThrownBy(() -> build(inf, IndexSpec.of("zscore", List.of("a", "b"), null)))
        .hasMessageContaining("infinite value at firm 2, year 2020");
    var clash = new LinkedHashMap<String, IndexSpec>();
    clash.put("a", IndexSpec.of("zscore", List.of("a", "b"), null));
    assertThatThrownBy(() -> IndexBuilder.build(p, clash)).hasMessageContaining("already has a column `a`");
    Panel thin = panel(new double[] {1, NaN, 3}, new double[] {3, 1, NaN});
    assertThatThrownBy(() -> build(thin, IndexSpec.of("minmax", List.of("a", "b"), null)))
        .hasMessageContaining("only 1 firm-year(s)");
  }

  @Test
  void laterDimensionsMayUseEarlierIndices() {
    IndicatorFixture d = IndicatorFixture.load();
    var dims = new LinkedHashMap<String, IndexSpec>();
    dims.put("gov", IndexSpec.of("zscore", List.of("subsidy_ratio", "political_tie"), null));
    dims.put("all", IndexSpec.of("minmax", List.of("gov", "donation_ratio"), null));
    IndexResult r = IndexBuilder.build(d.panel(), dims);
    assertThat(r.reports()).extracting(DimensionReport::dimension).containsExactly("gov", "all");
    assertThat(r.panel().numeric("all")).hasSize(40);
    assertThat(finite(r.panel().numeric("all"))).isTrue();
  }

  @Test
  void misdeclaredDirectionIsFlagged() {
    IndicatorFixture d = IndicatorFixture.load();
    DimensionReport rep = IndicatorFixture.build(d.panel(), "net", IndexSpec.of("pca", NAMES, null)).report("net");
    assertThat(rep.warnings())
        .anyMatch(w -> w.contains("`supplier_top5_share` correlates negatively with the other indicators"))
        .anyMatch(w -> w.contains("`supplier_top5_share` loads negatively"));
    DimensionReport ok = IndicatorFixture.build(d.panel(), "net", IndexSpec.of("pca", NAMES, NEGATIVE)).report("net");
    assertThat(ok.warnings()).isEmpty();
  }

  @Test
  void unrelatedIndicatorsGiveAlphaAndKmoWarnings() {
    Random rnd = new Random(3);
    double[][] x = new double[3][60];
    for (double[] col : x) for (int i = 0; i < col.length; i++) col[i] = rnd.nextGaussian();
    DimensionReport rep = build(panel(x), IndexSpec.of("zscore", List.of("a", "b", "c"), null)).report("net");
    Reliability rel = rep.reliability();
    assertThat(rel.alphaStd()).isLessThan(0.6);
    assertThat(rep.warnings()).anyMatch(w -> w.startsWith("Cronbach's alpha (standardized)"));
    assertThat(rel.kmo() < 0.5).isEqualTo(rep.warnings().stream().anyMatch(w -> w.startsWith("KMO = ")));
    assertThat(rep.warnings()).anyMatch(w -> w.startsWith("Bartlett's test does not reject"));
  }

  @Test
  void singularCorrelationMatrixLeavesKmoUndefinedButBuildsTheIndex() {
    double[] a = {1, 2, 3, 4, 6};
    double[] b = {2, 4, 6, 8, 12};
    double[] c = {3, 1, 2, 5, 4};
    IndexResult r = build(panel(a, b, c), IndexSpec.of("zscore", List.of("a", "b", "c"), null));
    Reliability rel = r.report("net").reliability();
    assertThat(rel.kmo()).isNaN();
    assertThat(rel.kmoLabel()).isEqualTo("undefined");
    assertThat(rel.bartlett()).isNull();
    assertThat(rel.alphaStd()).isFinite();
    assertThat(r.report("net").warnings()).anyMatch(w -> w.contains("singular"));
    assertThat(finite(r.panel().numeric("net"))).isTrue();
  }

  @Test
  void kaiserLabels() {
    assertThat(KaiserMeyerOlkin.label(0.9)).isEqualTo("marvelous");
    assertThat(KaiserMeyerOlkin.label(0.8999)).isEqualTo("meritorious");
    assertThat(KaiserMeyerOlkin.label(0.7)).isEqualTo("middling");
    assertThat(KaiserMeyerOlkin.label(0.6)).isEqualTo("mediocre");
    assertThat(KaiserMeyerOlkin.label(0.5)).isEqualTo("miserable");
    assertThat(KaiserMeyerOlkin.label(0.4999)).isEqualTo("unacceptable");
    assertThat(KaiserMeyerOlkin.label(NaN)).isEqualTo("undefined");
  }

  @Test
  void entropyClosedForms() {
    assertThat(EntropyWeights.entropy(new double[] {0, 1})).isEqualTo(0.0);
    assertThat(EntropyWeights.entropy(new double[] {1, 1, 1})).isCloseTo(1.0, within(EPS));
    double p = 1.0 / 3;
    assertThat(EntropyWeights.entropy(new double[] {1, 2}))
        .isCloseTo(-(p * Math.log(p) + 2 * p * Math.log(2 * p)) / Math.log(2), within(EPS));
    assertThat(EntropyWeights.weights(new double[] {0.5, 0.75})).containsExactly(new double[] {2.0 / 3, 1.0 / 3},
        within(EPS));
  }

  @Test
  void firstComponentOfATwoByTwoCorrelationMatrix() {
    // eigenvalues 1 ± rho; the first eigenvector is (1, 1)/sqrt 2 for rho > 0 — this also proves Smile's native
    // OpenBLAS loads on this machine
    FirstPrincipalComponent pc = FirstPrincipalComponent.of(new double[][] {{1, 0.6}, {0.6, 1}});
    assertThat(pc.eigenvalue()).isCloseTo(1.6, within(EPS));
    assertThat(pc.explainedShare()).isCloseTo(0.8, within(EPS));
    assertThat(pc.loadings()).containsExactly(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, within(EPS));
    // rho < 0: (1, -1)/sqrt 2 sums to zero; oriented on the largest loading, the first
    FirstPrincipalComponent neg = FirstPrincipalComponent.of(new double[][] {{1, -0.6}, {-0.6, 1}});
    assertThat(neg.eigenvalue()).isCloseTo(1.6, within(EPS));
    assertThat(neg.loadings()[0]).isCloseTo(Math.sqrt(0.5), within(EPS));
    assertThat(neg.loadings()[1]).isCloseTo(-Math.sqrt(0.5), within(EPS));
  }

  private static boolean finite(double[] v) {
    for (double x : v) if (!Double.isFinite(x)) return false;
    return true;
  }

  private static double[] minMaxOverPresent(double[] x) {
    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    for (double v : x) if (!Double.isNaN(v)) { min = Math.min(min, v); max = Math.max(max, v); }
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) r[i] = (x[i] - min) / (max - min);
    return r;
  }

  private static double[] standardizedOverPresent(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) if (!Double.isNaN(v)) { s += v; n++; }
    double m = s / n, ss = 0;
    for (double v : x) if (!Double.isNaN(v)) ss += (v - m) * (v - m);
    double sd = Math.sqrt(ss / (n - 1));
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) z[i] = (x[i] - m) / sd;
    return z;
  }
}
