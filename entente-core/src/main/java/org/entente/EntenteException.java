package org.entente;

/**
 * The one checked-free failure type of Entente. {@link Kind} says what went wrong so that each face maps it
 * in one place: the CLI to an exit code, the server to an HTTP status.
 */
public class EntenteException extends RuntimeException {

  /** What kind of failure, which decides exit code and status. */
  public enum Kind {
    /** The user asked for something malformed: a bad option, a missing file, a bad date. */
    USAGE,
    /** Configuration or reference data is broken: the build or install is at fault. */
    CONFIG,
    /** I/O or the database failed: disk full, file locked by another process. */
    IO
  }

  private final Kind kind;

  public EntenteException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public EntenteException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
