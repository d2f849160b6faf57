package org.entente.cli;

import java.io.PrintWriter;
import org.entente.EntenteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entente}: the command-line face. One class per command; this class only wires them and maps failures to
 * exit codes, in {@link #exitCode(Throwable)} and nowhere else.
 *
 * <p>Exit codes: 0 everything was coded; 3 some documents were skipped, with reasons; 2 a usage error; 1 a fatal
 * error (I/O, a locked database, broken configuration) with a message that says what to do.
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Codes news about international relations into evidence-linked events.",
    subcommands = {DemoCommand.class, CodeCommand.class, EvalCommand.class, BenchCommand.class,
        ActorsCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  static final int OK = 0;
  static final int FATAL = 1;
  static final int USAGE = 2;
  static final int SKIPPED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code (tests call this). */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      int code = exitCode(ex);
      String msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
      line.getErr().println("entente: " + msg);
      if (code == FATAL && !(ex instanceof EntenteException)) {
        ex.printStackTrace(line.getErr());
      }
      return code;
    });
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("entente: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return USAGE;
    });
    return cl.execute(args);
  }

  /** The one place that turns a failure into an exit code. */
  static int exitCode(Throwable t) {
    if (t instanceof EntenteException e) {
      return e.kind() == EntenteException.Kind.USAGE ? USAGE : FATAL;
    }
    if (t instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FATAL;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
