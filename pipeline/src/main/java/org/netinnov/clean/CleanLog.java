package org.netinnov.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cleaning did, step by step, so that a reader can rebuild the sample from the raw file: rows and cells in
 * and out of every step, counts by column or reason, and the first examples.
 */
public final class CleanLog {
  private final List<Step> steps = new ArrayList<>();
  private PanelShape before;
  private PanelShape after;

  /** One cleaning step. {@code counts}: column or reason → cells/rows affected; {@code examples}: first cases. */
  public record Step(String name, String description, long rowsIn, long rowsOut, long cellsChanged,
      Map<String, Long> counts, List<String> examples) {}

  /** Structure of a panel: firms, firm-years, years, balance, gaps. */
  public record PanelShape(int firms, int firmYears, int firstYear, int lastYear, int years, boolean balanced,
      int gaps, double meanYearsPerFirm) {

    public static PanelShape of(org.netinnov.data.Panel p) {
      int[] years = p.distinctYears();
      int gaps = 0;
      for (int f = 0; f < p.firms(); f++) {
        int lo = p.firmStart(f), hi = p.firmStart(f + 1);
        if (hi - lo > 0) gaps += (p.year()[hi - 1] - p.year()[lo] + 1) - (hi - lo);
      }
      return new PanelShape(p.firms(), p.rows(), years.length == 0 ? 0 : years[0],
          years.length == 0 ? 0 : years[years.length - 1], years.length, p.isBalanced(), gaps,
          p.firms() == 0 ? 0 : (double) p.rows() / p.firms());
    }
  }

  public void add(Step s) { steps.add(s); }

  /** Convenience for a step that drops or changes cells, with an ordered count map. */
  public void add(String name, String description, long rowsIn, long rowsOut, long cellsChanged,
      LinkedHashMap<String, Long> counts, List<String> examples) {
    steps.add(new Step(name, description, rowsIn, rowsOut, cellsChanged, Map.copyOf(counts), List.copyOf(examples)));
  }

  public List<Step> steps() { return List.copyOf(steps); }

  public PanelShape before() { return before; }

  public PanelShape after() { return after; }

  public void setBefore(PanelShape s) { before = s; }

  public void setAfter(PanelShape s) { after = s; }
}
