package org.entente.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts of events per period and PLOVER type, with the mean Goldstein score. Periods run without gaps from the
 * first to the last with events. Only full-day dates are bucketed; the rest are counted in {@code undated}.
 * Immutable.
 *
 * @param interval {@code month} or {@code week}
 * @param types    the PLOVER types present, most frequent first
 * @param buckets  periods in time order
 * @param undated  events matching the filter (apart from its date range) whose date is partial or missing
 */
public record Timeline(String interval, List<String> types, List<Bucket> buckets, long undated) {
  public Timeline {
    types = List.copyOf(types);
    buckets = List.copyOf(buckets);
  }

  /**
   * One period.
   *
   * @param period        {@code 2025-09} or {@code 2025-W36}
   * @param start         first day
   * @param end           last day
   * @param total         events in the period
   * @param counts        events per PLOVER type, types with none left out
   * @param goldsteinMean the mean Goldstein score of those events, null when there are none
   */
  public record Bucket(String period, LocalDate start, LocalDate end, long total, Map<String, Long> counts,
      Double goldsteinMean) {
    public Bucket {
      counts = Map.copyOf(counts);
    }
  }

  /** Bucket sizes. */
  public enum Interval { MONTH, WEEK }
}
