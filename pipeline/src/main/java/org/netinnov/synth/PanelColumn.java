package org.netinnov.synth;

import java.util.Locale;

/**
 * The columns of the synthetic export, in file order, with how each is written.
 *
 * <p>The first eight columns describe the firm-year and are never made messy. The remaining 29
 * "measured" columns (indicators, outcomes, controls) may carry injected missing markers; within them,
 * {@link Kind#SHARE} columns may be written as percent text, {@link Kind#MONEY} columns as quoted text
 * with thousands separators, and {@link #LEVERAGE}/{@link #ROA} may carry extreme outliers.
 */
public enum PanelColumn {
  FIRM_ID(Kind.IDENTIFIER, 0, Block.FIRM),
  FIRM_NAME(Kind.TEXT, 0, Block.FIRM),
  INDUSTRY(Kind.TEXT, 0, Block.FIRM),
  PROVINCE(Kind.TEXT, 0, Block.FIRM),
  REGION(Kind.TEXT, 0, Block.FIRM),
  SOE(Kind.INTEGER, 0, Block.FIRM),
  LIST_YEAR(Kind.INTEGER, 0, Block.FIRM),
  YEAR(Kind.INTEGER, 0, Block.FIRM),

  OVERSEAS_REVENUE_SHARE(Kind.SHARE, 4, Block.INTERNATIONAL),
  OVERSEAS_SUBSIDIARIES(Kind.COUNT, 0, Block.INTERNATIONAL),
  CROSS_BORDER_MA(Kind.COUNT, 0, Block.INTERNATIONAL),
  EXPORT_COUNTRIES(Kind.COUNT, 0, Block.INTERNATIONAL),

  GOV_SUBSIDY(Kind.MONEY, 2, Block.GOVERNMENT),
  REVENUE(Kind.MONEY, 2, Block.GOVERNMENT),
  DONATIONS(Kind.MONEY, 2, Block.GOVERNMENT),
  POLITICAL_TIE(Kind.COUNT, 0, Block.GOVERNMENT),
  GOV_PROJECTS(Kind.COUNT, 0, Block.GOVERNMENT),

  TOP5_CUSTOMER_SHARE(Kind.SHARE, 4, Block.BUSINESS),
  TOP5_SUPPLIER_SHARE(Kind.SHARE, 4, Block.BUSINESS),
  ALLIANCES(Kind.COUNT, 0, Block.BUSINESS),
  ASSOCIATION_MEMBERSHIPS(Kind.COUNT, 0, Block.BUSINESS),

  UNIVERSITY_COLLAB(Kind.COUNT, 0, Block.TECHNOLOGICAL),
  RD_CENTERS_DOMESTIC(Kind.COUNT, 0, Block.TECHNOLOGICAL),
  RD_CENTERS_OVERSEAS(Kind.COUNT, 0, Block.TECHNOLOGICAL),
  RD_PERSONNEL_RATIO(Kind.SHARE, 4, Block.TECHNOLOGICAL),
  RD_SPENDING(Kind.MONEY, 2, Block.TECHNOLOGICAL),

  BOARD_MEETINGS(Kind.COUNT, 0, Block.PLACEBO),
  OFFICE_AREA(Kind.COUNT, 0, Block.PLACEBO),
  WEBSITE_LANGUAGES(Kind.COUNT, 0, Block.PLACEBO),

  PATENT_APPLICATIONS(Kind.COUNT, 0, Block.OUTCOME),
  INVENTION_PATENTS(Kind.COUNT, 0, Block.OUTCOME),
  MARKET_SHARE(Kind.SHARE, 6, Block.OUTCOME),
  OVERSEAS_REVENUE_GROWTH(Kind.DECIMAL, 4, Block.OUTCOME),

  TOTAL_ASSETS(Kind.MONEY, 2, Block.CONTROL),
  LEVERAGE(Kind.DECIMAL, 4, Block.CONTROL),
  ROA(Kind.DECIMAL, 4, Block.CONTROL),
  FIRM_AGE(Kind.COUNT, 0, Block.CONTROL);

  /** How a column's values are written. */
  public enum Kind {
    /** Six-digit stock code, text with leading zeros. */
    IDENTIFIER,
    /** Free text (names, codes). */
    TEXT,
    /** Descriptive integer (never messy). */
    INTEGER,
    /** Non-negative integer measurement. */
    COUNT,
    /** Fraction in [0, 1]; may be written as percent text. */
    SHARE,
    /** Yuan with two decimals; may be written as quoted text with thousands separators. */
    MONEY,
    /** Other real number with fixed decimals. */
    DECIMAL
  }

  /** The construct a column belongs to. */
  public enum Block { FIRM, INTERNATIONAL, GOVERNMENT, BUSINESS, TECHNOLOGICAL, PLACEBO, OUTCOME, CONTROL }

  private static final PanelColumn[] ALL = values();
  /** Index of the first measured column. */
  public static final int FIRST_MEASURED = OVERSEAS_REVENUE_SHARE.ordinal();

  private final Kind kind;
  private final int decimals;
  private final Block block;
  private final String header;

  PanelColumn(Kind kind, int decimals, Block block) {
    this.kind = kind;
    this.decimals = decimals;
    this.block = block;
    this.header = name().toLowerCase(Locale.ROOT);
  }

  /** The CSV header, e.g. {@code top5_supplier_share}. */
  public String header() { return header; }

  public Kind kind() { return kind; }

  /** Digits after the decimal point in the plain written form. */
  public int decimals() { return decimals; }

  public Block block() { return block; }

  /** True for the 29 indicator/outcome/control columns that may carry injected problems. */
  public boolean measured() { return ordinal() >= FIRST_MEASURED; }

  /** True for the ratio columns that may carry injected extreme outliers. */
  public boolean outlierEligible() { return this == LEVERAGE || this == ROA; }

  public static PanelColumn at(int index) { return ALL[index]; }

  public static int count() { return ALL.length; }
}
