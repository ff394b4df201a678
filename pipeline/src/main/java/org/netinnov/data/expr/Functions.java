package org.netinnov.data.expr;

import java.util.List;
import java.util.Map;
import org.netinnov.data.Panel;

/** The functions an {@link Expr.Call} may name, their arity and their evaluation. */
final class Functions {
  private Functions() {}

  /** Function name → number of expression arguments (panel operators take an integer beside it). */
  static final Map<String, Integer> ARITY = Map.ofEntries(
      Map.entry("log", 1), Map.entry("log1p", 1), Map.entry("exp", 1), Map.entry("sqrt", 1), Map.entry("abs", 1),
      Map.entry("I", 1), Map.entry("ifelse", 3), Map.entry("min", 2), Map.entry("max", 2),
      Map.entry("l", 1), Map.entry("lag", 1), Map.entry("f", 1), Map.entry("lead", 1),
      Map.entry("d", 1), Map.entry("diff", 1), Map.entry("growth", 1));

  static boolean isPanelOperator(String fn) {
    return switch (fn) {
      case "l", "lag", "f", "lead", "d", "diff", "growth" -> true;
      default -> false;
    };
  }

  /** Default integer argument of a panel operator written without one. */
  static boolean lagOptional(String fn) {
    return switch (fn) {
      case "d", "diff", "growth" -> true;
      default -> false;
    };
  }

  static double[] eval(Expr.Call c, Panel p, EvalLog log) {
    List<Expr> args = c.args();
    double[] a = args.get(0).eval(p, log);
    int n = a.length;
    double[] out = new double[n];
    int bad = 0;
    switch (c.function()) {
      case "log":
        for (int i = 0; i < n; i++) {
          double v = a[i];
          if (v <= 0) { out[i] = Double.NaN; bad++; } else out[i] = Math.log(v);
        }
        log.invalid(c.text(), "log of a non-positive value", bad);
        return out;
      case "log1p":
        for (int i = 0; i < n; i++) {
          double v = a[i];
          if (v <= -1) { out[i] = Double.NaN; bad++; } else out[i] = Math.log1p(v);
        }
        log.invalid(c.text(), "log1p of a value <= -1", bad);
        return out;
      case "sqrt":
        for (int i = 0; i < n; i++) {
          double v = a[i];
          if (v < 0) { out[i] = Double.NaN; bad++; } else out[i] = Math.sqrt(v);
        }
        log.invalid(c.text(), "square root of a negative value", bad);
        return out;
      case "exp":
        for (int i = 0; i < n; i++) {
          double v = Math.exp(a[i]);
          if (Double.isInfinite(v)) { v = Double.NaN; bad++; }
          out[i] = v;
        }
        log.invalid(c.text(), "exp overflow", bad);
        return out;
      case "abs":
        for (int i = 0; i < n; i++) out[i] = Math.abs(a[i]);
        return out;
      case "I":
        return a;
      case "ifelse": {
        double[] yes = args.get(1).eval(p, log), no = args.get(2).eval(p, log);
        for (int i = 0; i < n; i++) out[i] = Double.isNaN(a[i]) ? Double.NaN : (a[i] != 0 ? yes[i] : no[i]);
        return out;
      }
      case "min": case "max": {
        double[] b = args.get(1).eval(p, log);
        boolean min = c.function().equals("min");
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(a[i]) || Double.isNaN(b[i])) out[i] = Double.NaN;
          else out[i] = min ? Math.min(a[i], b[i]) : Math.max(a[i], b[i]);
        }
        return out;
      }
      case "l": case "lag":
        return p.lag(a, c.lag());
      case "f": case "lead":
        return p.lag(a, -c.lag());
      case "d": case "diff": {
        double[] prev = p.lag(a, c.lag());
        for (int i = 0; i < n; i++) out[i] = a[i] - prev[i];
        return out;
      }
      case "growth": {
        double[] prev = p.lag(a, c.lag());
        for (int i = 0; i < n; i++) {
          if (prev[i] == 0 && !Double.isNaN(a[i])) { out[i] = Double.NaN; bad++; } else out[i] = a[i] / prev[i] - 1;
        }
        log.invalid(c.text(), "growth from a zero base", bad);
        return out;
      }
      default:
        throw new IllegalStateException("unknown function " + c.function());
    }
  }

  static String text(Expr.Call c) {
    StringBuilder sb = new StringBuilder(c.function()).append('(');
    for (int i = 0; i < c.args().size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(c.args().get(i).text());
    }
    if (isPanelOperator(c.function()) && !(lagOptional(c.function()) && c.lag() == 1)) sb.append(", ").append(c.lag());
    return sb.append(')').toString();
  }
}
