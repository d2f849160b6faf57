package org.entente.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.EntenteException;
import org.entente.Lazy;
import org.entente.Tsv;

/**
 * Which state a successor's name meant before a date: an event of 1987 in Moscow is the USSR's ({@code SUN}), not
 * Russia's. Read from the generated {@code continuity.tsv}; immutable and thread-safe.
 */
public final class FormerStates {

  private record Row(String former, LocalDate until) {}

  private static final Lazy<FormerStates> INSTANCE = Lazy.of(FormerStates::read);
  private final Map<String, Row> bySuccessor;

  private FormerStates(Map<String, Row> bySuccessor) {
    this.bySuccessor = Map.copyOf(bySuccessor);
  }

  public static FormerStates load() {
    return INSTANCE.get();
  }

  /** The former state that {@code iso3} stood for on {@code when}, if any. */
  public Optional<String> formerOf(String iso3, LocalDate when) {
    if (iso3 == null || when == null) {
      return Optional.empty();
    }
    Row r = bySuccessor.get(iso3);
    return r != null && when.isBefore(r.until()) ? Optional.of(r.former()) : Optional.empty();
  }

  /**
   * The earliest day a contract date ({@code 1987-03-02}, {@code 1987-03}, {@code 1987}) can mean, or null for a
   * date without a year ({@code XXXX-09}) or no date.
   */
  public static LocalDate earliestDay(String date) {
    if (date == null || date.length() < 4 || !Character.isDigit(date.charAt(0))) {
      return null;
    }
    try {
      int y = Integer.parseInt(date.substring(0, 4));
      int m = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : 1;
      int d = date.length() >= 10 ? Integer.parseInt(date.substring(8, 10)) : 1;
      return LocalDate.of(y, m, d);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The same actor as its former state, when its state had another name on {@code when}. */
  public Actor asOf(Actor a, LocalDate when, Gazetteer gaz) {
    Optional<String> former = formerOf(a.country(), when);
    if (former.isEmpty()) {
      return a;
    }
    String name = a.name();
    if (a.kind() == Actor.Kind.COUNTRY) {
      name = gaz.country(former.get()).map(Gazetteer.Entry::name).orElse(former.get());
    }
    return new Actor(a.text(), a.span(), name, a.kind(), former.get(), a.region(), a.sector(), a.role());
  }

  private static FormerStates read() {
    Map<String, Row> out = new HashMap<>();
    for (Tsv.Row r : Tsv.read(FormerStates.class, "gazetteer/continuity.tsv", true)) {
      try {
        out.put(r.get(1), new Row(r.get(0), LocalDate.parse(r.get(2))));
      } catch (RuntimeException e) {
        throw new EntenteException(EntenteException.Kind.CONFIG, "continuity.tsv line " + r.line() + ": " + e, e);
      }
    }
    return new FormerStates(out);
  }
}
