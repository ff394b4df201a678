package org.netinnov.synth;

import static org.netinnov.synth.DgpParameters.*;

import java.nio.charset.StandardCharsets;

/**
 * Simulates one firm's whole history (latent truth and clean measured values) into reusable arrays.
 *
 * <p>One instance is reused for every firm, so a panel of any size costs a fixed amount of memory. Year
 * slot {@code y} holds calendar year {@code listYear - 1 + y}: slot 0 is the year before listing, simulated
 * only so that the entry year has a lagged network and a revenue growth base; it is never written.
 *
 * <p>Draw order (it defines the output for a seed): the firm attributes in the order of
 * {@link #drawFirm}, then per year slot the six AR innovations (IE, G, B, T, placebo, assets), the turnover
 * noise, the indicators in {@link IndicatorModel} order, then (entry year on) the patent draws.
 */
final class FirmSimulator {
  final int firstYear;
  final int lastYear;
  /** Industry market size per unit of industry weight, by calendar year firstYear-1 .. lastYear. */
  private final double[] marketSizePerWeight;

  // firm attributes
  int industry;
  int province;
  int soe;
  int listYear;
  int foundedYear;
  byte[] nameBytes;
  double firmEffect;
  private double logAssets0;
  private double assetGrowth;
  private double turnover;
  private double ieFirm;
  private double ieStep;
  private int tau;
  private double govFirm;
  private double busFirm;
  private double techFirm;
  private double placeboFirm;
  double tieFirm;
  double leverageFirm;
  double roaFirm;
  private double inventionFirm;
  // AR(1) states of the current year
  private double arIe;
  private double arGov;
  private double arBus;
  private double arTech;
  private double arPlacebo;
  private double arAssets;

  /** Number of filled year slots (the pre-listing year included). */
  int slots;
  final double[] ie;
  final double[] government;
  final double[] business;
  final double[] technological;
  final double[] placebo;
  final double[] logAssets;
  final double[] logRevenue;
  final double[] patentMean;
  /** Clean measured values: {@code measured[column.ordinal() - FIRST_MEASURED][slot]}. */
  final double[][] measured;

  FirmSimulator(int firms, int firstYear, int lastYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    int maxSlots = lastYear - firstYear + 2;
    double marketScale = StrictMath.max(1.0, firms / MARKET_REFERENCE_FIRMS);
    marketSizePerWeight = new double[maxSlots];
    for (int k = 0; k < maxSlots; k++) {
      int t = firstYear - 1 + k;
      marketSizePerWeight[k] = MARKET_SIZE_PER_WEIGHT * marketScale * StrictMath.exp(MARKET_GROWTH * (t - BASE_YEAR));
    }
    ie = new double[maxSlots];
    government = new double[maxSlots];
    business = new double[maxSlots];
    technological = new double[maxSlots];
    placebo = new double[maxSlots];
    logAssets = new double[maxSlots];
    logRevenue = new double[maxSlots];
    patentMean = new double[maxSlots];
    measured = new double[PanelColumn.count() - PanelColumn.FIRST_MEASURED][maxSlots];
  }

  int yearOf(int slot) { return listYear - 1 + slot; }

  double value(PanelColumn column, int slot) {
    return measured[column.ordinal() - PanelColumn.FIRST_MEASURED][slot];
  }

  void set(PanelColumn column, int slot, double v) {
    measured[column.ordinal() - PanelColumn.FIRST_MEASURED][slot] = v;
  }

  /** Draws the firm and its whole history from {@code v}. */
  void simulate(Variates v) {
    drawFirm(v);
    slots = lastYear - listYear + 2;
    for (int y = 0; y < slots; y++) {
      simulateYear(v, y);
    }
  }

  private void drawFirm(Variates v) {
    industry = ChinaTables.draw(ChinaTables.INDUSTRY_WEIGHTS, v.uniform());
    province = ChinaTables.draw(ChinaTables.PROVINCE_WEIGHTS, v.uniform());
    soe = v.bernoulli(SOE_PROB) ? 1 : 0;
    int laterYears = StrictMath.min(ENTRY_LATER_YEARS, lastYear - firstYear);
    double u = v.uniform();
    listYear = (laterYears == 0 || u < ENTRY_FIRST_YEAR_PROB) ? firstYear : firstYear + 1 + v.uniformInt(laterYears);
    foundedYear = listYear - (FOUNDING_GAP_MIN + v.uniformInt(FOUNDING_GAP_MAX - FOUNDING_GAP_MIN + 1));
    nameBytes = drawName(v);
    logAssets0 = v.normal(LOG_ASSETS_MEAN, LOG_ASSETS_SD);
    assetGrowth = v.normal(ASSET_GROWTH_MEAN, ASSET_GROWTH_SD);
    turnover = v.normal(TURNOVER_MEAN, TURNOVER_SD);
    boolean east = "east".equals(ChinaTables.PROVINCE_REGION[province]);
    ieFirm = v.normal(IE_FIRM_MEAN + (east ? IE_FIRM_EAST_SHIFT : 0.0), IE_FIRM_SD);
    ieStep = StrictMath.max(0.0, v.normal(IE_STEP_MEAN, IE_STEP_SD));
    int tauFrom = firstYear - TAU_BEFORE;
    tau = tauFrom + v.uniformInt(lastYear + TAU_AFTER - tauFrom + 1);
    govFirm = GOVERNMENT_SOE_SHIFT * soe + v.normal(0.0, NETWORK_FIRM_SD);
    busFirm = v.normal(0.0, NETWORK_FIRM_SD);
    techFirm = v.normal(0.0, NETWORK_FIRM_SD);
    placeboFirm = v.normal(0.0, PLACEBO_FIRM_SD);
    tieFirm = v.normal(0.0, TIE_FIRM_SD);
    firmEffect = ChinaTables.INDUSTRY_PATENT_EFFECT[industry] + v.normal(0.0, PATENT_FIRM_SD)
        + PATENT_FIRM_TECH_LOADING * techFirm;
    leverageFirm = v.normal(0.0, LEVERAGE_FIRM_SD);
    roaFirm = v.normal(0.0, ROA_FIRM_SD);
    inventionFirm = v.normal(0.0, INVENTION_FIRM_SD);
  }

  private byte[] drawName(Variates v) {
    String chars = ChinaTables.NAME_CHARS;
    String[] endings = ChinaTables.INDUSTRY_NAME_ENDINGS[industry];
    char first = chars.charAt(v.uniformInt(chars.length()));
    char second = chars.charAt(v.uniformInt(chars.length()));
    String ending = endings[v.uniformInt(endings.length)];
    return (String.valueOf(first) + second + ending).getBytes(StandardCharsets.UTF_8);
  }

  private void simulateYear(Variates v, int y) {
    int t = yearOf(y);
    if (y == 0) {
      // the AR(1) states start from their stationary laws
      arIe = v.normal() * stationarySd(IE_AR_RHO, IE_AR_SD);
      arGov = v.normal() * stationarySd(NETWORK_AR_RHO, NETWORK_AR_SD);
      arBus = v.normal() * stationarySd(NETWORK_AR_RHO, NETWORK_AR_SD);
      arTech = v.normal() * stationarySd(NETWORK_AR_RHO, NETWORK_AR_SD);
      arPlacebo = v.normal() * stationarySd(NETWORK_AR_RHO, NETWORK_AR_SD);
      arAssets = v.normal() * stationarySd(ASSET_AR_RHO, ASSET_AR_SD);
    } else {
      arIe = IE_AR_RHO * arIe + IE_AR_SD * v.normal();
      arGov = NETWORK_AR_RHO * arGov + NETWORK_AR_SD * v.normal();
      arBus = NETWORK_AR_RHO * arBus + NETWORK_AR_SD * v.normal();
      arTech = NETWORK_AR_RHO * arTech + NETWORK_AR_SD * v.normal();
      arPlacebo = NETWORK_AR_RHO * arPlacebo + NETWORK_AR_SD * v.normal();
      arAssets = ASSET_AR_RHO * arAssets + ASSET_AR_SD * v.normal();
    }
    ie[y] = ieLevel(y) + arIe;
    government[y] = LOAD_GOVERNMENT * ie[y] + govFirm + arGov;
    business[y] = LOAD_BUSINESS * ie[y] + busFirm + arBus;
    technological[y] = LOAD_TECHNOLOGICAL * ie[y] + techFirm + arTech;
    placebo[y] = placeboFirm + arPlacebo;
    logAssets[y] = logAssets0 + assetGrowth * (y - 1) + arAssets;
    logRevenue[y] = logAssets[y] + turnover + TURNOVER_NOISE_SD * v.normal();

    IndicatorModel.measure(v, this, y);
    double revenue = value(PanelColumn.REVENUE, y);
    double marketSize = ChinaTables.INDUSTRY_WEIGHTS[industry] * marketSizePerWeight[t - firstYear + 1];
    set(PanelColumn.MARKET_SHARE, y, StrictMath.min(1.0, revenue / marketSize));
    set(PanelColumn.FIRM_AGE, y, t - foundedYear);
    if (y == 0) {
      patentMean[y] = Double.NaN;
      set(PanelColumn.OVERSEAS_REVENUE_GROWTH, y, Double.NaN);
      set(PanelColumn.PATENT_APPLICATIONS, y, Double.NaN);
      set(PanelColumn.INVENTION_PATENTS, y, Double.NaN);
      return;
    }
    double overseasNow = value(PanelColumn.OVERSEAS_REVENUE_SHARE, y) * revenue;
    double overseasBefore = value(PanelColumn.OVERSEAS_REVENUE_SHARE, y - 1) * value(PanelColumn.REVENUE, y - 1);
    set(PanelColumn.OVERSEAS_REVENUE_GROWTH, y, overseasNow / overseasBefore - 1.0);

    double logMean = PATENT_INTERCEPT + firmEffect + yearEffect(t)
        + PATENT_SIZE_ELASTICITY * (logAssets[y] - PATENT_SIZE_CENTRE)
        + GAMMA_GOVERNMENT * government[y - 1] + GAMMA_BUSINESS * business[y - 1]
        + GAMMA_TECHNOLOGICAL * technological[y - 1] + GAMMA_IE_DIRECT * ie[y];
    patentMean[y] = StrictMath.exp(logMean);
    long applications = v.negativeBinomial(patentMean[y], PATENT_NB_SHAPE);
    double inventionShare = Variates.logistic(INVENTION_INTERCEPT + INVENTION_TECH * technological[y - 1] + inventionFirm);
    set(PanelColumn.PATENT_APPLICATIONS, y, applications);
    set(PanelColumn.INVENTION_PATENTS, y, v.binomial(applications, inventionShare));
  }

  /** Deterministic part of IE in slot y: firm effect + trend + the phased-in internationalisation step. */
  private double ieLevel(int y) {
    int t = yearOf(y);
    double ramp = StrictMath.min(1.0, StrictMath.max(0.0, (t - tau + 1) / IE_RAMP_YEARS));
    return ieFirm + IE_TREND * (t - BASE_YEAR) + ieStep * ramp;
  }

  /** delta_t of the patent equation. */
  static double yearEffect(int year) {
    double s = year - BASE_YEAR;
    return YEAR_LINEAR * s + YEAR_QUADRATIC * s * s;
  }

  private static double stationarySd(double rho, double innovationSd) {
    return innovationSd / StrictMath.sqrt(1.0 - rho * rho);
  }
}
