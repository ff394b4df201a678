package org.netinnov.casestudy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The Midea Group single-case dataset (Cai, "The Mechanism of International Entrepreneurship to Improve the
 * Innovation Performance of Enterprises: Based on the Perspective of Social Network") and the figures the case
 * report needs: the event timeline, events per year by network type, growth of each yearly series, and the list of
 * panel columns to collect when the case is extended to many firms.
 *
 * <p>Immutable; everything is computed once at load time (the data are a few dozen rows).
 */
public final class CaseStudy {
  public static final String EVENTS_FILE = "events.csv";
  public static final String SERIES_FILE = "series.csv";
  public static final String FACTS_FILE = "facts.csv";

  private final List<CaseEvent> events;
  private final List<CaseSeriesPoint> series;
  private final List<CaseFact> facts;
  private final List<CaseEvent> timeline;
  private final EventCountTable eventsPerYear;
  private final Map<String, SeriesGrowth> growth;

  private CaseStudy(List<CaseEvent> events, List<CaseSeriesPoint> series, List<CaseFact> facts) {
    this.events = events;
    this.series = series;
    this.facts = facts;
    List<CaseEvent> t = new ArrayList<>(events);
    t.sort(Comparator.comparingInt(CaseEvent::year)); // stable: same-year events keep file order
    this.timeline = Collections.unmodifiableList(t);
    this.eventsPerYear = EventCountTable.of(events);
    Map<String, List<CaseSeriesPoint>> byName = new LinkedHashMap<>();
    for (CaseSeriesPoint p : series) {
      byName.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
    }
    Map<String, SeriesGrowth> g = new LinkedHashMap<>();
    byName.forEach((name, points) -> g.put(name, SeriesGrowth.of(name, points)));
    this.growth = Collections.unmodifiableMap(g);
  }

  /**
   * Loads {@code events.csv}, {@code series.csv} and {@code facts.csv} from {@code dir}.
   *
   * @throws CaseDataException naming the file, line and column of the first problem found
   */
  public static CaseStudy load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CaseDataException("case-study directory not found: " + dir.toAbsolutePath());
    }
    return new CaseStudy(CaseDataReader.readEvents(dir.resolve(EVENTS_FILE)),
        CaseDataReader.readSeries(dir.resolve(SERIES_FILE)), CaseDataReader.readFacts(dir.resolve(FACTS_FILE)));
  }

  /** Events in file order. */
  public List<CaseEvent> events() { return events; }

  /** Every reported series point in file order. */
  public List<CaseSeriesPoint> seriesPoints() { return series; }

  /** Figures that are neither events nor yearly series points, in file order. */
  public List<CaseFact> facts() { return facts; }

  /** Events sorted by year; events of the same year keep their file order. */
  public List<CaseEvent> timeline() { return timeline; }

  /** Year x network-type counts over the full span of event years, zeros filled. */
  public EventCountTable eventsPerYear() { return eventsPerYear; }

  /** Series names in order of first appearance in {@code series.csv}. */
  public List<String> seriesNames() { return List.copyOf(growth.keySet()); }

  /** Points of one series in year order. */
  public List<CaseSeriesPoint> series(String name) { return growth(name).points(); }

  /** Year-on-year growth and CAGR of one series. */
  public SeriesGrowth growth(String name) {
    SeriesGrowth g = growth.get(name);
    if (g == null) {
      throw new NoSuchElementException("no series '" + name + "'; available: " + growth.keySet());
    }
    return g;
  }

  /** Growth of every series, in order of first appearance. */
  public List<SeriesGrowth> allGrowth() { return List.copyOf(growth.values()); }

  /** The columns to collect per firm-year to extend the case to a panel (see {@link PanelExtension}). */
  public List<PanelColumn> panelColumnsToCollect() { return PanelExtension.columns(); }
}
