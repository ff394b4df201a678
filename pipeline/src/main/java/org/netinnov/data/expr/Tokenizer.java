package org.netinnov.data.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens. Names may hold letters of any script (Chinese column names), digits, '_'
 * and '.'; any other column name is written in backticks, as in R: {@code `total assets (yuan)`}.
 */
final class Tokenizer {
  private Tokenizer() {}

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0, n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) { i++; continue; }
      int start = i;
      if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
          int j = i + 1;
          if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
          if (j < n && Character.isDigit(s.charAt(j))) {
            i = j;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
          }
        }
        String num = s.substring(start, i);
        try {
          Double.parseDouble(num);
        } catch (NumberFormatException e) {
          throw new ExpressionException(s, start, "malformed number `" + num + "`");
        }
        out.add(new Token(Token.Kind.NUMBER, num, start));
      } else if (Character.isLetter(c) || c == '_' || c == '.') {
        while (i < n && isNameChar(s.charAt(i))) i++;
        out.add(new Token(Token.Kind.NAME, s.substring(start, i), start));
      } else if (c == '`') {
        int close = s.indexOf('`', i + 1);
        if (close < 0) throw new ExpressionException(s, start, "unclosed backtick");
        out.add(new Token(Token.Kind.QUOTED, s.substring(i + 1, close), start));
        i = close + 1;
      } else {
        String two = i + 1 < n ? s.substring(i, i + 2) : "";
        if (two.equals("<=") || two.equals(">=") || two.equals("==") || two.equals("!=")) {
          out.add(new Token(Token.Kind.OP, two, start));
          i += 2;
        } else if ("+-*/^:(),<>&|!~".indexOf(c) >= 0) {
          out.add(new Token(Token.Kind.OP, String.valueOf(c), start));
          i++;
        } else {
          throw new ExpressionException(s, start, "unexpected character `" + c + "`");
        }
      }
    }
    out.add(new Token(Token.Kind.END, "", n));
    return out;
  }
}
