package org.netinnov.config;

/**
 * Single-firm case material ({@code case_study:}), e.g. the Midea Group dataset.
 *
 * @param path   folder with events.csv and series.csv
 * @param firm   the firm's name for titles
 */
public record CaseStudySpec(String path, String firm) {}
