package dev.strata.stack.runconfig;

import java.util.List;

/**
 * A run config that cannot be applied. Its message names every fault found, each with the line
 * and key it concerns, so a user fixes the file in one pass; nothing of the file was applied.
 */
public final class RunConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Fault> faults;

    /**
     * @param source the run config's name, e.g. its path
     * @param faults what is wrong, at least one
     */
    public RunConfigException(String source, List<Fault> faults) {
        super(message(source, faults));
        this.faults = List.copyOf(faults);
    }

    /** A run config refused for one fault. */
    public RunConfigException(String source, Fault fault) {
        this(source, List.of(fault));
    }

    /** The faults, in the order of the file. */
    public List<Fault> faults() {
        return faults;
    }

    private static String message(String source, List<Fault> faults) {
        StringBuilder text = new StringBuilder(source).append(" is refused; nothing was changed:");
        for (Fault fault : faults) {
            text.append("\n  ").append(fault);
        }
        return text.toString();
    }

    /**
     * One fault of a run config.
     *
     * @param line the 1-based line it concerns, or 0 when it concerns the file as a whole
     * @param path the key it concerns, as dotted path with list indexes, e.g. {@code
     *     providers.vector_io[0].config}; empty for the file as a whole
     * @param message what is wrong and how to fix it
     */
    public record Fault(int line, String path, String message) {

        @Override
        public String toString() {
            String where = line > 0 ? "line " + line : "file";
            return path.isEmpty() ? where + ": " + message : where + ", " + path + ": " + message;
        }
    }
}
