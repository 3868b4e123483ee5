package dev.strata.api.files;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** What a file is for, with the wire names of OpenAI's {@code purpose} field. */
@ProviderType
public enum FilePurpose implements WireNamed {
    /** Input to assistants and vector stores: {@code "assistants"}. */
    ASSISTANTS("assistants"),
    /** Input to the batch API: {@code "batch"}. */
    BATCH("batch"),
    /** Training data for fine-tuning: {@code "fine-tune"}. */
    FINE_TUNE("fine-tune"),
    /** Images for vision input: {@code "vision"}. */
    VISION("vision"),
    /** Any data the user keeps: {@code "user_data"}. */
    USER_DATA("user_data"),
    /** Data sets for evaluations: {@code "evals"}. */
    EVALS("evals");

    private final String wireName;

    FilePurpose(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the purpose with the given wire name.
     *
     * @param name a wire name such as {@code "user_data"}
     * @return the purpose, never {@code null}
     * @throws IllegalArgumentException if no purpose has that name; the message lists them
     */
    public static FilePurpose fromWireName(String name) {
        return WireNamed.lookup(FilePurpose.class, "file purpose", name);
    }
}
