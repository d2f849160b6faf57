package org.entente.query;

/**
 * What the store holds.
 *
 * @param undated  events whose date is partial or missing (left out of date ranges and timelines)
 * @param problems stored problems of skipped documents
 */
public record Stats(long events, long documents, long undated, long problems) {}
