package org.netinnov.casestudy;

import java.util.List;

/**
 * The "extend the case to a panel" sheet: for each construct of Cai's mechanism (international entrepreneurship
 * builds government, business and technological networks, which raise innovation performance) the firm-year
 * indicators to collect for other firms, with their usual sources. The list is the same as the table in
 * {@code datasets/midea/README.md}; a test keeps the two in step.
 *
 * <p>Shares and ratios are fractions in [0, 1] in the panel; the paper's Midea figures are printed in percent.
 */
public final class PanelExtension {
  public static final String INTERNATIONAL_ENTREPRENEURSHIP = "international entrepreneurship";
  public static final String GOVERNMENT_NETWORK = "government network";
  public static final String BUSINESS_NETWORK = "business network";
  public static final String TECHNOLOGICAL_NETWORK = "technological network";
  public static final String INNOVATION_PERFORMANCE = "innovation performance";
  public static final String CONTROL = "control";

  private static final String AR = "annual report";

  private static final List<PanelColumn> COLUMNS = List.of(
      c(INTERNATIONAL_ENTREPRENEURSHIP, "overseas_revenue_share",
          "Overseas (outside mainland China) operating revenue / total operating revenue, fraction",
          "CSMAR or Wind revenue by region; " + AR + " segment note",
          "26.71% (2010) and 42.3% (2020), section 4.2.3"),
      c(INTERNATIONAL_ENTREPRENEURSHIP, "overseas_subsidiaries",
          "Number of consolidated subsidiaries registered outside mainland China at year end",
          AR + " list of subsidiaries; CSMAR or Wind subsidiary tables",
          "More than 60 abroad branches, undated (section 3.1)"),
      c(INTERNATIONAL_ENTREPRENEURSHIP, "cross_border_ma",
          "Cross-border acquisitions and joint ventures completed or signed in the year, count",
          "CSMAR or Wind M&A databases; exchange announcements",
          "Tables 1 and 3: Misr 2010, Carrier 2011/2012, Bosch and SIIX 2015, Clivet and Toshiba 2016, "
              + "KUKA and Servotronix 2017"),
      c(INTERNATIONAL_ENTREPRENEURSHIP, "export_countries",
          "Number of countries and regions the firm sells to",
          AR + " business overview; customs export records; hand-collected",
          "More than 200 countries and regions, undated (section 3.1)"),
      c(GOVERNMENT_NETWORK, "gov_subsidy",
          "Government grants recognised in profit or loss in the year, CNY",
          "CSMAR or Wind financial-statement notes (government grants); " + AR,
          "Figure 1 (2007-2019), values not given in the text"),
      c(GOVERNMENT_NETWORK, "revenue",
          "Total operating revenue, CNY; scales subsidies and donations",
          "CSMAR or Wind income statement; " + AR,
          "Not reported as a level"),
      c(GOVERNMENT_NETWORK, "donations",
          "Charitable and public-welfare donations in the year, CNY",
          "CSMAR or Wind non-operating expense notes; " + AR + "; CSR report",
          "Figure 1; '3-6 times since 2018' (section 4.1)"),
      c(GOVERNMENT_NETWORK, "political_tie",
          "1 if the chair, founder or CEO is (or was) a People's Congress or CPPCC deputy or a former official, else 0",
          "CSMAR executive biographies; " + AR + " director profiles",
          "He Xiangjian: Shunde People's Congress deputy and Foshan CPPCC standing committee member, undated"),
      c(GOVERNMENT_NETWORK, "gov_projects",
          "Projects run with a home or host government body in the year (aid programmes, host-government "
              + "investment agreements), count",
          "Exchange announcements; " + AR + "; government and news releases; hand-collected",
          "Nepal induction stoves with the Ministry of Commerce 2015; Pouso Alegre factory 2023 (Table 3)"),
      c(BUSINESS_NETWORK, "top5_customer_share",
          "Sales to the five largest customers / total sales, fraction",
          "CSMAR or Wind top-five customer disclosure; " + AR,
          "Figure 2 (2006-2019), values not given in the text"),
      c(BUSINESS_NETWORK, "top5_supplier_share",
          "Purchases from the five largest suppliers / total purchases, fraction",
          "CSMAR or Wind top-five supplier disclosure; " + AR,
          "16.52% (2006) and 5.42% (2019), section 4.2.1"),
      c(BUSINESS_NETWORK, "alliances",
          "Strategic alliances and joint ventures with other firms formed in the year, count",
          "Exchange announcements; " + AR + "; CSMAR or Wind alliance/M&A records; hand-collected",
          "Joint ventures with Carrier (2011, 2012), Bosch and SIIX (2015)"),
      c(BUSINESS_NETWORK, "association_memberships",
          "Industry associations and chambers in which the firm or its chair holds membership or office at year end, "
              + "count",
          AR + "; CSR report; association member lists; hand-collected",
          "Guangdong and Shunde Chambers of Commerce (from 2004) and six named associations, undated"),
      c(TECHNOLOGICAL_NETWORK, "university_collab",
          "Active collaborations or joint laboratories with universities and research institutes, count",
          AR + "; CNIPA patents co-applied with universities; news releases; hand-collected",
          "Tsinghua and SCUT 2006, Xi'an Jiaotong and SJTU 2010, Jiangnan 2016, Yuan Longping workstation 2017, "
              + "SJTU 2019"),
      c(TECHNOLOGICAL_NETWORK, "rd_centers_domestic",
          "R&D centres in mainland China at year end, count",
          AR + " R&D section",
          "Table 4 implies 10 (2017), 9 (2018), 10 (2019, 2020) as worldwide minus overseas"),
      c(TECHNOLOGICAL_NETWORK, "rd_centers_overseas",
          "R&D centres outside mainland China at year end, count",
          AR + " R&D section",
          "Table 4: 10, 11, 18, 18 (2017-2020)"),
      c(TECHNOLOGICAL_NETWORK, "rd_personnel_ratio",
          "R&D personnel / total employees, fraction",
          "CSMAR or Wind R&D disclosure; " + AR,
          "Paper reports R&D personnel relative to management personnel instead: 27% (2012), over 50% (2016)"),
      c(TECHNOLOGICAL_NETWORK, "rd_spending",
          "R&D expenditure (expensed plus capitalised) in the year, CNY",
          "CSMAR or Wind R&D disclosure; " + AR,
          "More than 3 billion yuan (2013) and more than 10 billion yuan (2020): lower bounds"),
      c(INNOVATION_PERFORMANCE, "patent_applications",
          "Patent applications filed in the year by the firm and its subsidiaries, count",
          "CNIPA patent search by applicant; CSMAR patent data; " + AR,
          "Table 2: 2012-2019"),
      c(INNOVATION_PERFORMANCE, "invention_patents",
          "Invention-patent applications (or grants; state which) in the year, count",
          "CNIPA patent search by applicant and type; CSMAR patent data",
          "Only ranks: world top in home-appliance invention patents for three years (Clarivate, 2018)"),
      c(INNOVATION_PERFORMANCE, "market_share",
          "Firm sales / industry sales in its main product market, fraction",
          "Industry association statistics; Wind industry data; market research reports",
          "Named as an outcome in sections 2 and 6, no figure given"),
      c(INNOVATION_PERFORMANCE, "overseas_revenue_growth",
          "Growth of overseas revenue on the previous year, fraction",
          "Computed from overseas revenue (CSMAR or Wind revenue by region)",
          "+75.7% from 2010 to 2020 in total (section 4.2.3)"),
      c(CONTROL, "total_assets", "Total assets at year end, CNY", "CSMAR or Wind balance sheet; " + AR,
          "Not reported"),
      c(CONTROL, "leverage", "Total liabilities / total assets at year end, fraction",
          "CSMAR or Wind balance sheet; " + AR, "Not reported"),
      c(CONTROL, "roa", "Net profit / total assets, fraction", "CSMAR or Wind financial ratios; " + AR,
          "Not reported"),
      c(CONTROL, "firm_age", "Year minus founding year, years", "CSMAR or Wind company profile; " + AR,
          "Founded 1968 (section 3.1)"));

  private PanelExtension() {}

  private static PanelColumn c(String construct, String column, String description, String source,
      String evidence) {
    return new PanelColumn(construct, column, description, source, evidence);
  }

  /** The columns to collect per firm-year, grouped by construct, in the order of the synthetic panel. */
  public static List<PanelColumn> columns() {
    return COLUMNS;
  }
}
