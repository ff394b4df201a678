package org.netinnov.casestudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small hand-made case datasets into a temporary directory. */
final class CaseTestFiles {
  static final String EVENTS_HEADER = "event_id,year,region,country,counterpart,kind,network_type,"
      + "classified_in_paper,classification_basis,stake_pct,description,source,section,notes";
  static final String SERIES_HEADER = "series,year,value,unit,qualifier,source,section,notes";
  static final String FACTS_HEADER = "fact,value,value_high,unit,qualifier,year,year_end,source,section,notes";

  static final String ONE_FACT = "founded_year,1968,,year,exact,,,text: 'founded in 1968',3.1,";
  static final String ONE_SERIES = "s,2010,1,count,exact,T,S,";

  private CaseTestFiles() {}

  /** An event row with placeholders for everything the computations do not read. */
  static String event(String id, int year, String type) {
    return id + "," + year + ",,,cp,acquisition," + type + ",true,explicit: Table 3,,d,src,sec,";
  }

  static Path write(Path dir, String events, String series, String facts) {
    try {
      Files.writeString(dir.resolve(CaseStudy.EVENTS_FILE), events, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(CaseStudy.SERIES_FILE), series, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(CaseStudy.FACTS_FILE), facts, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
