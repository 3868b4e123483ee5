package dev.strata.api.inference;

import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The provider does not serve the model id it was given. */
@ProviderType
public class UnknownModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String modelId;

    private final List<String> knownModels;

    /**
     * Creates the exception.
     *
     * @param modelId the id that was not found; may be {@code null}
     * @param knownModels the ids the provider serves; {@code null} is taken as empty; copied
     *     and sorted
     */
    public UnknownModelException(String modelId, Collection<String> knownModels) {
        this(
                modelId,
                knownModels == null
                        ? List.<String>of()
                        : knownModels.stream().sorted().toList());
    }

    private UnknownModelException(String modelId, List<String> knownModels) {
        super("model '" + modelId + "' is not served here; known models: " + knownModels
                + "; use one of them, or configure a provider that serves it");
        this.modelId = modelId;
        this.knownModels = knownModels;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, as passed to the constructor
     */
    public String modelId() {
        return modelId;
    }

    /**
     * Returns the ids of the models the provider serves.
     *
     * @return an unmodifiable sorted list, never {@code null}, possibly empty
     */
    public List<String> knownModels() {
        return knownModels;
    }
}
