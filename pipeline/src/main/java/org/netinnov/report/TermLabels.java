package org.netinnov.report;

import java.util.Map;

/**
 * Turns raw names (terms, outcomes, fixed effects, cluster variables) into the labels readers see.
 *
 * <p>An exact entry in {@code report.labels} always wins. Otherwise the names the formula language produces are
 * spelled out from their parts, so a label given once for {@code government} also labels its lags:
 * {@code l(government, 2)} → "Government (t-2)", {@code f(x, 1)} → "X (t+1)", {@code a:b} → "A × B",
 * {@code industry^year} → "Industry × Year", {@code (Intercept)} → "Constant". Anything else is shown as written.
 */
public final class TermLabels {
  /** No labels given: names are only spelled out (lags, interactions, the constant). */
  public static final TermLabels NONE = new TermLabels(Map.of());

  private final Map<String, String> labels;

  public TermLabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  public String label(String raw) {
    String exact = labels.get(raw);
    if (exact != null) return exact;
    if (raw.equals("(Intercept)")) return "Constant";
    String[] nested = panelOperator(raw);
    if (nested != null) {
      int k = Integer.parseInt(nested[2]);
      if (nested[0].equals("f")) k = -k;
      String base = label(nested[1]);
      return k == 0 ? base : base + (k > 0 ? " (t-" + k + ")" : " (t+" + (-k) + ")");
    }
    String[] interaction = splitTopLevel(raw, ':');
    if (interaction.length > 1) return joinParts(interaction);
    String[] combined = splitTopLevel(raw, '^');
    if (combined.length > 1) return joinParts(combined);
    return raw;
  }

  /**
   * {@code l(<expr>, k)} or {@code f(<expr>, k)}, the expression possibly with parentheses of its own, e.g.
   * {@code l(log(emp), 1)}: {operator, expression, k}, or null.
   */
  private static String[] panelOperator(String raw) {
    if (!(raw.startsWith("l(") || raw.startsWith("f(")) || !raw.endsWith(")")) return null;
    String inner = raw.substring(2, raw.length() - 1);
    int depth = 0, comma = -1;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == ',' && depth == 0) comma = i;
      if (depth < 0) return null;
    }
    if (comma < 0 || depth != 0) return null;
    String k = inner.substring(comma + 1).trim();
    if (!k.matches("-?\\d+")) return null;
    return new String[] {raw.substring(0, 1), inner.substring(0, comma).trim(), k};
  }

  /**
   * Splits at separators outside parentheses, so {@code l(government, 1):soe} is an interaction of two terms while
   * {@code log(a:b)} is one; a name with no such separator (or an empty part) comes back whole.
   */
  private static String[] splitTopLevel(String raw, char sep) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int depth = 0, start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == sep && depth == 0) {
        parts.add(raw.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(raw.substring(start));
    for (String part : parts) if (part.isBlank()) return new String[] {raw};
    return parts.toArray(String[]::new);
  }

  /** Label of a fixed effect as a table row: "Firm FE". */
  public String fixedEffect(String raw) {
    return label(raw) + " FE";
  }

  private String joinParts(String[] parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (sb.length() > 0) sb.append(" × ");
      sb.append(label(p.trim()));
    }
    return sb.toString();
  }
}
