package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entente.store.ActorCount;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente actors}: the actors of the database with kind, country, region, sector, roles, the other name forms a
 * person was mentioned by, and counts.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Lists the actors in the database with their kind, country, region, sector, roles, other name "
        + "forms (\"also\") and event counts.")
final class ActorsCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file (default: ./entente.duckdb).")
  String db;

  @Option(names = "--query", paramLabel = "NAME", description = "Only actors whose name contains this.")
  String query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore store = Stores.open(db == null ? Stores.defaultPath().toString() : db)) {
      out.printf("%-34s %-12s %-5s %-7s %-6s %6s  %s%n", "NAME", "KIND", "CTRY", "REGION", "SECTOR", "EVENTS",
          "ROLES [also: NAME FORMS]");
      for (ActorCount a : store.actorCounts(query)) {
        String also = a.aliases().isEmpty() ? "" : (a.roles().isEmpty() ? "" : "  ")
            + "[also: " + String.join("; ", a.aliases()) + "]";
        out.printf("%-34s %-12s %-5s %-7s %-6s %6d  %s%s%n", a.name(), a.kind(), nz(a.country()), nz(a.region()),
            nz(a.sector()), a.events(), String.join("; ", a.roles()), also);
      }
    }
    return Main.OK;
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
