package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.actors.Actor;
import org.entente.events.Event;

/** The readable event table: date, source, type/mode (CAMEO), target, place, sectors, trigger. Stateless. */
final class Table {

  private static final int[] WIDTHS = {10, 30, 24, 30, 14, 26, 34};
  private static final String[] HEADERS = {"DATE", "SOURCE", "EVENT (CAMEO)", "TARGET", "PLACE", "SECTORS",
      "TRIGGER"};

  private Table() {}

  static void header(PrintWriter out) {
    out.println(row(HEADERS));
    StringBuilder sb = new StringBuilder();
    for (int w : WIDTHS) {
      sb.append("-".repeat(w)).append("  ");
    }
    out.println(sb.toString().stripTrailing());
  }

  static void print(PrintWriter out, Event e) {
    String event = e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " " + e.cameo()
        + (e.modality() == Event.Modality.ASSERTED ? "" : " [" + e.modality().code() + "]");
    String source = actors(e.source()) + (e.symmetric() && e.target().isEmpty() ? " (mutual)" : "");
    String target = e.symmetric() && !e.target().isEmpty() ? "<-> " + actors(e.target()) : actors(e.target());
    String place = e.location() == null ? "" : e.location().name();
    out.println(row(new String[] {e.date() == null ? "-" : e.date(), source, event, target, place,
        String.join(",", e.sectors()), "\"" + e.evidence().trigger() + "\" s" + e.evidence().sentence()}));
  }

  static String actors(List<Actor> as) {
    return as.stream().map(Table::actor).collect(Collectors.joining("; "));
  }

  static String actor(Actor a) {
    String where = a.region() != null ? a.region() : a.country() == null ? "?" : a.country();
    return a.name() + " [" + where + (a.sector() == null ? "" : " " + a.sector()) + "]";
  }

  private static String row(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i] == null ? "" : cells[i];
      int w = WIDTHS[i];
      if (c.length() > w) {
        c = c.substring(0, w - 1) + "…";
      }
      sb.append(c).append(" ".repeat(w - c.length())).append("  ");
    }
    return sb.toString().stripTrailing();
  }
}
