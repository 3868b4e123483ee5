package dev.strata.console;

import dev.strata.api.files.UnknownFileException;
import dev.strata.api.scheduler.UnknownJobException;
import dev.strata.api.scheduler.UnknownJobTypeException;
import dev.strata.api.vectorio.UnknownVectorStoreException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.CommandException;

/**
 * The base of Strata's console commands. A command says what was wrong with its input or with
 * the state it met by throwing {@link IllegalArgumentException} or {@link IllegalStateException}
 * with a message that names the value and the fix, and a provider does the same for an id that
 * names nothing (a job, job type, file or vector store); those reach the shell as Karaf's {@link
 * CommandException}, which it shows like any failure (and the command exits non-zero) but logs
 * at DEBUG, so a mistyped id is not an ERROR with a stack trace in {@code karaf.log}. Any other
 * exception is a fault, and Karaf logs it at ERROR with its stack trace.
 */
public abstract class ConsoleCommand implements Action {

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (IllegalArgumentException
                | IllegalStateException
                | UnknownJobException
                | UnknownJobTypeException
                | UnknownFileException
                | UnknownVectorStoreException mistake) {
            throw new CommandException(mistake.getMessage(), mistake);
        }
    }

    /** What {@link #execute} runs: the command itself. */
    protected abstract Object run() throws Exception;
}
