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
 * @param sourceCodes   source actors' codes, ';'-joined in order
 * @param targetCodes   target actors' codes, ';'-joined, or null when there is none
 * @param numEvents     how many stored events this row merges
 * @param numSources    how many documents report it (GDELT's NumSources)
 * @param firstEventId  the smallest event id among them, to reach the evidence
 */
public record MergedEvent(String type, String cameo, LocalDate date, String sourceNames, String targetNames,
    String sourceCodes, String targetCodes, long numEvents, long numSources, String firstEventId) {

  /**
   * The SELECT behind the merged view, over the asserted, full-day events that also satisfy {@code condition} (SQL
   * on {@code events e}). Its columns: type, cameo, date_day, source_names, target_names, source_codes,
   * target_codes, num_events, num_sources, first_event_id. Both dialects run it.
   */
  public static String select(String condition) {
    return "WITH sides AS (SELECT event_id, "
        + "STRING_AGG(CASE WHEN side = 'source' THEN code END, ';' ORDER BY code) AS source_codes, "
        + "STRING_AGG(CASE WHEN side = 'target' THEN code END, ';' ORDER BY code) AS target_codes, "
        + "STRING_AGG(CASE WHEN side = 'source' THEN name END, ';' ORDER BY name) AS source_names, "
        + "STRING_AGG(CASE WHEN side = 'target' THEN name END, ';' ORDER BY name) AS target_names "
        + "FROM event_actors GROUP BY event_id) "
        + "SELECT e.type, e.cameo, e.date_day, s.source_names, s.target_names, s.source_codes, s.target_codes, "
        + "COUNT(*) AS num_events, COUNT(DISTINCT e.doc_id) AS num_sources, MIN(e.event_id) AS first_event_id "
        + "FROM events e JOIN sides s ON s.event_id = e.event_id "
        + "WHERE e.date_day IS NOT NULL AND e.modality = 'asserted' AND (" + condition + ") "
        + "GROUP BY e.type, e.cameo, e.date_day, s.source_names, s.target_names, s.source_codes, s.target_codes";
  }

  /** Reads a row of {@link #select}'s columns, starting at column {@code first}. */
  public static MergedEvent read(java.sql.ResultSet r, int first) throws java.sql.SQLException {
    return new MergedEvent(r.getString(first), r.getString(first + 1), r.getDate(first + 2).toLocalDate(),
        r.getString(first + 3), r.getString(first + 4), r.getString(first + 5), r.getString(first + 6),
        r.getLong(first + 7), r.getLong(first + 8), r.getString(first + 9));
  }
}
