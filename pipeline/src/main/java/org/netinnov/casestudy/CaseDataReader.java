package org.netinnov.casestudy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads and validates the three case files. Every rejection names the file, line and column; nothing is
 * defaulted or guessed, because a silently repaired figure would no longer be the paper's figure.
 */
final class CaseDataReader {
  /** Plausible calendar years; anything outside is a typo (e.g. "207" for "2007"). */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private CaseDataReader() {}

  static List<CaseEvent> readEvents(Path file) {
    CsvTable t = CsvTable.read(file);
    t.requireColumns("event_id", "year", "region", "country", "counterpart", "kind", "network_type",
        "classified_in_paper", "classification_basis", "stake_pct", "description", "source", "section", "notes");
    t.requireRows();
    List<CaseEvent> out = new ArrayList<>(t.size());
    Set<String> ids = new HashSet<>();
    for (int r = 0; r < t.size(); r++) {
      CsvTable.Row row = t.row(r);
      String id = row.requiredText("event_id");
      if (!ids.add(id)) {
        throw row.error("event_id", "duplicate id '" + id + "'");
      }
      int year = year(row, "year");
      String typeText = row.requiredText("network_type");
      NetworkType type = NetworkType.parseOrNull(typeText);
      if (type == null) {
        throw row.error("network_type", "'" + typeText + "' is not one of government, business, technological");
      }
      double stake = row.optionalDouble("stake_pct");
      if (!Double.isNaN(stake) && !(stake > 0 && stake <= 100)) {
        throw row.error("stake_pct", stake + " is not a percentage in (0, 100]");
      }
      out.add(new CaseEvent(id, year, row.text("region"), row.text("country"), row.text("counterpart"),
          row.requiredText("kind"), type, row.requiredBoolean("classified_in_paper"),
          row.requiredText("classification_basis"), stake, row.requiredText("description"),
          row.requiredText("source"), row.requiredText("section"), row.text("notes")));
    }
    return Collections.unmodifiableList(out);
  }

  static List<CaseSeriesPoint> readSeries(Path file) {
    CsvTable t = CsvTable.read(file);
    t.requireColumns("series", "year", "value", "unit", "qualifier", "source", "section", "notes");
    t.requireRows();
    List<CaseSeriesPoint> out = new ArrayList<>(t.size());
    Set<String> seriesYears = new HashSet<>();
    Map<String, String> unitOf = new HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      CsvTable.Row row = t.row(r);
      String series = row.requiredText("series");
      int year = year(row, "year");
      if (!seriesYears.add(series + '\u0000' + year)) {
        throw row.error("year", "series '" + series + "' already has a value for " + year);
      }
      double value = row.requiredDouble("value");
      String unit = row.requiredText("unit");
      String firstUnit = unitOf.putIfAbsent(series, unit);
      if (firstUnit != null && !firstUnit.equals(unit)) {
        throw row.error("unit", "'" + unit + "' differs from the unit '" + firstUnit + "' used earlier for series '"
            + series + "'");
      }
      Qualifier q = qualifier(row);
      if (q == Qualifier.TARGET || q == Qualifier.RANGE) {
        throw row.error("qualifier", "'" + q.label() + "' is allowed in facts.csv only; a series point is an "
            + "observed value or a one-sided bound");
      }
      out.add(new CaseSeriesPoint(series, year, value, unit, q, row.requiredText("source"),
          row.requiredText("section"), row.text("notes")));
    }
    return Collections.unmodifiableList(out);
  }

  static List<CaseFact> readFacts(Path file) {
    CsvTable t = CsvTable.read(file);
    t.requireColumns("fact", "value", "value_high", "unit", "qualifier", "year", "year_end", "source", "section",
        "notes");
    t.requireRows();
    List<CaseFact> out = new ArrayList<>(t.size());
    Set<String> names = new HashSet<>();
    for (int r = 0; r < t.size(); r++) {
      CsvTable.Row row = t.row(r);
      String fact = row.requiredText("fact");
      if (!names.add(fact)) {
        throw row.error("fact", "duplicate fact '" + fact + "'");
      }
      double value = row.requiredDouble("value");
      Qualifier q = qualifier(row);
      double high = row.optionalDouble("value_high");
      if (q == Qualifier.RANGE) {
        if (Double.isNaN(high)) {
          throw row.error("value_high", "a 'range' needs its upper end here");
        }
        if (high < value) {
          throw row.error("value_high", high + " is below value " + value);
        }
      } else if (!Double.isNaN(high)) {
        throw row.error("value_high", "only a 'range' has an upper end; qualifier is '" + q.label() + "'");
      }
      OptionalInt year = row.has("year") ? OptionalInt.of(year(row, "year")) : OptionalInt.empty();
      OptionalInt yearEnd = row.has("year_end") ? OptionalInt.of(year(row, "year_end")) : OptionalInt.empty();
      if (yearEnd.isPresent() && (year.isEmpty() || yearEnd.getAsInt() < year.getAsInt())) {
        throw row.error("year_end", "a period end needs a start year in 'year' that is not later");
      }
      out.add(new CaseFact(fact, value, high, row.requiredText("unit"), q, year, yearEnd,
          row.requiredText("source"), row.requiredText("section"), row.text("notes")));
    }
    return Collections.unmodifiableList(out);
  }

  private static int year(CsvTable.Row row, String column) {
    int y = row.requiredInt(column);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw row.error(column, y + " is not a plausible year (" + MIN_YEAR + ".." + MAX_YEAR + ")");
    }
    return y;
  }

  private static Qualifier qualifier(CsvTable.Row row) {
    String s = row.requiredText("qualifier");
    Qualifier q = Qualifier.parseOrNull(s);
    if (q == null) {
      throw row.error("qualifier", "'" + s + "' is not one of exact, more_than, less_than, approx, target, range");
    }
    return q;
  }
}
