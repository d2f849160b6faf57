package org.entente;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated reference files bundled as resources: blank lines and {@code #} comments are skipped,
 * every other line is a row. A missing or unreadable file is a {@link EntenteException.Kind#CONFIG} error that
 * names it: the build or install is broken. Stateless and thread-safe.
 */
public final class Tsv {

  /** One row and the line it came from, for error messages. */
  public record Row(int line, List<String> cells) {
    public String get(int i) {
      return cells.get(i);
    }
  }

  private Tsv() {}

  /**
   * The rows of resource {@code name} next to {@code anchor}'s class file.
   *
   * @param skipHeader whether the first row is a header to drop
   */
  public static List<Row> read(Class<?> anchor, String name, boolean skipHeader) {
    String where = anchor.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new EntenteException(EntenteException.Kind.CONFIG, "missing resource " + where);
      }
      List<Row> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      boolean header = skipHeader;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(new Row(n, List.of(line.split("\t", -1))));
      }
      return rows;
    } catch (IOException e) {
      throw new EntenteException(EntenteException.Kind.CONFIG, "cannot read " + where + ": " + e, e);
    }
  }
}
