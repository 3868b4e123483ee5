package dev.strata.console.vs;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.Terminal;

/** What the command's terminal can do: redraw a line in place, and how wide it is. */
final class Terminals {

    /** The width assumed when the terminal does not tell (a script, {@code bin/client -b}). */
    static final int DEFAULT_WIDTH = 100;

    private Terminals() {}

    /**
     * The width a line redrawn with a carriage return may take, or 0 when the terminal cannot
     * redraw (a dumb one, or a pipe) and progress goes on new lines.
     */
    static int redrawWidth(Session session) {
        Terminal terminal = session == null ? null : session.getTerminal();
        boolean redraws = terminal != null && terminal.isAnsiSupported() && !"dumb".equals(terminal.getType());
        return redraws ? width(session) : 0;
    }

    /** The terminal's width in columns, or {@link #DEFAULT_WIDTH} when it does not tell. */
    static int width(Session session) {
        Terminal terminal = session == null ? null : session.getTerminal();
        return terminal == null || terminal.getWidth() < 40 ? DEFAULT_WIDTH : terminal.getWidth();
    }
}
