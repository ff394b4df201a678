package org.netinnov.clean;

import java.util.Map;
import java.util.TreeSet;
import org.netinnov.config.Suggest;
import org.netinnov.data.Panel;
import org.netinnov.data.expr.EvalLog;
import org.netinnov.data.expr.Expr;
import org.netinnov.data.expr.Parser;

/**
 * Derived variables ({@code derive}): each expression is evaluated over the panel in order and added (or replaces
 * a numeric variable of the same name). Undefined arithmetic gives missing and is counted per variable and reason
 * (the expression language's {@link EvalLog}); panel operators follow the calendar year.
 */
final class Derive {
  private Derive() {}

  static Panel apply(Panel p, Map<String, String> derive, CleanLog log) {
    StepLog s = new StepLog("derive", "", "derived variables, in order; undefined arithmetic (division by zero, log of "
        + "a non-positive value, ...) gives missing, counted per variable");
    long cellsIn = StepLog.cellsIn(log, p), cellsOut = cellsIn;
    Panel out = p;
    for (var e : derive.entrySet()) {
      String name = e.getKey(), text = e.getValue();
      if (name.equals(p.firmColumn()) || name.equals(p.yearColumn()) || p.hasText(name))
        throw new InputException("clean.derive." + name + ": cannot overwrite the firm, year or text column `" + name + "`");
      Expr x;
      try {
        x = Parser.parseExpression(text);
      } catch (RuntimeException ex) {
        throw new InputException("clean.derive." + name + ": " + XlsxSource.oneLine(ex.getMessage()));
      }
      var used = new TreeSet<String>();
      x.collectColumns(used);
      for (String c : used) {
        if (out.hasNumeric(c) || c.equals(out.yearColumn())) continue;
        if (out.hasText(c))
          throw new InputException("clean.derive." + name + ": column `" + c + "` is text, not numeric");
        throw new InputException("clean.derive." + name + ": no column `" + c + "`" + Suggest.didYouMean(c, out.columnNames())
            + (c.matches("[A-Za-z_][A-Za-z0-9_.]*") ? "" : " (write names with spaces or symbols in backticks)"));
      }
      EvalLog el = new EvalLog();
      double[] v;
      try {
        v = x.eval(out, el);
      } catch (RuntimeException ex) {
        throw new InputException("clean.derive." + name + ": " + XlsxSource.oneLine(ex.getMessage()));
      }
      long missing = 0, infinite = 0;
      for (int i = 0; i < v.length; i++) {
        if (v[i] != v[i]) missing++;
        else if (Double.isInfinite(v[i])) {
          // overflow such as exp(1000): never hand an infinity to the estimators
          v[i] = Double.NaN;
          infinite++;
          missing++;
        }
      }
      s.count(name, "missing", missing);
      for (var inv : el.invalidCells().entrySet()) {
        String k = inv.getKey();
        int cut = k.lastIndexOf(": ");
        String reason = cut < 0 ? k : k.substring(cut + 2), where = cut < 0 ? text : k.substring(0, cut);
        s.count(name, reason, inv.getValue());
        s.example(name + " = " + text + ": " + inv.getValue() + " cell(s) with " + reason + " in `" + where + "`");
      }
      s.count(name, "overflow to infinity", infinite).changed(v.length - missing);
      s.note(name + " = " + x.text());
      cellsOut += StepLog.delta(out.hasNumeric(name) ? out.numeric(name) : null, v);
      out = out.withNumeric(name, v);
    }
    s.rows(p.rows(), out.rows()).cells(log, cellsIn, cellsOut);
    log.add(s.build());
    return out;
  }
}
