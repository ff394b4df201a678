package org.netinnov.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * Invariances every index method must have, on generated one-factor data (x_j = a_j·f + e_j, so a first principal
 * component is well separated and PCA comparisons are not at the mercy of near-equal eigenvalues). Each property is
 * checked on many cases drawn from a fixed-seed generator; a failure names its case so that it can be replayed.
 */
class IndexProperties {
  static final String[] METHODS = {"entropy", "zscore", "minmax", "pca"};

  /** k indicator columns over n rows; indicator j is negative when neg[j] (generated as −(a_j f + e_j) + 10). */
  record Data(double[][] x, boolean[] neg) {
    int n() { return x[0].length; }

    int k() { return x.length; }

    List<String> names() {
      List<String> s = new ArrayList<>();
      for (int j = 0; j < k(); j++) s.add("x" + j);
      return s;
    }

    List<String> negative() {
      List<String> s = new ArrayList<>();
      for (int j = 0; j < k(); j++) if (neg[j]) s.add("x" + j);
      return s;
    }
  }

  /** A random data set: n in 8..40 rows, k in 2..5 indicators on different scales. */
  static Data data(SplittableRandom r) {
    int nn = 8 + r.nextInt(33);
    int kk = 2 + r.nextInt(4);
    java.util.Random rnd = new java.util.Random(r.nextLong());
    double[] f = new double[nn];
    for (int i = 0; i < nn; i++) f[i] = 3 * rnd.nextGaussian();
    double[][] x = new double[kk][nn];
    boolean[] neg = new boolean[kk];
    for (int j = 0; j < kk; j++) {
      double a = 0.5 + 1.5 * rnd.nextDouble();
      double unit = Math.pow(10, rnd.nextInt(5) - 2); // indicators on different scales, as ratios and counts are
      neg[j] = j > 0 && rnd.nextBoolean();
      for (int i = 0; i < nn; i++) {
        double v = a * f[i] + rnd.nextGaussian();
        x[j][i] = unit * (neg[j] ? 10 - v : v);
      }
    }
    return new Data(x, neg);
  }

  static Panel panel(Data d, int[] slot) {
    int n = d.n();
    String[] firm = new String[n];
    int[] year = new int[n];
    for (int i = 0; i < n; i++) {
      firm[i] = "f" + (slot[i] / 4);
      year[i] = 2000 + slot[i] % 4;
    }
    PanelBuilder b = new PanelBuilder("firm", "year", firm, year);
    for (int j = 0; j < d.k(); j++) b.numeric("x" + j, d.x()[j]);
    return b.build();
  }

  static int[] identity(int n) {
    int[] s = new int[n];
    for (int i = 0; i < n; i++) s[i] = i;
    return s;
  }

  static IndexResult build(Panel p, IndexSpec spec) {
    var dims = new LinkedHashMap<String, IndexSpec>();
    dims.put("idx", spec);
    return IndexBuilder.build(p, dims);
  }

  static void assertClose(double[] a, double[] b, double tol) {
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.length; i++)
      assertThat(Math.abs(a[i] - b[i])).as("row " + i + ": " + a[i] + " vs " + b[i])
          .isLessThanOrEqualTo(tol * Math.max(1, Math.abs(b[i])));
  }

  @Test void weightsAreNonNegativeAndSumToOne() {
    SplittableRandom r = new SplittableRandom(20261129L);
    for (int c = 0; c < 40; c++) weightsAreNonNegativeAndSumToOne(data(r), r.nextInt(3), 0.01 + 4.99 * r.nextDouble());
  }

  private void weightsAreNonNegativeAndSumToOne(Data d, int which, double w0) {
    String method = new String[] {"entropy", "weights", "minmax"}[which];
    Map<String, Double> user = null;
    if (method.equals("weights")) {
      user = new LinkedHashMap<>();
      for (int j = 0; j < d.k(); j++) user.put("x" + j, w0 * (j + 1));
    }
    IndexSpec spec = new IndexSpec(method, d.names(), d.negative(), user, null, null, null);
    double[] w = build(panel(d, identity(d.n())), spec).report("idx").weights();
    double sum = 0;
    for (double v : w) {
      assertThat(v).isGreaterThanOrEqualTo(0);
      sum += v;
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test void reversingANegativeIndicatorByHandGivesTheSameIndex() {
    SplittableRandom r = new SplittableRandom(20261130L);
    for (int c = 0; c < 40; c++) reversingANegativeIndicatorByHandGivesTheSameIndex(data(r), r.nextInt(4), r.nextBoolean());
  }

  private void reversingANegativeIndicatorByHandGivesTheSameIndex(Data d, int which, boolean byMaxMin) {
    String method = METHODS[which];
    // declare x0 negative; the control reverses it by hand and declares it positive
    List<String> neg = new ArrayList<>(d.negative());
    neg.remove("x0");
    List<String> declared = new ArrayList<>(neg);
    declared.add("x0");
    double[] x0 = d.x()[0];
    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    for (double v : x0) { min = Math.min(min, v); max = Math.max(max, v); }
    double[][] reversed = d.x().clone();
    reversed[0] = new double[x0.length];
    for (int i = 0; i < x0.length; i++) reversed[0][i] = byMaxMin ? max + min - x0[i] : -x0[i];

    Panel p = panel(d, identity(d.n()));
    Panel q = panel(new Data(reversed, d.neg()), identity(d.n()));
    double[] a = build(p, IndexSpec.of(method, d.names(), declared)).panel().numeric("idx");
    double[] b = build(q, IndexSpec.of(method, d.names(), neg)).panel().numeric("idx");
    assertClose(a, b, 1e-9);
  }

  @Test void pooledIndexIsInvariantToRowOrder() {
    SplittableRandom r = new SplittableRandom(20261131L);
    for (int c = 0; c < 30; c++) pooledIndexIsInvariantToRowOrder(data(r), r.nextInt(4), r.nextLong());
  }

  private void pooledIndexIsInvariantToRowOrder(Data d, int which, long seed) {
    int n = d.n();
    // assign the observations to firm-years in a shuffled way, so the panel stores them in another order
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < n; i++) perm.add(i);
    java.util.Collections.shuffle(perm, new java.util.Random(seed));
    int[] slot = perm.stream().mapToInt(Integer::intValue).toArray();
    IndexSpec spec = IndexSpec.of(METHODS[which], d.names(), d.negative());
    Panel p = panel(d, identity(n));
    Panel q = panel(d, slot);
    double[] a = build(p, spec).panel().numeric("idx");
    double[] b = build(q, spec).panel().numeric("idx");
    // observation i sits at panel row slot[i] in p (sorted by firm, year = slot order) and in q
    double[] aObs = new double[n], bObs = new double[n];
    for (int i = 0; i < n; i++) {
      aObs[i] = a[i];
      bObs[i] = b[slot[i]];
    }
    assertClose(aObs, bObs, 1e-9);
  }

  @Test void scalingAnIndicatorChangesNeitherEntropyNorZscore() {
    SplittableRandom r = new SplittableRandom(20261132L);
    for (int c = 0; c < 30; c++) {
      // constants from 1e-3 to 1e4, spread on the log scale
      double k = Math.pow(10, -3 + 7 * r.nextDouble());
      scalingAnIndicatorChangesNeitherEntropyNorZscore(data(r), r.nextBoolean(), k, r.nextInt(5));
    }
  }

  private void scalingAnIndicatorChangesNeitherEntropyNorZscore(Data d, boolean entropy, double c, int col) {
    int j = col % d.k();
    double[][] scaled = d.x().clone();
    scaled[j] = d.x()[j].clone();
    for (int i = 0; i < d.n(); i++) scaled[j][i] *= c;
    IndexSpec spec = IndexSpec.of(entropy ? "entropy" : "zscore", d.names(), d.negative());
    IndexResult a = build(panel(d, identity(d.n())), spec);
    IndexResult b = build(panel(new Data(scaled, d.neg()), identity(d.n())), spec);
    assertClose(a.panel().numeric("idx"), b.panel().numeric("idx"), 1e-9);
    assertClose(a.report("idx").weights(), b.report("idx").weights(), 1e-9);
    if (entropy) assertClose(a.report("idx").entropy(), b.report("idx").entropy(), 1e-9);
  }
}
