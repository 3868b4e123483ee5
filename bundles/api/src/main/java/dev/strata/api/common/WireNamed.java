package dev.strata.api.common;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An enum whose constants have a wire name: the lower-case spelling used by the
 * OpenAI-compatible HTTP API and the run config, for example {@code "in_progress"}.
 *
 * <p>Each implementing enum also offers a static {@code fromWireName(String)} built on {@link
 * #lookup(Class, String, String)}, so every enum refuses an unknown name with the same kind of
 * message. Wire names never change within a major version of the package.
 */
@ProviderType
public interface WireNamed {

    /**
     * Returns this constant's wire name.
     *
     * @return the wire name, never {@code null} or empty
     */
    String wireName();

    /**
     * Finds the constant of {@code type} whose wire name equals {@code name} exactly (case
     * matters, as it does on the wire). Stateless and safe to call from any thread.
     *
     * @param type the enum to search, not {@code null}
     * @param kind what the name names, used in the error message, for example {@code "job
     *     status"}
     * @param name the wire name to find; {@code null} is refused like any unknown name
     * @param <E> the enum type
     * @return the matching constant, never {@code null}
     * @throws IllegalArgumentException if no constant has that wire name; the message names
     *     the value and lists the accepted names
     */
    static <E extends Enum<E> & WireNamed> E lookup(Class<E> type, String kind, String name) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.wireName().equals(name)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(constants).map(WireNamed::wireName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(kind + " '" + name + "' is not known; use one of: " + accepted);
    }
}
