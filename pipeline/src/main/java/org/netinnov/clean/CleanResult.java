package org.netinnov.clean;

import org.netinnov.data.Panel;

/** The analysis panel and the account of how it was made. */
public record CleanResult(Panel panel, CleanLog log, long rawRows) {}
