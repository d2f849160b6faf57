package org.entente.events;

import java.util.HashMap;
import java.util.Map;
import org.entente.EntenteException;
import org.entente.Lazy;
import org.entente.Tsv;

/**
 * The CAMEO crosswalk of {@code shared/spec/cameo.tsv}: each code's PLOVER type and mode, Goldstein score and quad
 * class. An unlisted leaf takes its parent's row. Immutable and thread-safe once loaded.
 */
final class CameoTable {

  /** One row of the crosswalk. */
  record Row(String code, String type, String mode, double goldstein, int quadClass, String description) {}

  private static final Lazy<CameoTable> INSTANCE = Lazy.of(CameoTable::read);
  private final Map<String, Row> rows;

  private CameoTable(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  static CameoTable load() {
    return INSTANCE.get();
  }

  /** The row for {@code code}, or its nearest listed ancestor's; fails for a code with no listed root. */
  Row row(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Row r = rows.get(c);
      if (r != null) {
        return r;
      }
    }
    throw new EntenteException(EntenteException.Kind.CONFIG, "CAMEO code " + code + " is not in cameo.tsv");
  }

  boolean has(String code) {
    return rows.containsKey(code);
  }

  private static CameoTable read() {
    Map<String, Row> rows = new HashMap<>();
    for (Tsv.Row r : Tsv.read(CameoTable.class, "cameo.tsv", true)) {
      String mode = r.get(2).isBlank() ? null : r.get(2).trim();
      rows.put(r.get(0), new Row(r.get(0), r.get(1), mode, Double.parseDouble(r.get(4)),
          Integer.parseInt(r.get(5)), r.cells().size() > 6 ? r.get(6) : ""));
    }
    return new CameoTable(rows);
  }
}
