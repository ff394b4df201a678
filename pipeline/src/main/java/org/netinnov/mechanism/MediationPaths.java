package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.netinnov.config.MediationSpec;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;

/**
 * The formulas of the mediation paths and the names of the terms that carry each path, for treatment X, mediators
 * M_j, outcome Y, controls W, fixed effects F and mediator lag L:
 *
 * <pre>
 *   a_j:      M_j ~ X + W | F
 *   b_j, c′:  Y ~ l(M_1, L) + … + l(M_J, L) + l(X, L) + W | F
 *   c:        Y ~ l(X, L) + W | F
 *   common:   Y ~ X + M_1 + … + M_J + l(M_1, L) + … + l(X, L) + W | F   (its complete rows are the common sample)
 * </pre>
 * With L = 0 the lagged terms are the variables themselves.
 */
final class MediationPaths {
  final String x;
  final List<String> mediators;
  final String y;
  final List<String> controls;
  final String xLagged;
  final List<String> mediatorsLagged;
  final List<List<String>> fixedEffects;
  final String feText;
  final int lag;
  final List<String> aFormulas;
  final String outcomeFormula;
  final String totalFormula;
  final Formula common;

  private MediationPaths(String x, List<String> mediators, String y, List<String> controls, String xLagged,
      List<String> mediatorsLagged, List<List<String>> fixedEffects, String feText, int lag, List<String> aFormulas,
      String outcomeFormula, String totalFormula, Formula common) {
    this.x = x;
    this.mediators = mediators;
    this.y = y;
    this.controls = controls;
    this.xLagged = xLagged;
    this.mediatorsLagged = mediatorsLagged;
    this.fixedEffects = fixedEffects;
    this.feText = feText;
    this.lag = lag;
    this.aFormulas = aFormulas;
    this.outcomeFormula = outcomeFormula;
    this.totalFormula = totalFormula;
    this.common = common;
  }

  /** @throws IllegalArgumentException when the specification is incomplete or its terms overlap */
  static MediationPaths of(MediationSpec spec) {
    if (spec.treatment() == null || spec.treatment().isBlank())
      throw new IllegalArgumentException("mediation.treatment is missing");
    if (spec.outcome() == null || spec.outcome().isBlank())
      throw new IllegalArgumentException("mediation.outcome is missing");
    if (spec.mediators().isEmpty()) throw new IllegalArgumentException("mediation.mediators lists no mediator");
    int lag = spec.mediatorLag();
    if (lag < 0) throw new IllegalArgumentException("mediation.mediator_lag must be >= 0, got " + lag);
    String x = Parser.parseExpression(spec.treatment()).text();
    String y = Parser.parseExpression(spec.outcome()).text();
    List<String> m = new ArrayList<>();
    for (String s : spec.mediators()) m.add(Parser.parseExpression(s).text());
    Set<String> seen = new HashSet<>();
    seen.add(x);
    seen.add(y);
    for (String s : m)
      if (!seen.add(s))
        throw new IllegalArgumentException("mediation: `" + s + "` appears more than once among treatment, mediators "
            + "and outcome");
    String fe = spec.fixedEffects() == null || spec.fixedEffects().isBlank() ? "" : " | " + spec.fixedEffects().trim();
    String w = spec.controls().isEmpty() ? "" : " + " + String.join(" + ", spec.controls());

    String xl = lagged(x, lag);
    List<String> ml = new ArrayList<>();
    for (String s : m) ml.add(lagged(s, lag));
    List<String> aForms = new ArrayList<>();
    for (String s : m) aForms.add(s + " ~ " + x + w + fe);
    String outcomeF = y + " ~ " + String.join(" + ", ml) + " + " + xl + w + fe;
    String totalF = y + " ~ " + xl + w + fe;
    List<String> all = new ArrayList<>();
    all.add(x);
    all.addAll(m);
    if (lag > 0) {
      all.addAll(ml);
      all.add(xl);
    }
    Formula common = Formula.parse(y + " ~ " + String.join(" + ", all) + w + fe);

    // term names as the parser writes them, and a check that controls do not repeat a path variable
    Formula out = Formula.parse(outcomeF);
    int k = m.size() + 1 + controlCount(spec);
    if (out.terms().size() != k)
      throw new IllegalArgumentException("mediation.controls repeat the treatment, a mediator or each other: the "
          + "outcome equation `" + outcomeF + "` has " + out.terms().size() + " distinct terms, expected " + k);
    List<String> mlNames = new ArrayList<>();
    for (int j = 0; j < m.size(); j++) mlNames.add(out.terms().get(j).name());
    String xlName = out.terms().get(m.size()).name();
    List<String> cNames = new ArrayList<>();
    for (int j = m.size() + 1; j < out.terms().size(); j++) cNames.add(out.terms().get(j).name());
    for (String a : aForms) {
      Formula af = Formula.parse(a);
      if (af.terms().size() != 1 + cNames.size() || cNames.contains(af.terms().get(0).name()))
        throw new IllegalArgumentException("mediation.controls repeat the treatment or a mediator (`" + a + "`)");
    }
    return new MediationPaths(x, List.copyOf(m), y, List.copyOf(cNames), xlName, List.copyOf(mlNames),
        out.fixedEffects(), spec.fixedEffects() == null ? "" : spec.fixedEffects().trim(), lag, List.copyOf(aForms),
        outcomeF, totalF, common);
  }

  private static int controlCount(MediationSpec spec) {
    if (spec.controls().isEmpty()) return 0;
    return Formula.parse("y__ ~ " + String.join(" + ", spec.controls())).terms().size();
  }

  private static String lagged(String v, int lag) { return lag == 0 ? v : "l(" + v + ", " + lag + ")"; }
}
