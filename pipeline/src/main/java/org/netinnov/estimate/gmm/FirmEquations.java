package org.netinnov.estimate.gmm;

import java.util.Arrays;
import org.netinnov.data.Panel;

/**
 * The stacked equations of one firm (pgmm's per-individual blocks {@code yX[[i]]} and {@code W[[i]]}), rebuilt
 * from the panel on demand into buffers reused across firms, so that no estimation pass needs more memory than
 * one firm's block plus the instrument-sized accumulators.
 *
 * <p>After {@link #load(int)}: {@code y[r]}, {@code x[r][k]} (all regressor columns of the layout) and
 * {@code valid[r]} for every equation row r; the instrument row r in compressed sparse form, entries
 * {@code rowStart[r] .. rowStart[r+1]-1} of {@code col}/{@code val}. As in pgmm, a row with a missing outcome or
 * regressor is invalid and set to zero in y, X and the instruments; a missing instrument value is zero.
 */
final class FirmEquations {
  private final EquationLayout lay;
  private final int[] firmStart;
  private final int[] panelYear;

  /** Variable values of the loaded firm on the year grid, NaN where absent. */
  private final double[][] grid;
  /** Panel row of the loaded firm in each grid year, -1 where absent. */
  final int[] rowOfYear;

  final double[] y;
  final double[][] x;
  final boolean[] valid;
  final int[] rowStart;
  int[] col;
  double[] val;
  int nValid;
  int nValidDiff;
  int nValidLev;

  FirmEquations(EquationLayout lay, Panel panel) {
    this.lay = lay;
    this.firmStart = panel.firmOffsets();
    this.panelYear = panel.year();
    grid = new double[lay.varNames.length][lay.nYears];
    rowOfYear = new int[lay.nYears];
    y = new double[lay.rows];
    x = new double[lay.rows][lay.kFull];
    valid = new boolean[lay.rows];
    rowStart = new int[lay.rows + 1];
    col = new int[Math.max(16, lay.rows * 8)];
    val = new double[col.length];
  }

  /** Builds the equations of firm {@code f}. */
  void load(int f) {
    for (double[] g : grid) Arrays.fill(g, Double.NaN);
    Arrays.fill(rowOfYear, -1);
    for (int i = firmStart[f]; i < firmStart[f + 1]; i++) {
      int t = panelYear[i] - lay.firstYear;
      rowOfYear[t] = i;
      for (int v = 0; v < grid.length; v++) grid[v][t] = lay.varData[v][i];
    }
    nValid = nValidDiff = nValidLev = 0;
    int nz = 0;
    for (int r = 0; r < lay.rows; r++) {
      rowStart[r] = nz;
      boolean diff = r < lay.nDiff;
      int t = diff ? lay.diffYear(r) : lay.levYear(r - lay.nDiff);
      boolean ok = diff ? fillDiffRow(r, t) : fillLevRow(r, r - lay.nDiff, t);
      valid[r] = ok;
      if (!ok) {
        y[r] = 0;
        Arrays.fill(x[r], 0.0);
        continue;
      }
      nValid++;
      if (diff) nValidDiff++; else nValidLev++;
      nz = diff ? diffInstruments(r, t, nz) : levInstruments(r - lay.nDiff, t, nz);
    }
    rowStart[lay.rows] = nz;
  }

  /** Value of variable {@code var} in grid year {@code t}, NaN before the grid starts or where absent. */
  private double at(int var, int t) { return t < 0 ? Double.NaN : grid[var][t]; }

  private boolean fillDiffRow(int r, int t) {
    double yy = at(lay.outcomeVar, t) - at(lay.outcomeVar, t - 1);
    if (Double.isNaN(yy)) return false;
    double[] xr = x[r];
    for (int k = 0; k < lay.nReg; k++) {
      int v = lay.regVar[k], l = lay.regLag[k];
      double d = at(v, t - l) - at(v, t - 1 - l);
      if (Double.isNaN(d)) return false;
      xr[k] = d;
    }
    if (lay.timeDummies) {
      Arrays.fill(xr, lay.nReg, lay.kFull, 0.0);
      if (lay.system) {
        // columns: intercept (differences to 0), then dummies of years tl2+1..; row r is year tl2+1+r
        xr[lay.nReg + 1 + r] = 1.0;
        if (r >= 1) xr[lay.nReg + r] = -1.0;
      } else {
        // dummies of years tl1..; row r is year tl1+r
        xr[lay.nReg + r] = 1.0;
        if (r >= 1) xr[lay.nReg + r - 1] = -1.0;
      }
    }
    y[r] = yy;
    return true;
  }

  private boolean fillLevRow(int r, int j, int t) {
    double yy = at(lay.outcomeVar, t);
    if (Double.isNaN(yy)) return false;
    double[] xr = x[r];
    for (int k = 0; k < lay.nReg; k++) {
      double v = at(lay.regVar[k], t - lay.regLag[k]);
      if (Double.isNaN(v)) return false;
      xr[k] = v;
    }
    if (lay.timeDummies) {
      Arrays.fill(xr, lay.nReg, lay.kFull, 0.0);
      xr[lay.nReg] = 1.0;
      if (j >= 1) xr[lay.nReg + j] = 1.0;
    }
    y[r] = yy;
    return true;
  }

  private int diffInstruments(int r, int t, int nz) {
    for (int g = 0; g < lay.nGmm; g++) {
      int v = lay.gmmVar[g];
      int first = lay.gmmDiffFirstSource(g, t);
      if (lay.collapse) {
        int base = lay.gmmDiffStart[g];
        for (int j = 0; j < lay.gmmCollapsedCols[g]; j++) {
          int s = t - lay.gmmMin[g] - j;
          if (s < first) break;
          nz = put(nz, base + j, grid[v][s]);
        }
      } else {
        int base = lay.gmmDiffStart[g] + lay.gmmDiffRowOffset[g][r];
        int last = t - lay.gmmMin[g];
        for (int s = first; s <= last; s++) nz = put(nz, base + s - first, grid[v][s]);
      }
    }
    if (lay.timeDummies && !lay.system) {
      nz = put(nz, lay.tdStart + r, 1.0);
      if (r >= 1) nz = put(nz, lay.tdStart + r - 1, -1.0);
    }
    for (int m = 0; m < lay.nIv; m++) {
      int v = lay.ivVar[m], l = lay.ivLag[m];
      nz = put(nz, lay.ivDiffStart + m, at(v, t - l) - at(v, t - 1 - l));
    }
    return nz;
  }

  private int levInstruments(int j, int t, int nz) {
    int s = t - 1; // pgmm: Δx(t-1) whatever the lag range
    if (s >= 1) {
      for (int g = 0; g < lay.nGmm; g++) {
        int v = lay.gmmVar[g];
        int c = lay.collapse ? lay.gmmLevStart[g] : lay.gmmLevStart[g] + s - lay.levFirstSource;
        if (!lay.collapse && s < lay.levFirstSource) continue;
        nz = put(nz, c, grid[v][s] - grid[v][s - 1]);
      }
    }
    if (lay.timeDummies) {
      nz = put(nz, lay.tdStart, 1.0);
      if (j >= 1) nz = put(nz, lay.tdStart + j, 1.0);
    }
    for (int m = 0; m < lay.nIv; m++) nz = put(nz, lay.ivLevStart + m, at(lay.ivVar[m], t - lay.ivLag[m]));
    return nz;
  }

  /** Appends a non-zero, non-missing instrument value. */
  private int put(int nz, int c, double v) {
    if (v == 0.0 || Double.isNaN(v)) return nz;
    if (nz == col.length) {
      col = Arrays.copyOf(col, nz * 2);
      val = Arrays.copyOf(val, nz * 2);
    }
    col[nz] = c;
    val[nz] = v;
    return nz + 1;
  }
}
