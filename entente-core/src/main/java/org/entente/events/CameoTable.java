package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.entente.EntenteException;

/**
 * The CAMEO crosswalk of {@code shared/spec/cameo.tsv}: each code's PLOVER type and mode, Goldstein score and quad
 * class. An unlisted leaf takes its parent's row. Immutable and thread-safe once loaded.
 */
final class CameoTable {

  /** One row of the crosswalk. */
  record Row(String code, String type, String mode, double goldstein, int quadClass, String description) {}

  private static volatile CameoTable instance;
  private final Map<String, Row> rows;

  private CameoTable(Map<String, Row> rows) {
    this.rows = Map.copyOf(rows);
  }

  static CameoTable load() {
    CameoTable t = instance;
    if (t == null) {
      synchronized (CameoTable.class) {
        if (instance == null) {
          instance = read();
        }
        t = instance;
      }
    }
    return t;
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
    String res = "cameo.tsv";
    try (InputStream in = CameoTable.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new EntenteException(EntenteException.Kind.CONFIG, "missing resource org/entente/events/" + res);
      }
      Map<String, Row> rows = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        String mode = f[2].isBlank() ? null : f[2].trim();
        rows.put(f[0], new Row(f[0], f[1], mode, Double.parseDouble(f[4]), Integer.parseInt(f[5]),
            f.length > 6 ? f[6] : ""));
      }
      return new CameoTable(rows);
    } catch (IOException | RuntimeException e) {
      if (e instanceof EntenteException ee) {
        throw ee;
      }
      throw new EntenteException(EntenteException.Kind.CONFIG, "cannot read " + res + ": " + e, e);
    }
  }
}
