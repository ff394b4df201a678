package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;
import org.netinnov.mechanism.MediationResult.Effect;

class PoissonMediationTest {
  static MediationSpec spec(int reps, int threads) {
    return new MediationSpec("x", List.of("m1", "m2"), "y", List.of(), "firm + year", 0, "poisson",
        "cluster(firm)", new MediationSpec.BootstrapSpec(reps, 4L, threads, 0.95));
  }

  @Test
  void logScaleIndirectEffectWithBootstrapAndNoSobel() {
    Panel p = MediationPanels.generatePoisson(5, 150, 6, new double[] {0.6, 0.5}, new double[] {0.4, 0.0}, 0.2);
    MediationResult r = MediationAnalysis.run(p, spec(60, 2), 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    assertThat(r.outcomeEquation().estimator()).isEqualTo("poisson");
    Effect e1 = r.effect("indirect(m1)");
    assertThat(e1.b().estimate()).isCloseTo(0.4, within(4 * e1.b().se()));
    assertThat(e1.test().pValue()).isNaN();
    assertThat(e1.test().note()).isEqualTo("Sobel test not valid for a nonlinear outcome model; use the bootstrap "
        + "interval");
    assertThat(e1.aroian().pValue()).isNaN();
    assertThat(e1.bootstrap().percentileLow()).isLessThan(0.6 * 0.4);
    assertThat(e1.bootstrap().percentileHigh()).isGreaterThan(0.6 * 0.4);
    assertThat(e1.bootstrap().pValue()).isLessThan(0.05);
    assertThat(r.bootstrap().method()).contains("Poisson");
    assertThat(r.bootstrap().valid()).isEqualTo(60);
    assertThat(r.notes()).anyMatch(n -> n.contains("log scale"));
    MediationResult one = MediationAnalysis.run(p, spec(60, 1), 1, ProgressListener.NONE);
    assertThat(Arrays.deepEquals(one.bootstrap().replicates(), r.bootstrap().replicates())).isTrue();
  }

  @Test
  void firmsWithoutAnyCountAreDroppedFromEveryPath() {
    Panel p = MediationPanels.generatePoisson(6, 60, 5, new double[] {0.5}, new double[] {0.3}, 0.1);
    double[] y = p.numeric("y").clone();
    for (int i = p.firmStart(0); i < p.firmStart(2); i++) y[i] = 0; // firms 0 and 1: no counts at all
    Panel q = p.withNumeric("y", y);
    MediationSpec s = new MediationSpec("x", List.of("m1"), "y", List.of(), "firm + year", 0, "poisson",
        "classical", new MediationSpec.BootstrapSpec(0, null, 1, 0.95));
    MediationResult r = MediationAnalysis.run(q, s, 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    assertThat(r.nFirms()).isEqualTo(58);
    assertThat(r.pathA().get(0).fit().nFirms()).isEqualTo(58);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("2 firm(s)"));
  }
}
