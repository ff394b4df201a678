package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.testing.RandomDraws;

/**
 * When firms with an all-zero outcome are dropped, the sample preparation renumbers a firm factor whose codes are
 * the design's firm codes from the firm renumbering it already has, and any other factor with
 * {@code Factor.subset}. A firm factor given with one extra (unused) level takes the general route; the fits must
 * be identical, and the clusters must be counted alike.
 */
class CountSampleRoutesTest {

  @Test
  void firmFactorShortcutMatchesFactorSubset() {
    SplittableRandom cases = new SplittableRandom(7L);
    for (int c = 0; c < 3; c++) {
      long seed = cases.nextLong();
      String label = "seed " + seed;
      Fit shortcut = CountModels.poisson(design(seed, false), CovarianceSpec.cluster("firm"));
      Fit general = CountModels.poisson(design(seed, true), CovarianceSpec.cluster("firm"));
      assertThat(shortcut.stat("dropped_groups")).as(label).isPositive();
      assertThat(shortcut.coef()).as(label).containsExactly(general.coef());
      for (int j = 0; j < shortcut.k(); j++) assertThat(shortcut.vcov()[j]).as(label).containsExactly(general.vcov()[j]);
      assertThat(shortcut.stat("n_clusters")).as(label).isEqualTo(general.stat("n_clusters"));
      assertThat(shortcut.stat("loglik")).as(label).isEqualTo(general.stat("loglik"));
      assertThat(shortcut.nobs()).as(label).isEqualTo(general.nobs());
    }
  }

  /** 800 firms × 6 years, every fifth firm with a zero outcome throughout; firm and year absorbed. */
  private static Design design(long seed, boolean extraLevel) {
    SplittableRandom r = new SplittableRandom(seed);
    int firms = 800, years = 6, n = firms * years;
    int[] firm = new int[n], year = new int[n];
    double[] y = new double[n];
    double[][] x = new double[2][n];
    for (int f = 0, i = 0; f < firms; f++) {
      double a = 0.5 * r.nextGaussian();
      for (int t = 0; t < years; t++, i++) {
        firm[i] = f;
        year[i] = 2000 + t;
        x[0][i] = r.nextGaussian() + a;
        x[1][i] = r.nextGaussian();
        double mu = Math.exp(0.3 * x[0][i] - 0.2 * x[1][i] + a + 0.05 * t);
        y[i] = f % 5 == 0 ? 0 : RandomDraws.poisson(r, mu);
      }
    }
    int levels = firms + (extraLevel ? 1 : 0);
    String[] labels = new String[levels];
    for (int f = 0; f < levels; f++) labels[f] = "F" + f;
    Factor firmFactor = new Factor("firm", extraLevel ? firm.clone() : Arrays.copyOf(firm, n), labels);
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return new Design("y", y, new ArrayList<>(List.of("x1", "x2")), x, false, null, firm, firms, year,
        List.of(firmFactor, Factor.ofInts("year", year)), List.of(firmFactor), rows);
  }
}
