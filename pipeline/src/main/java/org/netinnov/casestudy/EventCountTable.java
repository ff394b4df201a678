package org.netinnov.casestudy;

import java.util.List;

/**
 * Events per year and network type over the full span of event years, with zero for every year and type that has
 * no event (so a chart or sheet shows the quiet years too).
 *
 * <p>Stored as one flat {@code int[]} of {@code years() x 3} cells, row-major by year, columns in
 * {@link NetworkType} order.
 */
public final class EventCountTable {
  private static final int TYPES = NetworkType.values().length;
  private final int firstYear;
  private final int lastYear;
  private final int[] counts;

  private EventCountTable(int firstYear, int lastYear, int[] counts) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.counts = counts;
  }

  /** Counts {@code events} by year and type; the span runs from the earliest to the latest event year. */
  static EventCountTable of(List<CaseEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no events to count");
    }
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (CaseEvent e : events) {
      lo = Math.min(lo, e.year());
      hi = Math.max(hi, e.year());
    }
    int[] c = new int[(hi - lo + 1) * TYPES];
    for (CaseEvent e : events) {
      c[(e.year() - lo) * TYPES + e.networkType().ordinal()]++;
    }
    return new EventCountTable(lo, hi, c);
  }

  public int firstYear() { return firstYear; }

  public int lastYear() { return lastYear; }

  /** Number of years in the span, {@code lastYear - firstYear + 1}. */
  public int yearCount() { return lastYear - firstYear + 1; }

  /** Every year of the span in order. */
  public int[] years() {
    int[] y = new int[yearCount()];
    for (int i = 0; i < y.length; i++) {
      y[i] = firstYear + i;
    }
    return y;
  }

  /** Events of {@code type} in {@code year}; 0 for a year inside the span without such events. */
  public int count(int year, NetworkType type) {
    if (year < firstYear || year > lastYear) {
      throw new IllegalArgumentException(year + " is outside the event span " + firstYear + ".." + lastYear);
    }
    return counts[(year - firstYear) * TYPES + type.ordinal()];
  }

  /** All events in {@code year}. */
  public int yearTotal(int year) {
    int s = 0;
    for (NetworkType t : NetworkType.values()) {
      s += count(year, t);
    }
    return s;
  }

  /** All events of {@code type} over the span. */
  public int typeTotal(NetworkType type) {
    int s = 0;
    for (int i = type.ordinal(); i < counts.length; i += TYPES) {
      s += counts[i];
    }
    return s;
  }

  /** All events. */
  public int total() {
    int s = 0;
    for (int v : counts) {
      s += v;
    }
    return s;
  }
}
