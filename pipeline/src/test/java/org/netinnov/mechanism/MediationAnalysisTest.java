package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.Panel;
import org.netinnov.mechanism.MediationResult.Effect;

class MediationAnalysisTest {
  static final double[] A = {0.5, 0.4, 0.0};
  static final double[] B = {0.3, 0.0, 0.25};
  static final double DIRECT = 0.2;

  static MediationSpec spec(int lag, int reps, Long seed, int threads, String fe) {
    return new MediationSpec("x", List.of("m1", "m2", "m3"), "y", List.of("w"), fe, lag, "linear",
        "cluster(firm)", new MediationSpec.BootstrapSpec(reps, seed, threads, 0.95));
  }

  @Test
  void recoversKnownPathsAndCoversTheIndirectEffects() {
    Panel p = MediationPanels.generate(11, 400, 8, A, B, DIRECT, 0, 0.05);
    MediationResult r = MediationAnalysis.run(p, spec(0, 400, 5L, 2, "firm + year"), 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    for (int j = 0; j < 3; j++) {
      Effect e = r.effects().get(j);
      assertThat(e.name()).isEqualTo("indirect(m" + (j + 1) + ")");
      assertThat(e.a().estimate()).as("a%d", j + 1).isCloseTo(A[j], within(4 * e.a().se()));
      assertThat(e.b().estimate()).as("b%d", j + 1).isCloseTo(B[j], within(4 * e.b().se()));
      double truth = A[j] * B[j];
      assertThat(e.bootstrap().percentileLow()).as("percentile CI of %s covers %s", e.name(), truth)
          .isLessThanOrEqualTo(truth);
      assertThat(e.bootstrap().percentileHigh()).isGreaterThanOrEqualTo(truth);
      assertThat(e.bootstrap().bcLow()).isLessThanOrEqualTo(e.bootstrap().bcHigh());
    }
    // m1 carries a clear indirect effect; m2 (b = 0) and m3 (a = 0) none
    assertThat(r.effect("indirect(m1)").bootstrap().pValue()).isLessThan(0.01);
    assertThat(r.effect("indirect(m1)").test().pValue()).isLessThan(0.01);
    assertThat(r.effect("indirect(m2)").bootstrap().pValue()).isGreaterThan(0.05);
    double ti = A[0] * B[0] + A[1] * B[1] + A[2] * B[2];
    Effect total = r.effect("total_indirect");
    assertThat(total.bootstrap().percentileLow()).isLessThanOrEqualTo(ti);
    assertThat(total.bootstrap().percentileHigh()).isGreaterThanOrEqualTo(ti);
    // with L = 0, one sample and the same controls, c = c' + sum(ab) exactly (OLS algebra)
    assertThat(r.effect("total").estimate())
        .isCloseTo(r.effect("direct").estimate() + total.estimate(), within(1e-10));
    assertThat(r.bootstrap().valid()).isEqualTo(400);
  }

  @Test
  void bootstrapIdenticalForOneAndTwoThreadsAndReproducibleForASeed() {
    Panel p = MediationPanels.generate(3, 150, 6, A, B, DIRECT, 1, 0.1);
    MediationResult one = MediationAnalysis.run(p, spec(1, 60, 99L, 1, "firm + year"), 0, ProgressListener.NONE);
    MediationResult two = MediationAnalysis.run(p, spec(1, 60, 99L, 2, "firm + year"), 0, ProgressListener.NONE);
    MediationResult again = MediationAnalysis.run(p, spec(1, 60, 99L, 2, "firm + year"), 0, ProgressListener.NONE);
    MediationResult other = MediationAnalysis.run(p, spec(1, 60, 100L, 2, "firm + year"), 0, ProgressListener.NONE);
    assertThat(one.failure()).isNull();
    assertThat(two.bootstrap().threads()).isEqualTo(2);
    assertThat(one.bootstrap().threads()).isEqualTo(1);
    for (int r = 0; r < 60; r++) {
      assertThat(two.bootstrap().replicates()[r]).as("replicate %d, 1 vs 2 threads", r)
          .containsExactly(one.bootstrap().replicates()[r]);
      assertThat(again.bootstrap().replicates()[r]).containsExactly(two.bootstrap().replicates()[r]);
    }
    assertThat(other.bootstrap().replicates()[0]).isNotEqualTo(one.bootstrap().replicates()[0]);
    assertThat(Arrays.deepEquals(other.bootstrap().replicates(), one.bootstrap().replicates())).isFalse();
  }

  @Test
  void runSeedIsTheDefaultSeed() {
    Panel p = MediationPanels.generate(4, 80, 5, A, B, DIRECT, 0, 0.0);
    MediationResult byRun = MediationAnalysis.run(p, spec(0, 20, null, 1, "firm"), 77, ProgressListener.NONE);
    MediationResult explicit = MediationAnalysis.run(p, spec(0, 20, 77L, 1, "firm"), 1, ProgressListener.NONE);
    assertThat(byRun.bootstrap().seed()).isEqualTo(77L);
    assertThat(Arrays.deepEquals(byRun.bootstrap().replicates(), explicit.bootstrap().replicates())).isTrue();
  }

  @Test
  void lagUsesLaggedMediatorsInTheOutcomeEquation() {
    Panel p = MediationPanels.generate(8, 300, 8, A, B, DIRECT, 1, 0.05);
    MediationResult r = MediationAnalysis.run(p, spec(1, 0, null, 1, "firm + year"), 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    assertThat(r.outcomeEquation().fit().terms()).startsWith("l(m1, 1)", "l(m2, 1)", "l(m3, 1)", "l(x, 1)");
    assertThat(r.effect("indirect(m1)").b().estimate()).isCloseTo(B[0], within(4 * r.effect("indirect(m1)").b().se()));
    assertThat(r.effect("direct").estimate()).isCloseTo(DIRECT, within(4 * r.effect("direct").test().se()));
    assertThat(r.bootstrap()).isNull();
    assertThat(r.effect("indirect(m1)").bootstrap()).isNull();
  }

  @Test
  void everyPathUsesTheCommonSample() {
    Panel p = MediationPanels.generate(9, 100, 6, A, B, DIRECT, 0, 0.0);
    double[] m2 = p.numeric("m2").clone();
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < m2.length; i++) if (rnd.nextDouble() < 0.2) m2[i] = Double.NaN;
    Panel q = p.withNumeric("m2", m2);
    MediationResult r = MediationAnalysis.run(q, spec(0, 0, null, 1, "firm + year"), 1, ProgressListener.NONE);
    assertThat(r.failure()).isNull();
    int complete = 0;
    for (double v : m2) if (!Double.isNaN(v)) complete++;
    assertThat(r.nobs()).isEqualTo(complete);
    for (var m : r.models().values()) assertThat(m.fit().nobs()).as(m.name()).isEqualTo(complete);
  }

  @Test
  void bootstrapRunsForEveryFixedEffectLayout() {
    Panel p = MediationPanels.generate(12, 80, 6, A, B, DIRECT, 1, 0.1);
    for (String fe : new String[] {"", "year", "firm", "firm + year"}) {
      MediationResult r = MediationAnalysis.run(p, spec(1, 20, 1L, 1, fe), 1, ProgressListener.NONE);
      assertThat(r.failure()).as(fe).isNull();
      assertThat(r.notes()).as(fe).noneMatch(n -> n.contains("could not run"));
      assertThat(r.bootstrap()).as(fe).isNotNull();
      assertThat(r.bootstrap().valid()).as(fe).isEqualTo(20);
      assertThat(r.outcomeEquation().estimator()).isEqualTo(fe.isEmpty() ? "pooled" : "within");
    }
  }

  @Test
  void failsWithAReasonInsteadOfThrowing() {
    Panel p = MediationPanels.generate(9, 30, 4, A, B, DIRECT, 0, 0.0);
    MediationSpec bad = new MediationSpec("x", List.of("m1"), "y", List.of("x"), "firm", 0, "linear", "classical",
        null);
    MediationResult r = MediationAnalysis.run(p, bad, 1, ProgressListener.NONE);
    assertThat(r.failure()).contains("controls repeat");
    MediationSpec constant = new MediationSpec("x", List.of("m1"), "y", List.of(), "firm", 0, "nonsense", "classical",
        null);
    assertThat(MediationAnalysis.run(p, constant, 1, ProgressListener.NONE).failure()).contains("outcome_model");
  }
}
