package org.entente.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Things outside the repository that some tests need: {@code ../shared/}, {@code python3}. Absent, a test
 * skips with a clear message; under CI ({@code CI=true}) it fails instead, so CI proves that everything ran.
 */
public final class External {

  private External() {}

  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips (locally) or fails (CI) with {@code message} unless {@code present}. */
  public static void require(boolean present, String message) {
    if (present) {
      return;
    }
    if (underCi()) {
      fail("CI=true and a required external resource is missing: " + message);
    }
    assumeTrue(false, "skipped: " + message);
  }

  /** The repository root: the first ancestor of the working directory holding the reactor pom and samples/. */
  public static Path repoRoot() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("cannot find the repository root from " + Paths.get("").toAbsolutePath());
  }

  /** {@code ../shared/<relative>} beside the repository, or a skip/fail when it is absent. */
  public static Path shared(String relative) {
    Path p = repoRoot().resolveSibling("shared").resolve(relative);
    require(Files.exists(p), p + " is absent (the project's shared/ folder must sit beside the repository)");
    return p;
  }

  /** The bundled sample articles, always present. */
  public static Path samples() {
    return repoRoot().resolve("samples/articles");
  }

  /** Whether an executable is on the PATH. */
  public static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Paths.get(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
