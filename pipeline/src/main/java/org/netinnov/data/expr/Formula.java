package org.netinnov.data.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A model formula in the fixest style users already know:
 * {@code log1p(patents) ~ l(government, 0:2) + business + log(total_assets) | firm_id + year}.
 *
 * <p>Fixed effects after {@code |} are column names, or interactions {@code industry^year}. Terms keep their
 * written text as their name; {@code l(x, 0:2)} expands to {@code x}, {@code l(x, 1)}, {@code l(x, 2)}.
 *
 * @param text          the formula as written
 * @param outcome       left-hand side
 * @param terms         regressors, expanded
 * @param intercept     false when the formula says {@code 0} or {@code -1}
 * @param fixedEffects  each fixed effect as the list of columns it interacts
 */
public record Formula(String text, Expr outcome, List<Term> terms, boolean intercept, List<List<String>> fixedEffects) {

  public static Formula parse(String text) {
    int tilde = topLevel(text, '~', 0);
    if (tilde < 0) throw new ExpressionException(text, 0, "a formula needs `~` between the outcome and the regressors");
    int bar = topLevel(text, '|', tilde + 1);
    String lhs = text.substring(0, tilde);
    String rhs = bar < 0 ? text.substring(tilde + 1) : text.substring(tilde + 1, bar);
    if (lhs.isBlank()) throw new ExpressionException(text, 0, "the formula has no outcome before `~`");
    if (rhs.isBlank()) throw new ExpressionException(text, tilde, "the formula has no regressors after `~` (write 1 for intercept only)");
    Expr outcome = reparse(text, lhs, 0, () -> Parser.parseExpression(lhs));
    Parser.TermList tl = reparse(text, rhs, tilde + 1, () -> Parser.parseTerms(rhs));
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (List<Expr> factors : tl.terms()) {
      Term t = new Term(factors);
      if (seen.add(t.name())) terms.add(t);
    }
    List<List<String>> fe = new ArrayList<>();
    if (bar >= 0) {
      String part = text.substring(bar + 1);
      if (part.isBlank()) throw new ExpressionException(text, bar, "no fixed effects after `|`");
      for (String one : part.split("\\+")) {
        List<String> cols = new ArrayList<>();
        for (String c : one.split("\\^")) {
          String name = c.trim();
          if (name.startsWith("`") && name.endsWith("`") && name.length() > 1) name = name.substring(1, name.length() - 1);
          if (name.isEmpty()) throw new ExpressionException(text, bar, "empty fixed-effect name after `|`");
          cols.add(name);
        }
        fe.add(List.copyOf(cols));
      }
    }
    return new Formula(text, outcome, List.copyOf(terms), tl.intercept(), List.copyOf(fe));
  }

  /** Name of each regressor term. */
  public List<String> termNames() {
    return terms.stream().map(Term::name).toList();
  }

  /** Every column the formula reads (outcome, regressors, fixed effects). */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    outcome.collectColumns(out);
    for (Term t : terms) for (Expr e : t.factors()) e.collectColumns(out);
    for (List<String> f : fixedEffects) out.addAll(f);
    return out;
  }

  /** Display name of a fixed effect, e.g. {@code industry^year}. */
  public static String fixedEffectName(List<String> columns) {
    return String.join("^", columns);
  }

  /** A regressor: the product of one or more factors ({@code x:z}). */
  public record Term(List<Expr> factors) {
    public String name() {
      StringBuilder sb = new StringBuilder();
      for (Expr e : factors) {
        if (sb.length() > 0) sb.append(':');
        sb.append(e.text());
      }
      return sb.toString();
    }

    public boolean isInteraction() { return factors.size() > 1; }

    public double[] eval(org.netinnov.data.Panel panel, EvalLog log) {
      double[] v = factors.get(0).eval(panel, log);
      if (factors.size() == 1) return v;
      double[] out = v.clone();
      for (int f = 1; f < factors.size(); f++) {
        double[] w = factors.get(f).eval(panel, log);
        for (int i = 0; i < out.length; i++) out[i] *= w[i];
      }
      return out;
    }
  }

  private interface Part<T> { T get(); }

  /** Re-anchors error offsets from a substring to the whole formula. */
  private static <T> T reparse(String whole, String part, int base, Part<T> p) {
    try {
      return p.get();
    } catch (ExpressionException e) {
      String msg = e.getMessage();
      int cut = msg.lastIndexOf(" (at character ");
      throw new ExpressionException(whole, base + e.offset(), cut > 0 ? msg.substring(0, cut) : msg);
    }
  }

  private static int topLevel(String s, char target, int from) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '`') quoted = !quoted;
      if (quoted) continue;
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == target && depth == 0) return i;
    }
    return -1;
  }
}
