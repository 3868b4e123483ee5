package dev.strata.api.scheduler;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A job was refused because no executor has ever served its type and the type is not a
 * required executor, while its request did not allow waiting ({@link
 * JobRequest#allowWaiting()}). Usually the type is misspelt, or the executor's bundle is not
 * installed.
 */
@ProviderType
public class UnknownJobTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    private final List<String> knownTypes;

    /**
     * Creates the exception.
     *
     * @param type the refused type; may be {@code null}
     * @param knownTypes the types the scheduler knows; {@code null} is taken as empty;
     *     copied and sorted
     */
    public UnknownJobTypeException(String type, Collection<String> knownTypes) {
        this(
                type,
                knownTypes == null
                        ? List.<String>of()
                        : knownTypes.stream().sorted().toList());
    }

    private UnknownJobTypeException(String type, List<String> knownTypes) {
        super("no executor has served job type '" + type + "' and it is not a required executor; known types: "
                + knownTypes + "; check the spelling, install the executor's bundle, or schedule with allowWaiting");
        this.type = type;
        this.knownTypes = knownTypes;
    }

    /**
     * Returns the refused type.
     *
     * @return the type, as passed to the constructor
     */
    public String type() {
        return type;
    }

    /**
     * Returns the job types the scheduler knows: those any executor has served and the
     * required executors of its configuration.
     *
     * @return an unmodifiable sorted list, never {@code null}, possibly empty
     */
    public List<String> knownTypes() {
        return knownTypes;
    }
}
