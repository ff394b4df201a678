package org.netinnov.estimate.fe;

import java.util.List;
import java.util.function.Supplier;

/**
 * A set of columns prepared for projection by a {@link FixedEffectsProjector}: whatever the projection needs from
 * a first pass (the secondary effects' right-hand sides and γ for the exact projection) is done once, and
 * {@link #tiles} can then stream the projected columns tile by tile as often as needed without storing them
 * (each call repeats the same arithmetic, so every call yields the same numbers). Columns the tiles cannot serve
 * (weights, non-contiguous groups, alternating projections) are projected in full once, into the destination
 * arrays or new ones, and visited from there.
 */
public final class ProjectedColumns {
  private final double[][] src;
  private final double[][] dst;
  private final TiledProjection tiled;
  private final double[][] gamma;
  private final double[][] full;
  private final boolean parallel;
  private double[] centredSS;
  /** Tiles: b_j = D'(x_j − m_g) per column (exact projection), and the group means [column][block]. */
  private final double[][] rhs;
  private final double[][] means;
  private boolean visited;

  ProjectedColumns(double[][] src, double[][] dstOrNull, TiledProjection tiled, double[][] gamma, double[][] rhs,
      double[][] means, double[][] full, double[] centredSS, boolean parallel) {
    this.rhs = rhs;
    this.means = means;
    this.src = src;
    this.dst = dstOrNull;
    this.tiled = tiled;
    this.gamma = gamma;
    this.full = full;
    this.centredSS = centredSS;
    this.parallel = parallel;
  }

  /**
   * Projects the columns and hands each tile of rows to the sink of its chunk. The first call also writes the
   * projected columns to the destination arrays given to {@link FixedEffectsProjector#prepare}, if any.
   *
   * @return the sinks in row order, to be combined in that order (the chunking depends on the data only, so the
   *     combined result does not depend on the threads)
   */
  public <S extends FixedEffectsProjector.TileSink> List<S> tiles(Supplier<S> sinks) {
    if (tiled != null) {
      boolean first = !visited;
      visited = true;
      double[] ss = centredSS == null ? new double[src.length] : null;
      List<S> out = tiled.tiles(src, gamma, first ? dst : null, sinks, ss, first && gamma == null ? means : null,
          parallel);
      if (ss != null) centredSS = ss;
      return out;
    }
    S sink = sinks.get();
    int n = src.length == 0 ? 0 : src[0].length;
    int tileRows = TiledProjection.TILE;
    double[][] tile = new double[src.length][tileRows];
    for (int s = 0; s < n; s += tileRows) {
      int len = Math.min(tileRows, n - s);
      for (int j = 0; j < src.length; j++) System.arraycopy(full[j], s, tile[j], 0, len);
      sink.projected(tile, len, s);
    }
    return List.of(sink);
  }

  /**
   * Each source column's (weighted) sum of squares about its (weighted) mean; known after the first
   * {@link #tiles} call (for the exact projection already after preparing).
   */
  public double[] centredSS() {
    if (centredSS == null) throw new IllegalStateException("sums of squares are known after the first pass");
    return centredSS.clone();
  }

  /**
   * The means of each column in each block of the demeaned (largest) factor, {@code [column][block]}, when the
   * projection runs in tiles (known after the first {@link #tiles} call, or after preparing for the exact
   * projection); null otherwise. Not a copy.
   */
  public double[][] groupMeans() {
    if (tiled == null) return null;
    if (gamma == null && !visited) throw new IllegalStateException("the group means are known after the first pass");
    return means;
  }

  /**
   * Cross products of the columns demeaned by the largest factor alone, {@code V'V}, from those of the projected
   * columns {@code X̃'X̃} (same column order as the source): by Frisch–Waugh–Lovell {@code V = X̃ + D̃Γ} with
   * {@code X̃ ⟂ D̃}, so {@code V'V = X̃'X̃ + B'Γ} with {@code B = D'V} and {@code Γ = (D̃'D̃)⁻¹B} known from the first
   * pass: two positive semi-definite terms, no further pass. One factor: V = X̃. Null when the projection does not
   * run in tiles.
   */
  public double[][] groupDemeanedCrossProducts(double[][] projected) {
    if (tiled == null) return null;
    int c = src.length;
    double[][] v = new double[c][c];
    for (int a = 0; a < c; a++)
      for (int b = 0; b <= a; b++) {
        double s = projected[a][b];
        if (gamma != null) {
          double[] ra = rhs[a], gb = gamma[b];
          double t = 0;
          for (int u = 0; u < ra.length; u++) t += ra[u] * gb[u];
          s += t;
        }
        v[a][b] = s;
        v[b][a] = s;
      }
    return v;
  }
}
