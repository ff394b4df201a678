package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.config.HypothesisSpec;
import org.netinnov.config.HypothesisSpec.RobustnessCheck;
import org.netinnov.estimate.ModelResult;
import org.netinnov.mechanism.MediationResult.Effect;
import org.netinnov.mechanism.MediationResult.Kind;
import org.netinnov.mechanism.MediationResult.PathCoefficient;
import org.netinnov.mechanism.Verdict.Outcome;

class ScorecardTest {
  /** main: government 0.5 (se 0.1), business 0.1 (0.1), technological −0.5 (0.1); t with 100 df. */
  static Map<String, ModelResult> models() {
    Map<String, ModelResult> m = new LinkedHashMap<>();
    m.put("main", Fits.model("main", "y ~ government + business + technological | firm",
        List.of("government", "business", "technological"), new double[] {0.5, 0.1, -0.5},
        new double[] {0.1, 0.1, 0.1}, 100));
    m.put("lag2", Fits.model("lag2", "y ~ l(government, 2) | firm", List.of("l(government, 2)"),
        new double[] {0.02}, new double[] {0.1}, 100));
    m.put("count", Fits.model("count", "y ~ government | firm", List.of("government"), new double[] {0.3},
        new double[] {0.05}, Double.POSITIVE_INFINITY));
    m.put("broken", ModelResult.failure("broken", "broken", "within", "y ~ government", "singular design"));
    ModelResult dropped = new ModelResult("fe", "fe", "within", "y ~ soe + government | firm", List.of("firm"),
        List.of(), Fits.fit(List.of("government"), new double[] {0.4}, new double[][] {{0.01}}, 50,
        new int[] {0, 1}, Map.of("soe", "collinear with the fixed effects")), null, 0);
    m.put("fe", dropped);
    return m;
  }

  static HypothesisSpec h(String id, String model, String term, String expected, RobustnessCheck... rob) {
    return new HypothesisSpec(id, "statement " + id, model, term, expected, List.of(rob));
  }

  @Test
  void verdictsFromSignAndPValue() {
    List<Verdict> v = Scorecard.evaluate(List.of(
        h("H1", "main", "government", "positive"),
        h("H2", "main", "business", "positive"),
        h("H3", "main", "technological", "positive"),
        h("H4", "main", "technological", "negative"),
        h("H5", "nowhere", "government", "positive"),
        h("H6", "broken", "government", "positive"),
        h("H7", "main", "placebo", "positive"),
        h("H8", "fe", "soe", "positive")), models(), null, 0.05);
    assertThat(v).extracting(Verdict::outcome).containsExactly(Outcome.SUPPORTED, Outcome.NOT_SUPPORTED,
        Outcome.OPPOSITE_SIGN, Outcome.SUPPORTED, Outcome.NOT_TESTABLE, Outcome.NOT_TESTABLE, Outcome.NOT_TESTABLE,
        Outcome.NOT_TESTABLE);
    Verdict.Check h1 = v.get(0).main();
    // interval b ± qt(0.975, 100)·se; qt from R: 1.98397151852355
    assertThat(h1.low()).isCloseTo(0.5 - 1.98397151852355 * 0.1, within(1e-9));
    assertThat(h1.high()).isCloseTo(0.5 + 1.98397151852355 * 0.1, within(1e-9));
    assertThat(h1.pValue()).isLessThan(1e-5);
    assertThat(v.get(1).main().pValue()).isCloseTo(0.319724155784124, within(1e-12)); // R: 2*pt(-1, 100)
    assertThat(v.get(4).main().reason()).contains("no model `nowhere`");
    assertThat(v.get(5).main().reason()).contains("singular design");
    assertThat(v.get(6).main().reason()).contains("no term `placebo`");
    assertThat(v.get(7).main().reason()).contains("dropped").contains("collinear with the fixed effects");
    assertThat(v.get(0).robustnessSummary()).isEqualTo("no robustness checks");
  }

  @Test
  void robustnessChecksAreCounted() {
    Verdict v = Scorecard.evaluate(List.of(h("H1", "main", "government", "positive",
        new RobustnessCheck("count", "government", "Poisson"),
        new RobustnessCheck("lag2", "l(government, 2)", "two-year lag"),
        new RobustnessCheck("broken", "government"),
        new RobustnessCheck("count", null))), models(), null, 0.05).get(0);
    assertThat(v.robustness()).extracting(Verdict.Check::outcome).containsExactly(Outcome.SUPPORTED,
        Outcome.NOT_SUPPORTED, Outcome.NOT_TESTABLE, Outcome.SUPPORTED);
    assertThat(v.robustness().get(0).label()).isEqualTo("Poisson");
    assertThat(v.robustnessHeld()).isEqualTo(2);
    assertThat(v.robustnessSummary()).isEqualTo("holds in 2 of 4 robustness checks (1 not testable)");
    // z inference for the count model: interval b ± 1.959964·se
    assertThat(v.robustness().get(0).high()).isCloseTo(0.3 + 1.959963984540054 * 0.05, within(1e-12));
  }

  @Test
  void levelIsTheSignificanceLevel() {
    assertThatThrownBy(() -> Scorecard.evaluate(List.of(), models(), null, 0.95))
        .hasMessageContaining("significance level");
    // at α = 0.4 business (p = 0.32) is supported
    assertThat(Scorecard.evaluate(List.of(h("H2", "main", "business", "positive")), models(), null, 0.4).get(0)
        .outcome()).isEqualTo(Outcome.SUPPORTED);
  }

  static MediationResult mediation(boolean withBootstrap) {
    PathCoefficient a1 = new PathCoefficient("mediation.a.gov", "x", 0.5, 0.1, 1e-6);
    PathCoefficient b1 = new PathCoefficient("mediation.outcome", "gov", 0.2, 0.04, 1e-6);
    PathCoefficient a2 = new PathCoefficient("mediation.a.bus", "x", 0.5, 0.1, 1e-6);
    PathCoefficient b2 = new PathCoefficient("mediation.outcome", "bus", 0.02, 0.04, 0.6);
    List<Effect> effects = List.of(
        new Effect("indirect(gov)", Kind.INDIRECT, "gov", 0.1, a1, b1, Sobel.sobel(0.5, 0.1, 0.2, 0.04), null,
            Double.NaN, null, null),
        new Effect("indirect(bus)", Kind.INDIRECT, "bus", 0.01, a2, b2, Sobel.sobel(0.5, 0.1, 0.02, 0.04), null,
            Double.NaN, null, null),
        new Effect("total_indirect", Kind.TOTAL_INDIRECT, null, 0.11, null, null,
            MediationResult.Test.none("bootstrap only"), null, Double.NaN, null, null),
        new Effect("direct", Kind.DIRECT, null, -0.3, null, null,
            new MediationResult.Test("t", 0.1, -3, 0.003, 99, null), null, Double.NaN, null, null));
    MediationResult.Bootstrap boot = null;
    if (withBootstrap) {
      SplittableRandom r = new SplittableRandom(1);
      double[][] rep = new double[1000][4];
      for (double[] row : rep) {
        row[0] = 0.1 + 0.02 * r.nextGaussian();
        row[1] = 0.01 + 0.02 * r.nextGaussian();
        row[2] = row[0] + row[1];
        row[3] = -0.3 + 0.1 * r.nextGaussian();
      }
      boot = new MediationResult.Bootstrap(1000, 1000, 1, 0.95, "test", 1, 0,
          List.of("indirect(gov)", "indirect(bus)", "total_indirect", "direct"), rep);
    }
    return new MediationResult("x", List.of("gov", "bus"), "y", "linear", 0, "firm", "classical", 10, 2, 5,
        List.of(), null, null, effects, boot, List.of(), null);
  }

  @Test
  void mediationEffectsUseTheBootstrapWhenItRan() {
    List<HypothesisSpec> hs = List.of(h("M1", "mediation", "indirect(gov)", "positive"),
        h("M2", "mediation", "indirect(bus)", "positive"), h("M3", "mediation", "total_indirect", "positive"),
        h("M4", "mediation", "direct", "positive"), h("M5", "mediation", "indirect(tech)", "positive"));
    List<Verdict> v = Scorecard.evaluate(hs, Map.of(), mediation(true), 0.05);
    assertThat(v).extracting(Verdict::outcome).containsExactly(Outcome.SUPPORTED, Outcome.NOT_SUPPORTED,
        Outcome.SUPPORTED, Outcome.OPPOSITE_SIGN, Outcome.NOT_TESTABLE);
    Verdict.Check m1 = v.get(0).main();
    assertThat(m1.method()).startsWith("bootstrap percentile");
    double[] d = mediation(true).bootstrap().draws("indirect(gov)");
    java.util.Arrays.sort(d);
    // type-7 quantiles at 0.025 and 0.975 of the 1000 draws
    assertThat(m1.low()).isCloseTo(d[24] + 0.975 * (d[25] - d[24]), within(1e-15));
    assertThat(m1.high()).isCloseTo(d[974] + 0.025 * (d[975] - d[974]), within(1e-15));
    assertThat(v.get(4).main().reason()).contains("no effect `indirect(tech)`");

    // without the bootstrap: Sobel for indirect effects, not testable for the total indirect effect
    List<Verdict> s = Scorecard.evaluate(hs, Map.of(), mediation(false), 0.05);
    assertThat(s).extracting(Verdict::outcome).containsExactly(Outcome.SUPPORTED, Outcome.NOT_SUPPORTED,
        Outcome.NOT_TESTABLE, Outcome.OPPOSITE_SIGN, Outcome.NOT_TESTABLE);
    Verdict.Check sobel = s.get(0).main();
    double se = Math.sqrt(0.2 * 0.2 * 0.01 + 0.25 * 0.04 * 0.04);
    assertThat(sobel.low()).isCloseTo(0.1 - 1.959963984540054 * se, within(1e-12));
    assertThat(sobel.method()).startsWith("Sobel");
    assertThat(Scorecard.evaluate(hs, Map.of(), null, 0.05).get(0).main().reason()).contains("no mediation");
  }

  @Test
  void zeroIndirectEffectIsNotSupportedOnSimulatedData() {
    var p = MediationPanels.generate(17, 300, 6, new double[] {0.5, 0.5}, new double[] {0.3, 0.0}, 0.2, 0, 0.0);
    var spec = new org.netinnov.config.MediationSpec("x", List.of("m1", "m2"), "y", List.of("w"), "firm + year", 0,
        "linear", "cluster(firm)", new org.netinnov.config.MediationSpec.BootstrapSpec(300, 3L, 2, 0.95));
    MediationResult r = MediationAnalysis.run(p, spec, 1, ProgressListener.NONE);
    List<Verdict> v = Scorecard.evaluate(List.of(h("H1", "mediation", "indirect(m1)", "positive"),
        h("H2", "mediation", "indirect(m2)", "positive"),
        h("H3", "mediation.outcome", "m2", "positive")), Map.of(), r, 0.05);
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.SUPPORTED);
    assertThat(v.get(1).outcome()).as("b = 0: %s", v.get(1).main()).isNotEqualTo(Outcome.SUPPORTED);
    assertThat(v.get(2).main().label()).startsWith("b, c′");
  }
}
