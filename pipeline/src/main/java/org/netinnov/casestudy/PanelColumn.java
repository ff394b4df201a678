package org.netinnov.casestudy;

/**
 * One column to collect per firm-year when the Midea case is extended to a multi-firm panel.
 *
 * @param construct     the paper's construct the column measures (e.g. "government network")
 * @param column        column name in the panel (the synthetic panel uses the same names)
 * @param description   definition and unit
 * @param typicalSource where it is usually obtained (CSMAR, Wind, annual reports, CNIPA, ...)
 * @param caseEvidence  what the Midea paper reports for this indicator, or why it has no counterpart there
 */
public record PanelColumn(String construct, String column, String description, String typicalSource,
    String caseEvidence) {}
