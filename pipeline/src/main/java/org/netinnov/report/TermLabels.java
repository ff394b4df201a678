package org.netinnov.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw names (terms, outcomes, fixed effects, cluster variables) into the labels readers see.
 *
 * <p>An exact entry in {@code report.labels} always wins. Otherwise the names the formula language produces are
 * spelled out from their parts, so a label given once for {@code government} also labels its lags:
 * {@code l(government, 2)} → "Government (t-2)", {@code f(x, 1)} → "X (t+1)", {@code a:b} → "A × B",
 * {@code industry^year} → "Industry × Year", {@code (Intercept)} → "Constant". Anything else is shown as written.
 */
public final class TermLabels {
  private static final Pattern LAG = Pattern.compile("^([lf])\\(\\s*([^,()]+?)\\s*,\\s*(-?\\d+)\\s*\\)$");

  private final Map<String, String> labels;

  public TermLabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  public String label(String raw) {
    String exact = labels.get(raw);
    if (exact != null) return exact;
    if (raw.equals("(Intercept)")) return "Constant";
    Matcher m = LAG.matcher(raw);
    if (m.matches()) {
      int k = Integer.parseInt(m.group(3));
      if (m.group(1).equals("f")) k = -k;
      String base = label(m.group(2));
      if (k == 0) return base;
      return base + (k > 0 ? " (t-" + k + ")" : " (t+" + (-k) + ")");
    }
    if (raw.indexOf(':') > 0 && !raw.contains("(")) return joinParts(raw.split(":"));
    if (raw.indexOf('^') > 0) return joinParts(raw.split("\\^"));
    return raw;
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
