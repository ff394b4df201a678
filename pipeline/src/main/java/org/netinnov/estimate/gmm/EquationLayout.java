package org.netinnov.estimate.gmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.netinnov.data.Panel;

/**
 * Where every equation row and every regressor and instrument column of the stacked GMM system sits, following
 * plm's {@code pgmm}.
 *
 * <p>Time runs on a calendar grid {@code t = 0 .. T-1} (year {@code firstYear + t}), so lags, differences and the
 * instruments of a firm with an interior gap follow the year: pgmm does the same by expanding the data to the full
 * firm × year grid before differencing. With {@code TL1 = max(max regressor lag + 1, min GMM lag)} and
 * {@code TL2 = TL1 - 1} (pgmm's names):
 * <ul>
 *   <li>differenced equations for {@code t = TL1 .. T-1} (rows {@code 0 .. nDiff-1});</li>
 *   <li>system GMM adds equations in levels for {@code t = TL2 .. T-1} (rows {@code nDiff .. nDiff+nLev-1}).</li>
 * </ul>
 * Regressor columns: the regressors, then pgmm's time effects: in difference GMM the differenced dummies of years
 * {@code TL1 .. T-1}; in system GMM an intercept and the dummies of years {@code TL2+1 .. T-1}.
 *
 * <p>Instrument columns, in pgmm's order. Difference: [GMM blocks | time dummies | IV]; system:
 * [GMM blocks for the differenced rows | GMM blocks for the levels rows | intercept and time dummies (levels rows
 * only) | IV differenced | IV in levels]. A GMM block of {@code gmm(x, a, b)} gives the differenced row of year t
 * the levels {@code x(s)}, {@code max(0, t-b) <= s <= t-a}: one column per (row, s) or, collapsed, one column
 * per lag {@code a, a+1, ...}. Its levels block gives the levels row of year t the difference {@code Δx(t-1)}: one
 * column per year or, collapsed, a single column.
 */
final class EquationLayout {
  final boolean system;
  final boolean timeDummies;
  final boolean collapse;
  final int firstYear;
  final int nYears;            // T
  final int tl1;
  final int tl2;
  final int nDiff;
  final int nLev;              // 0 for difference GMM
  final int rows;              // nDiff + nLev

  /** Distinct panel columns the model reads, and their data. */
  final String[] varNames;
  final double[][] varData;
  final int outcomeVar;

  final int nReg;
  final int[] regVar;
  final int[] regLag;
  /** Number of regressor columns: regressors then time effects. */
  final int kFull;
  final String[] termNames;

  final int nGmm;
  final int[] gmmVar;
  final int[] gmmMin;
  final int[] gmmMax;          // clamped to T
  final int[] gmmDiffStart;    // first column of each differenced-rows block
  final int[][] gmmDiffRowOffset; // non-collapsed: offset of row r's columns inside block g
  final int[] gmmCollapsedCols;   // collapsed: columns of block g
  final int[] gmmLevStart;     // first column of each levels-rows block (system)
  final int levFirstSource;    // non-collapsed levels blocks: column 0 holds Δx(levFirstSource)

  final int tdStart;           // first time-effect instrument column (-1 without time effects)
  final int nIv;
  final int[] ivVar;
  final int[] ivLag;
  final int ivDiffStart;
  final int ivLevStart;        // system only, else -1
  final int nCols;             // all instrument columns, zero ones included

  EquationLayout(Panel panel, GmmSpec spec) {
    system = spec.transformation() == GmmSpec.Transformation.SYSTEM;
    timeDummies = spec.timeDummies();
    collapse = spec.collapse();
    if (panel.rows() == 0) throw new IllegalArgumentException("the panel has no rows");
    int[] years = panel.distinctYears();
    firstYear = years[0];
    nYears = years[years.length - 1] - firstYear + 1;
    tl1 = Math.max(spec.maxRegressorLag() + 1, spec.minGmmLag());
    tl2 = tl1 - 1;
    nDiff = nYears - tl1;
    if (nDiff < 1)
      throw new IllegalArgumentException("the panel spans " + nYears + " years (" + firstYear + "–"
          + (firstYear + nYears - 1) + "); the model's lags need at least " + (tl1 + 1));
    nLev = system ? nYears - tl2 : 0;
    rows = nDiff + nLev;

    var vars = new LinkedHashMap<String, Integer>();
    outcomeVar = variable(vars, panel, spec.outcome(), "outcome");
    nReg = spec.regressors().size();
    regVar = new int[nReg];
    regLag = new int[nReg];
    var terms = new ArrayList<String>();
    for (int j = 0; j < nReg; j++) {
      GmmRegressor r = spec.regressors().get(j);
      regVar[j] = variable(vars, panel, r.variable(), "regressor `" + r.name() + "`");
      regLag[j] = r.lag();
      terms.add(r.name());
    }
    if (timeDummies) {
      if (system) {
        terms.add("(Intercept)");
        for (int t = tl2 + 1; t < nYears; t++) terms.add(Integer.toString(firstYear + t));
      } else {
        for (int t = tl1; t < nYears; t++) terms.add(Integer.toString(firstYear + t));
      }
    }
    for (int j = nReg; j < terms.size(); j++)
      if (terms.subList(0, nReg).contains(terms.get(j)))
        throw new IllegalArgumentException("regressor name `" + terms.get(j) + "` clashes with a time-effect name");
    termNames = terms.toArray(String[]::new);
    kFull = termNames.length;

    nGmm = spec.gmmInstruments().size();
    gmmVar = new int[nGmm];
    gmmMin = new int[nGmm];
    gmmMax = new int[nGmm];
    gmmDiffStart = new int[nGmm];
    gmmDiffRowOffset = new int[nGmm][];
    gmmCollapsedCols = new int[nGmm];
    gmmLevStart = new int[nGmm];
    int col = 0;
    for (int g = 0; g < nGmm; g++) {
      GmmInstrument gi = spec.gmmInstruments().get(g);
      gmmVar[g] = variable(vars, panel, gi.variable(), "gmm instrument");
      gmmMin[g] = gi.minLag();
      gmmMax[g] = Math.min(gi.maxLag(), nYears);
      gmmDiffStart[g] = col;
      if (collapse) {
        gmmCollapsedCols[g] = Math.max(0, Math.min(nYears - gmmMin[g], gmmMax[g] + 1 - gmmMin[g]));
        col += gmmCollapsedCols[g];
      } else {
        int[] off = new int[nDiff];
        int c = 0;
        for (int r = 0; r < nDiff; r++) {
          off[r] = c;
          c += gmmDiffCount(g, tl1 + r);
        }
        gmmDiffRowOffset[g] = off;
        col += c;
      }
    }
    // pgmm: the levels row of year t uses Δx(t-1); non-collapsed columns are Δx(s) for s = levFirstSource..T-2
    levFirstSource = Math.max(1, tl2 - 1);
    for (int g = 0; g < nGmm; g++) {
      if (!system) { gmmLevStart[g] = -1; continue; }
      gmmLevStart[g] = col;
      col += collapse ? (nYears >= 3 ? 1 : 0) : Math.max(0, nYears - 1 - levFirstSource);
    }
    if (timeDummies) {
      tdStart = col;
      col += system ? nLev : nDiff;
    } else {
      tdStart = -1;
    }

    var ivV = new ArrayList<Integer>();
    var ivL = new ArrayList<Integer>();
    for (String s : spec.ivInstruments()) {
      GmmRegressor match = null;
      for (GmmRegressor r : spec.regressors()) if (r.name().equals(s)) { match = r; break; }
      if (match != null) {
        ivV.add(variable(vars, panel, match.variable(), "IV instrument `" + s + "`"));
        ivL.add(match.lag());
      } else if (panel.hasNumeric(s)) {
        ivV.add(variable(vars, panel, s, "IV instrument"));
        ivL.add(0);
      } else {
        throw new IllegalArgumentException("IV instrument `" + s + "` is neither a regressor name nor a numeric "
            + "panel column");
      }
    }
    nIv = ivV.size();
    ivVar = ivV.stream().mapToInt(Integer::intValue).toArray();
    ivLag = ivL.stream().mapToInt(Integer::intValue).toArray();
    ivDiffStart = col;
    col += nIv;
    ivLevStart = system ? col : -1;
    if (system) col += nIv;
    nCols = col;

    varNames = vars.keySet().toArray(String[]::new);
    varData = new double[varNames.length][];
    for (int v = 0; v < varNames.length; v++) varData[v] = panel.numeric(varNames[v]);
  }

  private static int variable(LinkedHashMap<String, Integer> vars, Panel panel, String name, String role) {
    Integer v = vars.get(name);
    if (v != null) return v;
    if (!panel.hasNumeric(name))
      throw new IllegalArgumentException(role + ": no numeric column `" + name + "` in the panel");
    vars.put(name, vars.size());
    return vars.size() - 1;
  }

  /** Year index of differenced row r. */
  int diffYear(int r) { return tl1 + r; }

  /** Year index of levels row j (row number nDiff + j). */
  int levYear(int j) { return tl2 + j; }

  /** First source year of gmm block g in the differenced row of year t (the last is t - min lag). */
  int gmmDiffFirstSource(int g, int t) { return Math.max(0, t - gmmMax[g]); }

  /** Number of instruments of (non-collapsed) gmm block g in the differenced row of year t. */
  int gmmDiffCount(int g, int t) {
    // pgmm indexes x[max(1, t-b):(t-a)], which for t-a = 0 wrongly yields x[1]; we use no instrument then
    return Math.max(0, t - gmmMin[g] - gmmDiffFirstSource(g, t) + 1);
  }

  List<String> termList() { return List.of(termNames); }
}
