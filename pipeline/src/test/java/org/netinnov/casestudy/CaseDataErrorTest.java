package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netinnov.casestudy.CaseTestFiles.EVENTS_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.FACTS_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.ONE_FACT;
import static org.netinnov.casestudy.CaseTestFiles.ONE_SERIES;
import static org.netinnov.casestudy.CaseTestFiles.SERIES_HEADER;
import static org.netinnov.casestudy.CaseTestFiles.event;
import static org.netinnov.casestudy.CaseTestFiles.lines;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed input fails with a message that names the file, the line and the column. */
class CaseDataErrorTest {
  @TempDir
  Path dir;

  private static final String GOOD_EVENTS = lines(EVENTS_HEADER, event("E1", 2007, "business"));
  private static final String GOOD_SERIES = lines(SERIES_HEADER, ONE_SERIES);
  private static final String GOOD_FACTS = lines(FACTS_HEADER, ONE_FACT);

  private void expectError(String events, String series, String facts, String... fragments) {
    CaseTestFiles.write(dir, events, series, facts);
    assertThatThrownBy(() -> CaseStudy.load(dir)).isInstanceOf(CaseDataException.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void wellFormedFilesLoad() {
    CaseTestFiles.write(dir, GOOD_EVENTS, GOOD_SERIES, GOOD_FACTS);
    org.assertj.core.api.Assertions.assertThat(CaseStudy.load(dir).events()).hasSize(1);
  }

  @Test
  void nonNumericYear() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "business"), event("E2", 2010, "business")
        .replace(",2010,", ",20x0,")), GOOD_SERIES, GOOD_FACTS,
        "events.csv", "line 3", "column 'year'", "'20x0' is not a whole number");
  }

  @Test
  void implausibleYear() {
    expectError(lines(EVENTS_HEADER, event("E1", 207, "business")), GOOD_SERIES, GOOD_FACTS,
        "events.csv line 2", "column 'year'", "not a plausible year");
  }

  @Test
  void unknownNetworkType() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "political")), GOOD_SERIES, GOOD_FACTS,
        "events.csv line 2", "column 'network_type'", "'political'");
  }

  @Test
  void stakeOutOfRange() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "business").replace(",explicit: Table 3,,",
        ",explicit: Table 3,180.1,")), GOOD_SERIES, GOOD_FACTS, "events.csv line 2", "column 'stake_pct'");
  }

  @Test
  void duplicateEventId() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "business"), event("E1", 2010, "business")),
        GOOD_SERIES, GOOD_FACTS, "events.csv line 3", "column 'event_id'", "duplicate");
  }

  @Test
  void wrongFieldCount() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "business") + ",extra"), GOOD_SERIES, GOOD_FACTS,
        "events.csv line 2", "15 fields", "header has 14");
  }

  @Test
  void unterminatedQuote() {
    expectError(lines(EVENTS_HEADER, event("E1", 2007, "business").replace(",d,", ",\"d unclosed,")),
        GOOD_SERIES, GOOD_FACTS, "events.csv line 2", "never closed");
  }

  @Test
  void missingColumn() {
    expectError(GOOD_EVENTS, lines("series,year,value,unit,source,section,notes", "s,2010,1,count,T,S,"),
        GOOD_FACTS, "series.csv", "missing column(s) [qualifier]");
  }

  @Test
  void nonNumericSeriesValue() {
    expectError(GOOD_EVENTS, lines(SERIES_HEADER, ONE_SERIES, "s,2011,above 3,count,exact,T,S,"), GOOD_FACTS,
        "series.csv line 3", "column 'value'", "'above 3' is not a number");
  }

  @Test
  void duplicateSeriesYear() {
    expectError(GOOD_EVENTS, lines(SERIES_HEADER, ONE_SERIES, "s,2010,2,count,exact,T,S,"), GOOD_FACTS,
        "series.csv line 3", "already has a value for 2010");
  }

  @Test
  void unitChangesWithinASeries() {
    expectError(GOOD_EVENTS, lines(SERIES_HEADER, ONE_SERIES, "s,2011,2,percent,exact,T,S,"), GOOD_FACTS,
        "series.csv line 3", "column 'unit'", "'percent'", "'count'");
  }

  @Test
  void unknownQualifier() {
    expectError(GOOD_EVENTS, lines(SERIES_HEADER, "s,2010,1,count,above,T,S,"), GOOD_FACTS,
        "series.csv line 2", "column 'qualifier'", "'above'");
  }

  @Test
  void rangeIsNotAllowedInASeries() {
    expectError(GOOD_EVENTS, lines(SERIES_HEADER, "s,2010,1,count,range,T,S,"), GOOD_FACTS,
        "series.csv line 2", "column 'qualifier'", "facts.csv only");
  }

  @Test
  void rangeFactWithoutUpperEnd() {
    expectError(GOOD_EVENTS, GOOD_SERIES, lines(FACTS_HEADER, "m,3,,times,range,2018,,text: 'x',4.1,"),
        "facts.csv line 2", "column 'value_high'");
  }

  @Test
  void periodEndWithoutStart() {
    expectError(GOOD_EVENTS, GOOD_SERIES, lines(FACTS_HEADER, "m,3,,bn,more_than,,2020,text: 'x',4.1,"),
        "facts.csv line 2", "column 'year_end'");
  }

  @Test
  void headerWithoutRows() {
    expectError(lines(EVENTS_HEADER), GOOD_SERIES, GOOD_FACTS, "events.csv", "no data rows");
  }

  @Test
  void missingFile() throws Exception {
    CaseTestFiles.write(dir, GOOD_EVENTS, GOOD_SERIES, GOOD_FACTS);
    Files.delete(dir.resolve("facts.csv"));
    assertThatThrownBy(() -> CaseStudy.load(dir)).isInstanceOf(CaseDataException.class)
        .hasMessageContainingAll("facts.csv", "not found");
  }

  @Test
  void missingDirectory() {
    assertThatThrownBy(() -> CaseStudy.load(dir.resolve("nope"))).isInstanceOf(CaseDataException.class)
        .hasMessageContaining("directory not found");
  }

  @Test
  void quotedFieldsWithCommasQuotesAndCrlfAreRead() {
    String row = "E1,2007,,,\"A, B and \"\"C\"\"\",acquisition,business,true,explicit: Table 3,,d,src,sec,";
    CaseTestFiles.write(dir, (EVENTS_HEADER + "\r\n" + row + "\r\n"), GOOD_SERIES, GOOD_FACTS);
    org.assertj.core.api.Assertions.assertThat(CaseStudy.load(dir).events().get(0).counterpart())
        .isEqualTo("A, B and \"C\"");
  }
}
