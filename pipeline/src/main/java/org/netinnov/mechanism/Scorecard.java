package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netinnov.config.HypothesisSpec;
import org.netinnov.data.expr.Formula;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;
import org.netinnov.mechanism.MediationResult.Effect;
import org.netinnov.mechanism.Verdict.Check;
import org.netinnov.mechanism.Verdict.Outcome;

/**
 * The hypothesis scorecard: each hypothesis names the coefficient or mediation effect that tests it and the sign it
 * expects; the verdict is
 *
 * <ul>
 *   <li><b>supported</b>: the expected sign and p &lt; α;</li>
 *   <li><b>not supported</b>: p ≥ α (whatever the sign);</li>
 *   <li><b>opposite sign</b>: the other sign and p &lt; α;</li>
 *   <li><b>not testable</b>: the model failed, the term is not in it (or was dropped), the effect does not exist,
 *   or no valid test is available — with the reason.</li>
 * </ul>
 *
 * Coefficients are tested with the model's own covariance and distribution (interval b ± t_{1−α/2}·se).
 * Mediation effects ({@code model: mediation}, terms {@code indirect(<mediator>)}, {@code total_indirect},
 * {@code direct}, {@code total}) use the bootstrap when it ran: the percentile interval at 1 − α and its implied
 * p = 2·min(share of replicates ≤ 0, share ≥ 0); otherwise the Sobel test for an indirect effect (interval
 * ab ± z_{1−α/2}·se), the coefficient's test for direct and total effects, and "not testable" for the total indirect
 * effect (it has no analytic test here). The same rules apply to each robustness check; the summary counts the
 * checks in which the hypothesis is supported.
 */
public final class Scorecard {
  private Scorecard() {}

  /**
   * @param hypotheses the configured hypotheses
   * @param models     every estimated model by name (main models, lag models, ...); the mediation paths are also
   *                   found under their names ({@code mediation.a.<m>}, {@code mediation.outcome},
   *                   {@code mediation.total}) when {@code mediation} is given
   * @param mediation  the mediation result, or null when none ran
   * @param level      the significance level α of the decisions (e.g. 0.05; {@code report.level})
   */
  public static List<Verdict> evaluate(List<HypothesisSpec> hypotheses, Map<String, ModelResult> models,
      MediationResult mediation, double level) {
    if (!(level > 0 && level < 0.5))
      throw new IllegalArgumentException("level is the significance level of the decisions, e.g. 0.05; got " + level);
    List<Verdict> out = new ArrayList<>();
    for (HypothesisSpec h : hypotheses) {
      int sign = expectedSign(h.expected());
      Check main = sign == 0
          ? Check.notTestable(h.model(), h.term(), "expected sign `" + h.expected() + "` is neither positive nor negative")
          : check(h.model(), h.term(), sign, models, mediation, level);
      List<Check> rob = new ArrayList<>();
      int held = 0, untestable = 0;
      for (HypothesisSpec.RobustnessCheck r : h.robustness()) {
        Check c = sign == 0 ? Check.notTestable(r.model(), r.term(), main.reason())
            : check(r.model(), r.term() == null ? h.term() : r.term(), sign, models, mediation, level);
        if (r.label() != null) c = relabel(c, r.label());
        rob.add(c);
        if (c.outcome() == Outcome.SUPPORTED) held++;
        if (c.outcome() == Outcome.NOT_TESTABLE) untestable++;
      }
      out.add(new Verdict(h.id(), h.text(), h.expected(), main, rob, held, summary(held, rob.size(), untestable)));
    }
    return out;
  }

  static String summary(int held, int checks, int untestable) {
    if (checks == 0) return "no robustness checks";
    return "holds in " + held + " of " + checks + " robustness check" + (checks == 1 ? "" : "s")
        + (untestable > 0 ? " (" + untestable + " not testable)" : "");
  }

  /** The verdict from an estimate's sign and p-value. */
  static Outcome decide(double estimate, double p, int expectedSign, double alpha) {
    if (Double.isNaN(p) || Double.isNaN(estimate)) return Outcome.NOT_TESTABLE;
    if (p >= alpha || estimate == 0) return Outcome.NOT_SUPPORTED;
    return Math.signum(estimate) == expectedSign ? Outcome.SUPPORTED : Outcome.OPPOSITE_SIGN;
  }

  private static Check check(String model, String term, int sign, Map<String, ModelResult> models,
      MediationResult mediation, double alpha) {
    if (model == null || model.isBlank()) return Check.notTestable(model, term, "no model named");
    if (term == null || term.isBlank()) return Check.notTestable(model, term, "no term named");
    if (model.equals("mediation")) return mediationCheck(term, sign, mediation, alpha);
    ModelResult r = models.get(model);
    if (r == null && mediation != null) r = mediation.models().get(model);
    if (r == null) return Check.notTestable(model, term, "no model `" + model + "` was estimated");
    if (r.failed()) return Check.notTestable(model, term, "model `" + model + "` failed: " + r.failure());
    Fit f = r.fit();
    int j = f.indexOf(term);
    if (j < 0) j = f.indexOf(normalise(term));
    if (j < 0) {
      String why = f.dropped().get(term);
      if (why == null) why = f.dropped().get(normalise(term));
      return Check.notTestable(model, term, why != null ? "`" + term + "` was dropped: " + why
          : "model `" + model + "` has no term `" + term + "` (terms: " + String.join(", ", f.terms()) + ")");
    }
    double b = f.coef()[j], se = f.se(j);
    if (!(se > 0) || !Double.isFinite(se))
      return Check.notTestable(model, term, "the standard error of `" + term + "` is zero or undefined");
    double p = Inference.pValue(b / se, f.dfInference());
    double q = Inference.critical(1 - alpha, f.dfInference());
    String method = (f.zInference() ? "z" : "t") + " test (" + f.vcovType() + ")";
    return new Check(model, term, r.label(), b, b - q * se, b + q * se, p, method, decide(b, p, sign, alpha), null, 0);
  }

  private static Check mediationCheck(String term, int sign, MediationResult m, double alpha) {
    if (m == null) return Check.notTestable("mediation", term, "no mediation analysis ran");
    if (m.failed()) return Check.notTestable("mediation", term, "the mediation analysis failed: " + m.failure());
    Effect e = m.effect(term);
    if (e == null) {
      List<String> names = m.effects().stream().map(Effect::name).toList();
      return Check.notTestable("mediation", term, "the mediation has no effect `" + term + "` (effects: "
          + String.join(", ", names) + ")");
    }
    if (m.bootstrap() != null) {
      var b = BootstrapIntervals.of(m.bootstrap().draws(e.name()), e.estimate(), 1 - alpha);
      if (b.valid() < 2)
        return Check.notTestable("mediation", term, "too few usable bootstrap replicates (" + b.valid() + ")");
      String method = String.format(Locale.ROOT, "bootstrap percentile (%d replications, firms resampled)", b.valid());
      return new Check("mediation", e.name(), "mediation", e.estimate(), b.percentileLow(), b.percentileHigh(),
          b.pValue(), method, decide(e.estimate(), b.pValue(), sign, alpha), b.note(), b.valid());
    }
    var t = e.test();
    if (t == null || !t.available())
      return Check.notTestable("mediation", term, t != null && t.note() != null ? t.note()
          : "no test available without the bootstrap");
    double q = Inference.critical(1 - alpha, t.df());
    return new Check("mediation", e.name(), "mediation", e.estimate(), e.estimate() - q * t.se(),
        e.estimate() + q * t.se(), t.pValue(), t.method(), decide(e.estimate(), t.pValue(), sign, alpha), null, 0);
  }

  private static Check relabel(Check c, String label) {
    return new Check(c.model(), c.term(), label, c.estimate(), c.low(), c.high(), c.pValue(), c.method(), c.outcome(),
        c.reason(), c.replicates());
  }

  private static String normalise(String term) {
    try {
      return Formula.parse("y__ ~ " + term).terms().get(0).name();
    } catch (RuntimeException e) {
      return term;
    }
  }

  private static int expectedSign(String expected) {
    if (expected == null) return 1;
    return switch (expected.trim().toLowerCase(Locale.ROOT)) {
      case "positive", "+", ">0" -> 1;
      case "negative", "-", "<0" -> -1;
      default -> 0;
    };
  }
}
