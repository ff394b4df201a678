package org.netinnov.data.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for expressions ({@link #parseExpression}) and for the term lists of model formulas
 * ({@link #parseTerms}). Grammar, loosest binding first:
 *
 * <pre>
 * expr    := or ;  or := and ('|' and)* ;  and := cmp ('&amp;' cmp)* ;  cmp := sum (('&lt;'|'&lt;='|'&gt;'|'&gt;='|'=='|'!=') sum)?
 * sum     := prod (('+'|'-') prod)* ;  prod := unary (('*'|'/') unary)* ;  unary := ('-'|'!') unary | power
 * power   := primary ('^' unary)? ;   primary := number | name | `quoted name` | '(' expr ')' | fn '(' args ')'
 * terms   := ['-'] term (('+'|'-') term)* ;  term := power ((':'|'*') power)*     (formula right-hand side)
 * </pre>
 *
 * In a formula, {@code l(x, a:b)} expands to one term per lag, {@code x*z} to {@code x + z + x:z}, and
 * {@code 0}/{@code -1} removes the intercept — as in R and fixest.
 */
public final class Parser {
  private final List<Token> tokens;
  private final String source;
  private int pos;

  private Parser(String source, List<Token> tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  /** Parses a complete expression such as {@code gov_subsidy / revenue} or {@code log(total_assets)}. */
  public static Expr parseExpression(String text) {
    Parser p = new Parser(text, Tokenizer.tokenize(text));
    Expr e = p.expr();
    p.expectEnd();
    return e;
  }

  /** The right-hand side of a formula, expanded into terms. */
  static TermList parseTerms(String text) {
    Parser p = new Parser(text, Tokenizer.tokenize(text));
    TermList t = p.terms();
    p.expectEnd();
    return t;
  }

  /** Terms of a formula's right-hand side and whether the intercept stays. */
  record TermList(List<List<Expr>> terms, boolean intercept) {}

  static boolean needsQuoting(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) return true;
    for (int i = 0; i < name.length(); i++) if (!Tokenizer.isNameChar(name.charAt(i))) return true;
    return false;
  }

  private TermList terms() {
    List<List<Expr>> out = new ArrayList<>();
    boolean intercept = true;
    boolean negate = accept("-");
    while (true) {
      Token t = peek();
      if (t.kind == Token.Kind.NUMBER && (t.text.equals("0") || t.text.equals("1"))
          && (peekAt(1).is("+") || peekAt(1).is("-") || peekAt(1).kind == Token.Kind.END)) {
        pos++;
        boolean zero = t.text.equals("0");
        if (negate || zero) intercept = false;
        else intercept = true;
      } else {
        if (negate) throw error(t, "only the intercept can be removed with '-' (write -1 or 0)");
        out.addAll(term());
      }
      if (accept("+")) { negate = false; continue; }
      if (accept("-")) { negate = true; continue; }
      break;
    }
    return new TermList(out, intercept);
  }

  /** One term; returns the expanded list of products (each a list of factors). */
  private List<List<Expr>> term() {
    List<List<Expr>> acc = new ArrayList<>();
    for (Expr e : factorList()) acc.add(List.of(e));
    while (peek().is(":") || peek().is("*")) {
      boolean cross = next().is("*");
      List<Expr> right = factorList();
      List<List<Expr>> combined = new ArrayList<>();
      if (cross) {
        combined.addAll(acc);
        for (Expr r : right) combined.add(List.of(r));
      }
      for (List<Expr> a : acc)
        for (Expr r : right) {
          List<Expr> prod = new ArrayList<>(a);
          prod.add(r);
          combined.add(List.copyOf(prod));
        }
      acc = combined;
    }
    return acc;
  }

  private List<Expr> factorList() {
    Token t = peek();
    if (t.kind == Token.Kind.NAME && peekAt(1).is("(") && Functions.isPanelOperator(t.text)) {
      return panelOperator(true);
    }
    Expr e = power();
    if (peek().is("/")) throw error(peek(), "write a ratio inside a model formula as I(a / b), or derive it in `clean.derive`");
    return List.of(e);
  }

  private Expr expr() { return or(); }

  private Expr or() {
    Expr e = and();
    while (peek().is("|")) { next(); e = new Expr.Binary("|", e, and()); }
    return e;
  }

  private Expr and() {
    Expr e = cmp();
    while (peek().is("&")) { next(); e = new Expr.Binary("&", e, cmp()); }
    return e;
  }

  private Expr cmp() {
    Expr e = sum();
    Token t = peek();
    if (t.kind == Token.Kind.OP && List.of("<", "<=", ">", ">=", "==", "!=").contains(t.text)) {
      next();
      e = new Expr.Binary(t.text, e, sum());
    }
    return e;
  }

  private Expr sum() {
    Expr e = prod();
    while (peek().is("+") || peek().is("-")) {
      String op = next().text;
      e = new Expr.Binary(op, e, prod());
    }
    return e;
  }

  private Expr prod() {
    Expr e = unary();
    while (peek().is("*") || peek().is("/")) {
      String op = next().text;
      e = new Expr.Binary(op, e, unary());
    }
    return e;
  }

  private Expr unary() {
    if (peek().is("-")) {
      next();
      Expr a = unary();
      if (a instanceof Expr.Num n) return new Expr.Num(-n.value(), "-" + n.literal());
      return new Expr.Unary('-', a);
    }
    if (peek().is("!")) { next(); return new Expr.Unary('!', unary()); }
    return power();
  }

  private Expr power() {
    Expr base = primary();
    if (peek().is("^")) { next(); return new Expr.Binary("^", base, unary()); }
    return base;
  }

  private Expr primary() {
    Token t = peek();
    switch (t.kind) {
      case NUMBER:
        next();
        return new Expr.Num(Double.parseDouble(t.text), t.text);
      case QUOTED:
        next();
        return new Expr.Column(t.text);
      case NAME:
        if (peekAt(1).is("(")) {
          if (Functions.isPanelOperator(t.text)) {
            List<Expr> one = panelOperator(false);
            return one.get(0);
          }
          return call();
        }
        next();
        return new Expr.Column(t.text);
      default:
        if (t.is("(")) {
          next();
          Expr e = expr();
          expect(")");
          return e;
        }
        throw error(t, t.kind == Token.Kind.END ? "expression ends too early" : "unexpected `" + t.text + "`");
    }
  }

  private Expr call() {
    Token name = next();
    Integer arity = Functions.ARITY.get(name.text);
    if (arity == null) throw error(name, "unknown function `" + name.text + "`; known: " + knownFunctions());
    expect("(");
    List<Expr> args = new ArrayList<>();
    if (!peek().is(")")) {
      args.add(expr());
      while (accept(",")) args.add(expr());
    }
    expect(")");
    if (args.size() != arity)
      throw error(name, "`" + name.text + "` takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size());
    return new Expr.Call(name.text, List.copyOf(args), 0);
  }

  /** {@code l(x, k)}, {@code l(x, a:b)}, {@code f(...)}, {@code d(x[, k])}, {@code growth(x[, k])}. */
  private List<Expr> panelOperator(boolean allowRange) {
    Token name = next();
    expect("(");
    Expr arg = expr();
    int from, to;
    if (accept(",")) {
      from = integer();
      to = from;
      if (accept(":")) {
        to = integer();
        if (!allowRange) throw error(name, "a lag range `" + from + ":" + to + "` is only allowed as a model term");
        if (to < from) throw error(name, "lag range " + from + ":" + to + " runs backwards");
      }
    } else {
      if (!Functions.lagOptional(name.text))
        throw error(name, "`" + name.text + "(x, k)` needs the number of years k, e.g. " + name.text + "(x, 1)");
      from = to = 1;
    }
    expect(")");
    List<Expr> out = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      boolean identity = k == 0 && !Functions.lagOptional(name.text);
      // l(x, 0) is x itself, as in fixest: the term keeps the variable's own name
      out.add(identity ? arg : new Expr.Call(name.text, List.of(arg), k));
    }
    return out;
  }

  private int integer() {
    boolean neg = accept("-");
    Token t = next();
    if (t.kind != Token.Kind.NUMBER || !t.text.matches("\\d+")) throw error(t, "expected a whole number of years");
    int v = Integer.parseInt(t.text);
    return neg ? -v : v;
  }

  private String knownFunctions() {
    return String.join(", ", new java.util.TreeSet<>(Functions.ARITY.keySet()));
  }

  private Token peek() { return tokens.get(pos); }

  private Token peekAt(int ahead) { return tokens.get(Math.min(pos + ahead, tokens.size() - 1)); }

  private Token next() { return tokens.get(pos++); }

  private boolean accept(String op) {
    if (peek().is(op)) { pos++; return true; }
    return false;
  }

  private void expect(String op) {
    Token t = peek();
    if (!t.is(op)) throw error(t, "expected `" + op + "`" + (t.kind == Token.Kind.END ? " before the end" : ", found `" + t.text + "`"));
    pos++;
  }

  private void expectEnd() {
    Token t = peek();
    if (t.kind != Token.Kind.END) throw error(t, "unexpected `" + t.text + "`");
  }

  private ExpressionException error(Token t, String message) {
    return new ExpressionException(source, t.offset, message);
  }
}
