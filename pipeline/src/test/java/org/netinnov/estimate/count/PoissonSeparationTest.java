package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.testing.RandomDraws;

/** A regressor that is 1 only where the outcome is 0 separates: the MLE does not exist and this must be reported. */
class PoissonSeparationTest {

  @Test void separatingDummyIsReportedOnPooledAndFixedEffectsPaths() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 400;
    double[] y = new double[n], x = new double[n], sep = new double[n];
    int[] firm = new int[n], year = new int[n];
    int separated = 0;
    for (int i = 0; i < n; i++) {
      firm[i] = i / 4;
      year[i] = 2000 + i % 4;
      x[i] = r.nextGaussian();
      sep[i] = i % 7 == 0 ? 1 : 0;
      y[i] = sep[i] == 1 ? 0 : RandomDraws.poisson(r, Math.exp(0.5 + 0.3 * x[i]));
    }
    Factor ff = Factor.ofInts("firm", firm), yf = Factor.ofInts("year", year);
    for (List<Factor> fe : List.of(List.<Factor>of(), List.of(ff, yf))) {
      Design d = CountTestData.design("y", y, List.of("x", "sep"), new double[][] {x, sep}, true, firm, year, fe,
          List.of());
      Fit f = CountModels.poisson(d, CovarianceSpec.CLASSICAL);
      // the rows with sep = 1 that survive the all-zero-group drop are the separated ones
      int expected = 0;
      for (int row : f.rows()) if (sep[row] == 1) expected++;
      assertThat(f.stat("separation_suspects")).as("fe %s", fe.size()).isEqualTo(expected);
      assertThat(f.notes()).anyMatch(s -> s.contains("likely separation"));
      assertThat(f.coef()[f.indexOf("sep")]).isLessThan(-15);
      separated += expected;
    }
    assertThat(separated).isPositive();
  }

  @Test void wellBehavedFitReportsNoSeparation() {
    CountTestData.CountPanel p = new CountTestData.CountPanel();
    Fit f = CountModels.poisson(p.twoWay(List.of()), CovarianceSpec.CLASSICAL);
    assertThat(f.stat("separation_suspects")).isZero();
    assertThat(f.notes()).noneMatch(s -> s.contains("separation"));
  }
}
