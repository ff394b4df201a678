package org.netinnov.synth;

/**
 * Lookup tables that make the synthetic export look like a CSMAR/Wind download of Chinese listed
 * manufacturing firms: CSRC 2012 manufacturing industry codes, provinces with the NBS four-region split,
 * stock-code ranges and the characters firm short names are built from.
 *
 * <p>Weights are rough shares of A-share manufacturing listings (they only shape the look of the data;
 * nothing in the data-generating process depends on province).
 */
final class ChinaTables {
  private ChinaTables() {}

  /** CSRC 2012 manufacturing codes used: food processing ... instruments. */
  static final String[] INDUSTRY_CODES = {"C13", "C26", "C27", "C34", "C35", "C38", "C39", "C40"};
  /** Probability of each industry. */
  static final double[] INDUSTRY_WEIGHTS = {0.08, 0.14, 0.13, 0.10, 0.13, 0.14, 0.18, 0.10};
  /** Industry shift of the log patent mean (part of the firm effect). */
  static final double[] INDUSTRY_PATENT_EFFECT = {-0.8, -0.2, 0.0, 0.1, 0.2, 0.4, 0.6, 0.3};
  /** Two-character endings of firm short names, per industry. */
  static final String[][] INDUSTRY_NAME_ENDINGS = {
      {"食品", "农业", "粮油"}, {"化工", "化学", "新材"}, {"药业", "医药", "生物"}, {"机械", "重工", "动力"},
      {"装备", "精机", "智能"}, {"电气", "电器", "电工"}, {"电子", "科技", "通信"}, {"仪器", "仪表", "光电"}};

  /** The 31 mainland provinces. */
  static final String[] PROVINCES = {
      "Guangdong", "Zhejiang", "Jiangsu", "Shandong", "Shanghai", "Beijing", "Anhui", "Fujian", "Hubei",
      "Hunan", "Sichuan", "Henan", "Hebei", "Liaoning", "Tianjin", "Jiangxi", "Shaanxi", "Chongqing", "Jilin",
      "Heilongjiang", "Shanxi", "Guangxi", "Yunnan", "Guizhou", "Xinjiang", "Inner Mongolia", "Gansu",
      "Hainan", "Ningxia", "Qinghai", "Tibet"};
  /** Relative listing weights of the provinces (normalised when drawn). */
  static final double[] PROVINCE_WEIGHTS = {
      15, 14, 13, 6, 5, 5, 3.5, 3.5, 3, 3, 3, 2.5, 2, 2, 1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.8,
      0.5, 0.4, 0.4, 0.2};
  /** NBS economic region of each province. */
  static final String[] PROVINCE_REGION = {
      "east", "east", "east", "east", "east", "east", "central", "east", "central", "central", "west",
      "central", "east", "northeast", "east", "central", "west", "west", "northeast", "northeast", "central",
      "west", "west", "west", "west", "west", "west", "east", "west", "west", "west"};

  /** Characters the first two characters of a short name are drawn from. */
  static final String NAME_CHARS = "华中东海金天宏新恒长永光大美万鸿国兴安泰明富广信通德博瑞嘉盛正汇联创力达远宇科佳";

  /**
   * Stock-code ranges [from, to] of the Shenzhen main board/SME board, ChiNext and the Shanghai main board,
   * used while the requested number of firms is at most half their size; larger synthetic panels draw from
   * all codes 000001..999999.
   */
  static final int[][] REALISTIC_CODE_RANGES = {{1, 3999}, {300001, 301999}, {600000, 605999}};

  /** Index drawn from {@code weights} (not necessarily normalised) by one uniform. */
  static int draw(double[] weights, double u) {
    double total = 0.0;
    for (double w : weights) {
      total += w;
    }
    double target = u * total;
    double cumulative = 0.0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      if (target < cumulative) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
