package org.netinnov.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Expr;
import org.netinnov.data.expr.ExpressionException;
import org.netinnov.data.expr.Formula;
import org.netinnov.data.expr.Parser;
import org.netinnov.estimate.gmm.GmmEstimator;
import org.netinnov.estimate.gmm.GmmFit;
import org.netinnov.estimate.gmm.GmmInstrument;
import org.netinnov.estimate.gmm.GmmRegressor;
import org.netinnov.estimate.gmm.GmmSpec;

/**
 * Turns a configured {@code estimator: gmm} model into a {@link GmmSpec}: formula terms {@code l(x, k)} become
 * regressors at lag k; {@code instruments: gmm(y, 2:99) + iv(x)} become GMM-type and standard instruments (as in
 * pgmm and xtabond2). Expressions such as {@code log1p(patents)} are evaluated once into panel columns named by
 * their text.
 */
final class GmmModel {
  private GmmModel() {}

  static GmmFit fit(ModelSpec spec, Formula f, Panel panel) {
    Map<String, double[]> columns = new LinkedHashMap<>();
    EvalLog log = new EvalLog();
    String outcome = column(f.outcome(), panel, columns, log);
    List<GmmRegressor> regs = new ArrayList<>();
    for (Formula.Term t : f.terms()) {
      if (t.isInteraction()) throw new IllegalArgumentException("gmm: interaction terms are not supported (`" + t.name() + "`)");
      Expr e = t.factors().get(0);
      int lag = 0;
      if (e instanceof Expr.Call c && (c.function().equals("l") || c.function().equals("lag"))) {
        lag = c.lag();
        e = c.args().get(0);
      }
      regs.add(new GmmRegressor(column(e, panel, columns, log), lag, t.name()));
    }
    List<GmmInstrument> gmm = new ArrayList<>();
    List<String> iv = new ArrayList<>();
    for (String part : splitTopLevel(spec.instruments())) {
      String p = part.trim();
      if (p.startsWith("gmm(") && p.endsWith(")")) {
        String inner = p.substring(4, p.length() - 1);
        int comma = lastTopLevelComma(inner);
        if (comma < 0) throw new IllegalArgumentException("gmm(): write gmm(variable, a:b), e.g. gmm(y, 2:99), got `" + p + "`");
        String var = column(Parser.parseExpression(inner.substring(0, comma)), panel, columns, log);
        String[] range = inner.substring(comma + 1).trim().split(":");
        try {
          int a = Integer.parseInt(range[0].trim());
          int b = range.length > 1 ? Integer.parseInt(range[1].trim()) : a;
          gmm.add(new GmmInstrument(var, a, b));
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException("gmm(): the lag range must be a:b, e.g. 2:99, got `" + p + "`");
        }
      } else if (p.startsWith("iv(") && p.endsWith(")")) {
        // iv(l(x, 0:1)) expands like a formula term; a regressor keeps its lag, anything else becomes a column
        String inner = p.substring(3, p.length() - 1).trim();
        for (Formula.Term t : Formula.parse("0 ~ " + inner).terms()) {
          String asTerm = t.name();
          boolean isRegressor = regs.stream().anyMatch(r -> r.name().equals(asTerm));
          iv.add(isRegressor ? asTerm : column(t.factors().get(0), panel, columns, log));
        }
      } else {
        throw new IllegalArgumentException("instruments: expected gmm(variable, a:b) and iv(variable) joined by +, got `" + p + "`");
      }
    }
    if (gmm.isEmpty()) throw new IllegalArgumentException("instruments: GMM needs at least one gmm(variable, a:b)");
    Panel p = panel;
    for (var e : columns.entrySet()) if (!p.hasNumeric(e.getKey())) p = p.withNumeric(e.getKey(), e.getValue());
    String tr = spec.transformation() == null ? "d" : spec.transformation();
    GmmSpec.Transformation t = switch (tr) {
      case "d", "difference" -> GmmSpec.Transformation.DIFFERENCE;
      case "ld", "system" -> GmmSpec.Transformation.SYSTEM;
      default -> throw new IllegalArgumentException("transformation: expected d (difference GMM) or ld (system GMM), got `" + tr + "`");
    };
    int steps = spec.steps() == null ? 2 : spec.steps();
    if (steps != 1 && steps != 2) throw new IllegalArgumentException("steps: expected 1 or 2, got " + steps);
    boolean timeDummies = spec.effect() == null || spec.effect().equals("twoways");
    return GmmEstimator.fit(p, new GmmSpec(outcome, regs, gmm, iv, t, steps == 2, timeDummies, spec.collapse()));
  }

  private static String column(Expr e, Panel panel, Map<String, double[]> columns, EvalLog log) {
    if (e instanceof Expr.Column c) return c.name();
    String name = e.text();
    columns.computeIfAbsent(name, k -> e.eval(panel, log));
    return name;
  }

  static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0, start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == '+' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    if (depth != 0) throw new ExpressionException(s, 0, "unbalanced parentheses in instruments");
    return out;
  }

  private static int lastTopLevelComma(String s) {
    int depth = 0, last = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == ',' && depth == 0) last = i;
    }
    return last;
  }
}
