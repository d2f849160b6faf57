package org.entente.store;

import java.time.LocalDate;

/**
 * One row of the merged view: the events that several documents report of the same dyad, type and day.
 *
 * @param type          PLOVER type
 * @param cameo         CAMEO code
 * @param date          the day
 * @param sourceNames   source actors' canonical names, ';'-joined in order
 * @param targetNames   target actors' canonical names, ';'-joined, or null when there is none
 * @param numEvents     how many stored events this row merges
 * @param numSources    how many documents report it (GDELT's NumSources)
 * @param firstEventId  the smallest event id among them, to reach the evidence
 */
public record MergedEvent(String type, String cameo, LocalDate date, String sourceNames, String targetNames,
    long numEvents, long numSources, String firstEventId) {}
