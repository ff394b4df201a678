package org.netinnov.data.expr;

import java.util.List;
import java.util.Set;
import org.netinnov.data.Panel;

/**
 * An expression over panel columns, evaluated column-wise to a {@code double[]} of the panel's length.
 *
 * <p>Missing is NaN and propagates. Invalid arithmetic (division by zero, log of a non-positive value, square root
 * of a negative value) gives NaN, never an exception or an infinity, and is counted in the {@link EvalLog} so that
 * the cleaning log can say how many cells it cost. Comparisons and logical operators give 1 or 0.
 *
 * <p>Panel operators follow the calendar year within each firm: {@code l(x, k)} is x of the same firm in year t−k
 * (NaN when that firm-year is absent), {@code f(x, k)} the lead, {@code d(x)} = x − l(x, 1).
 */
public sealed interface Expr {

  /** Evaluates over every row of {@code panel}. */
  double[] eval(Panel panel, EvalLog log);

  /** Column names this expression reads. */
  void collectColumns(Set<String> out);

  /** Canonical text: how the term is named in results (spaces normalised, functions as written). */
  String text();

  record Num(double value, String literal) implements Expr {
    public double[] eval(Panel p, EvalLog log) {
      double[] out = new double[p.rows()];
      java.util.Arrays.fill(out, value);
      return out;
    }

    public void collectColumns(Set<String> out) {}

    public String text() { return literal; }
  }

  record Column(String name) implements Expr {
    public double[] eval(Panel p, EvalLog log) {
      if (!p.hasNumeric(name) && !name.equals(p.yearColumn())) {
        if (p.hasText(name)) throw new IllegalArgumentException("column `" + name + "` is text, not numeric");
        throw new IllegalArgumentException("no column `" + name + "`");
      }
      return p.numeric(name);
    }

    public void collectColumns(Set<String> out) { out.add(name); }

    public String text() { return Parser.needsQuoting(name) ? "`" + name + "`" : name; }
  }

  record Unary(char op, Expr arg) implements Expr {
    public double[] eval(Panel p, EvalLog log) {
      double[] a = arg.eval(p, log);
      double[] out = new double[a.length];
      if (op == '-') for (int i = 0; i < a.length; i++) out[i] = -a[i];
      else for (int i = 0; i < a.length; i++) out[i] = Double.isNaN(a[i]) ? Double.NaN : (a[i] == 0 ? 1 : 0);
      return out;
    }

    public void collectColumns(Set<String> out) { arg.collectColumns(out); }

    public String text() { return op + wrap(arg); }
  }

  record Binary(String op, Expr left, Expr right) implements Expr {
    public double[] eval(Panel p, EvalLog log) {
      double[] a = left.eval(p, log), b = right.eval(p, log);
      double[] out = new double[a.length];
      switch (op) {
        case "+": for (int i = 0; i < a.length; i++) out[i] = a[i] + b[i]; break;
        case "-": for (int i = 0; i < a.length; i++) out[i] = a[i] - b[i]; break;
        case "*": for (int i = 0; i < a.length; i++) out[i] = a[i] * b[i]; break;
        case "/": {
          int bad = 0;
          for (int i = 0; i < a.length; i++) {
            if (b[i] == 0 && !Double.isNaN(a[i])) { out[i] = Double.NaN; bad++; } else out[i] = a[i] / b[i];
          }
          log.invalid(text(), "division by zero", bad);
          break;
        }
        case "^": {
          int bad = 0;
          for (int i = 0; i < a.length; i++) {
            double v = Math.pow(a[i], b[i]);
            if (Double.isInfinite(v) || (Double.isNaN(v) && !Double.isNaN(a[i]) && !Double.isNaN(b[i]))) {
              v = Double.NaN; bad++;
            }
            out[i] = v;
          }
          log.invalid(text(), "power undefined", bad);
          break;
        }
        default: compare(a, b, out); break;
      }
      return out;
    }

    private void compare(double[] a, double[] b, double[] out) {
      for (int i = 0; i < a.length; i++) {
        double x = a[i], y = b[i];
        if (Double.isNaN(x) || Double.isNaN(y)) { out[i] = Double.NaN; continue; }
        boolean r = switch (op) {
          case "<" -> x < y;
          case "<=" -> x <= y;
          case ">" -> x > y;
          case ">=" -> x >= y;
          case "==" -> x == y;
          case "!=" -> x != y;
          case "&" -> x != 0 && y != 0;
          case "|" -> x != 0 || y != 0;
          default -> throw new IllegalStateException(op);
        };
        out[i] = r ? 1 : 0;
      }
    }

    public void collectColumns(Set<String> out) { left.collectColumns(out); right.collectColumns(out); }

    public String text() { return wrap(left) + " " + op + " " + wrap(right); }
  }

  /** A function call: elementwise functions, panel operators and {@code ifelse}. */
  record Call(String function, List<Expr> args, int lag) implements Expr {
    public double[] eval(Panel p, EvalLog log) {
      return Functions.eval(this, p, log);
    }

    public void collectColumns(Set<String> out) { for (Expr a : args) a.collectColumns(out); }

    public String text() { return Functions.text(this); }
  }

  private static String wrap(Expr e) {
    return (e instanceof Binary) ? "(" + e.text() + ")" : e.text();
  }
}
