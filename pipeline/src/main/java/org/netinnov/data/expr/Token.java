package org.netinnov.data.expr;

/** A lexical token with its offset in the source, for error messages. */
final class Token {
  enum Kind { NUMBER, NAME, QUOTED, OP, END }

  final Kind kind;
  final String text;
  final int offset;

  Token(Kind kind, String text, int offset) {
    this.kind = kind;
    this.text = text;
    this.offset = offset;
  }

  boolean is(String op) { return kind == Kind.OP && text.equals(op); }

  @Override public String toString() { return kind + "(" + text + ")"; }
}
