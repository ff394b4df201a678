package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;

/**
 * Marginal effects of a focal regressor x at levels of a moderator z in a model with the interaction {@code x:z}
 * (written {@code x:z} or {@code x*z}; the focal variable first):
 *
 * <pre>
 *   ∂E[y]/∂x = b_x + z·b_xz,   var = V_x,x + z² V_xz,xz + 2z V_x,xz   (full covariance of the fit)
 * </pre>
 *
 * at low (mean − 1 SD), mean and high (mean + 1 SD) z on the model's estimation sample (Aiken &amp; West 1991,
 * "Multiple regression: testing and interpreting interactions"), or at its two values when z is binary. z is in the
 * units it entered the model: centred (mean 0) when the model's {@code center:} lists it. Intervals use the fit's
 * critical value (t with its degrees of freedom, or z).
 */
public final class ModerationEffects {
  private ModerationEffects() {}

  /**
   * The marginal effect at one moderator level.
   *
   * @param label  {@code low (−1 SD)}, {@code mean}, {@code high (+1 SD)}, or {@code z = v} for a binary moderator
   * @param z      the moderator value in the model's units (centred when centred)
   * @param zRaw   the same value in the variable's original units
   */
  public record Level(String label, double z, double zRaw, double effect, double se, double low, double high,
      double pValue) {}

  /**
   * Marginal effects of x across z in one model.
   *
   * @param model   the model's name
   * @param label   its label
   * @param x       the focal regressor
   * @param z       the moderator
   * @param term    the interaction term, e.g. {@code government:soe}
   * @param centred whether z entered centred
   * @param zMean   mean of z on the estimation sample (original units)
   * @param zSd     standard deviation of z there (divisor n − 1)
   * @param n       rows of the estimation sample
   * @param level   confidence level of the intervals
   * @param levels  the effects, low to high
   * @param notes   caveats (other interactions with x, missing main effect, ...)
   */
  public record Result(String model, String label, String x, String z, String term, boolean centred, double zMean,
      double zSd, int n, double level, List<Level> levels, List<String> notes) {}

  /**
   * @param model   a fitted model with the term {@code x:z}
   * @param panel   the panel it was estimated on
   * @param x       focal regressor as written in the formula
   * @param z       moderator as written
   * @param level   confidence level of the intervals (e.g. 0.95)
   * @param centred the model's {@code center:} list (which components were mean-centred)
   * @throws IllegalArgumentException when the model failed or has no such interaction
   */
  public static Result of(ModelResult model, Panel panel, String x, String z, double level,
      Collection<String> centred) {
    if (!(level > 0.5 && level < 1))
      throw new IllegalArgumentException("level is the confidence level of the intervals, e.g. 0.95; got " + level);
    if (model.failed()) throw new IllegalArgumentException("model `" + model.name() + "` failed: " + model.failure());
    Fit f = model.fit();
    String xs = Parser.parseExpression(x).text(), zs = Parser.parseExpression(z).text();
    String term = xs + ":" + zs;
    int ixz = f.indexOf(term);
    if (ixz < 0) {
      String why = f.dropped().get(term);
      throw new IllegalArgumentException("model `" + model.name() + "` has no coefficient for `" + term + "`"
          + (why == null ? "" : " (" + why + ")"));
    }
    int ix = f.indexOf(xs);
    List<String> notes = new ArrayList<>();
    if (ix < 0)
      notes.add("the model has no main effect of `" + xs + "`: the marginal effect is z·b_xz alone");
    for (String t : f.terms())
      if (!t.equals(term) && List.of(t.split(":")).contains(xs) && t.contains(":"))
        notes.add("`" + xs + "` also interacts in `" + t + "`; that moderator is held at zero"
            + " (its mean when centred)");
    boolean isCentred = centred.contains(z) || centred.contains(zs);

    double[] zv = Parser.parseExpression(zs).eval(panel, new EvalLog());
    int[] rows = f.rows();
    int n = 0;
    double sum = 0;
    for (int r : rows) if (!Double.isNaN(zv[r])) {
      sum += zv[r];
      n++;
    }
    double mean = sum / n, ss = 0;
    double first = Double.NaN, second = Double.NaN;
    boolean binary = true;
    for (int r : rows) {
      double v = zv[r];
      if (Double.isNaN(v)) continue;
      ss += (v - mean) * (v - mean);
      if (Double.isNaN(first) || v == first) first = v;
      else if (Double.isNaN(second) || v == second) second = v;
      else binary = false;
    }
    double sd = Math.sqrt(ss / (n - 1));
    double shift = isCentred ? mean : 0.0;
    List<Level> levels = new ArrayList<>();
    double crit = Inference.critical(level, f.dfInference());
    if (binary && !Double.isNaN(second)) {
      double lo = Math.min(first, second), hi = Math.max(first, second);
      levels.add(level(f, ix, ixz, "z = " + number(lo), lo - shift, lo, crit));
      levels.add(level(f, ix, ixz, "z = " + number(hi), hi - shift, hi, crit));
    } else {
      levels.add(level(f, ix, ixz, "low (−1 SD)", mean - sd - shift, mean - sd, crit));
      levels.add(level(f, ix, ixz, "mean", mean - shift, mean, crit));
      levels.add(level(f, ix, ixz, "high (+1 SD)", mean + sd - shift, mean + sd, crit));
    }
    if (isCentred && rows.length > 0)
      notes.add("`" + zs + "` entered centred at its estimation-sample mean " + number(mean));
    return new Result(model.name(), model.label(), xs, zs, term, isCentred, mean, sd, n, level, List.copyOf(levels),
        List.copyOf(notes));
  }

  /**
   * Marginal effects for every two-way interaction {@code x:z} of every model (the first component is the focal
   * regressor). Failed models are skipped; an interaction the fit dropped gives a result without levels and a note.
   *
   * @param specs the models' specifications by name (for {@code center:}); a model without one counts as uncentred
   */
  public static List<Result> all(Map<String, ModelResult> models, Map<String, ModelSpec> specs, Panel panel,
      double level) {
    List<Result> out = new ArrayList<>();
    for (ModelResult m : models.values()) {
      if (m.failed() || m.formula() == null) continue;
      Formula formula;
      try {
        formula = Formula.parse(m.formula());
      } catch (RuntimeException e) {
        continue;
      }
      ModelSpec spec = specs.get(m.name());
      List<String> centred = spec == null ? List.of() : spec.center();
      for (Formula.Term t : formula.terms()) {
        if (!t.isInteraction()) continue;
        String x = t.factors().get(0).text();
        String z = t.factors().get(1).text();
        if (t.factors().size() > 2) {
          out.add(new Result(m.name(), m.label(), x, z, t.name(), false, Double.NaN, Double.NaN, 0, level, List.of(),
              List.of("three-way interaction: marginal effects at one moderator are not reported")));
          continue;
        }
        try {
          out.add(of(m, panel, x, z, level, centred));
        } catch (IllegalArgumentException e) {
          out.add(new Result(m.name(), m.label(), x, z, t.name(), false, Double.NaN, Double.NaN, 0, level, List.of(),
              List.of(e.getMessage())));
        }
      }
    }
    return out;
  }

  private static Level level(Fit f, int ix, int ixz, String label, double z, double zRaw, double crit) {
    double[][] v = f.vcov();
    double bx = ix < 0 ? 0.0 : f.coef()[ix];
    double vxx = ix < 0 ? 0.0 : v[ix][ix];
    double vxi = ix < 0 ? 0.0 : v[ix][ixz];
    double effect = bx + z * f.coef()[ixz];
    double var = vxx + z * z * v[ixz][ixz] + 2 * z * vxi;
    double se = Math.sqrt(Math.max(var, 0.0));
    double p = Inference.pValue(effect / se, f.dfInference());
    return new Level(label, z, zRaw, effect, se, effect - crit * se, effect + crit * se, p);
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) return String.valueOf((long) v);
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
