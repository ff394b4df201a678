package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "extend to a panel" list: the synthetic panel's columns, complete, and the same as in the README. */
class PanelExtensionTest {
  /** Column names of the synthetic panel, by construct, as the project specifies them. */
  private static final List<String> EXPECTED = List.of(
      "international entrepreneurship|overseas_revenue_share", "international entrepreneurship|overseas_subsidiaries",
      "international entrepreneurship|cross_border_ma", "international entrepreneurship|export_countries",
      "government network|gov_subsidy", "government network|revenue", "government network|donations",
      "government network|political_tie", "government network|gov_projects",
      "business network|top5_customer_share", "business network|top5_supplier_share", "business network|alliances",
      "business network|association_memberships",
      "technological network|university_collab", "technological network|rd_centers_domestic",
      "technological network|rd_centers_overseas", "technological network|rd_personnel_ratio",
      "technological network|rd_spending",
      "innovation performance|patent_applications", "innovation performance|invention_patents",
      "innovation performance|market_share", "innovation performance|overseas_revenue_growth",
      "control|total_assets", "control|leverage", "control|roa", "control|firm_age");

  @Test
  void columnsAreTheSyntheticPanelsInOrder() {
    List<PanelColumn> cols = PanelExtension.columns();
    assertThat(cols).extracting(c -> c.construct() + "|" + c.column()).containsExactlyElementsOf(EXPECTED);
    for (PanelColumn c : cols) {
      assertThat(c.description()).as(c.column()).isNotBlank();
      assertThat(c.typicalSource()).as(c.column()).isNotBlank();
      assertThat(c.caseEvidence()).as(c.column()).isNotBlank();
    }
    assertThat(CaseStudy.load(MideaPaperFiguresTest.DIR).panelColumnsToCollect()).isEqualTo(cols);
  }

  @Test
  void readmeTableListsTheSameColumns() throws IOException {
    String readme = Files.readString(MideaPaperFiguresTest.DIR.resolve("README.md"));
    Matcher m = Pattern.compile("(?m)^\\| ([a-z ]+) \\| `([a-z0-9_]+)` \\|").matcher(readme);
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1) + "|" + m.group(2));
    }
    assertThat(rows).containsExactlyElementsOf(EXPECTED);
  }
}
