package org.netinnov.casestudy;

import java.util.Locale;

/**
 * The three social-network dimensions of Cai's Midea case: government, business and technological networks
 * (section 2 of the paper: relations with officials and regulators; with suppliers, clients, partners,
 * competitors and industry associations; with universities and research institutions).
 */
public enum NetworkType {
  GOVERNMENT("government"),
  BUSINESS("business"),
  TECHNOLOGICAL("technological");

  private final String label;

  NetworkType(String label) {
    this.label = label;
  }

  /** Lower-case label as written in {@code events.csv}. */
  public String label() { return label; }

  /** Parses a label case-insensitively; returns {@code null} for anything else so the caller can say where. */
  static NetworkType parseOrNull(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    for (NetworkType n : values()) {
      if (n.label.equals(t)) {
        return n;
      }
    }
    return null;
  }
}
