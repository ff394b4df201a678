package org.netinnov.casestudy;

import java.util.Objects;

/**
 * One dated key event of Midea's international entrepreneurship (one row of {@code events.csv}).
 *
 * <p>One row per counterpart: where the paper names several partners in one sentence or one Table 3 row
 * (Clivet and Toshiba; Tsinghua and SCUT) each gets its own row, so counts by network type count ties.
 *
 * @param id                  stable identifier ({@code E01}...)
 * @param year                calendar year of the event
 * @param region              continent or area ("Asia", "Latin America", "China"); empty when the paper gives none
 * @param country             country; empty when the paper gives none
 * @param counterpart         partner, target or government body; empty for Midea's own bases and centres
 * @param kind                acquisition, joint_venture, production_base, rd_centre, government_programme, ...
 * @param networkType         network the event builds, as the paper classifies it or as derived (see basis)
 * @param classifiedInPaper   true when Table 3 states the network type; false when derived from the text
 * @param classificationBasis how the network type was obtained
 * @param stakePct            equity stake acquired in percent, {@code NaN} when the paper gives none
 * @param description         what happened, in a few words
 * @param source              table number and/or verbatim phrase of the paper
 * @param section             section of the paper the figure comes from
 * @param notes               remarks (ambiguities, omissions); may be empty
 */
public record CaseEvent(String id, int year, String region, String country, String counterpart, String kind,
    NetworkType networkType, boolean classifiedInPaper, String classificationBasis, double stakePct,
    String description, String source, String section, String notes) {

  public CaseEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(networkType, "networkType");
  }

  /** Whether the paper reports an equity stake for this event. */
  public boolean hasStake() {
    return !Double.isNaN(stakePct);
  }
}
