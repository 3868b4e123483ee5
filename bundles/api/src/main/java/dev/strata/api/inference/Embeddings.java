package dev.strata.api.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The vectors a model made for a list of texts, and how many tokens it read.
 *
 * <p>Immutable: the constructor copies the list and every array, and {@link #vectors()} and
 * {@link #vector(int)} return fresh copies, so nobody can change the record's vectors.
 * Equality compares the vectors' contents. Safe to share between threads.
 *
 * @param modelId the id of the model that made the vectors, never {@code null} or blank
 * @param vectors one vector per text, in the order of the texts; all of one length, at least
 *     1; the list may be empty
 * @param promptTokens how many tokens the model read over all texts, 0 or more
 */
@ProviderType
public record Embeddings(String modelId, List<float[]> vectors, int promptTokens) {

    /**
     * Validates the record and copies the vectors.
     *
     * @throws IllegalArgumentException if {@code modelId} is {@code null} or blank, {@code
     *     vectors} or a vector is {@code null}, a vector is empty, the vectors differ in length,
     *     or {@code promptTokens} is negative
     */
    public Embeddings {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId is " + (modelId == null ? "null" : "blank")
                    + "; give the id of the model that made the vectors");
        }
        if (promptTokens < 0) {
            throw new IllegalArgumentException("promptTokens is " + promptTokens + "; use 0 or more");
        }
        vectors = copy(vectors);
    }

    /**
     * Returns copies of the vectors.
     *
     * @return an unmodifiable list of new arrays on every call, never {@code null}
     */
    @Override
    public List<float[]> vectors() {
        return copy(vectors);
    }

    /**
     * Returns a copy of one vector, without copying the others.
     *
     * @param index the text's index, from 0 to {@link #size()} - 1
     * @return a new array
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public float[] vector(int index) {
        return vectors.get(index).clone();
    }

    /**
     * Returns how many vectors there are, one per text.
     *
     * @return 0 or more
     */
    public int size() {
        return vectors.size();
    }

    /**
     * Returns the vectors' length.
     *
     * @return the dimension, or 0 when there are no vectors
     */
    public int dimension() {
        return vectors.isEmpty() ? 0 : vectors.get(0).length;
    }

    /**
     * Compares model, vector contents and token count.
     *
     * @param other the object to compare with; may be {@code null}
     * @return whether {@code other} holds the same model, vectors and token count
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Embeddings that)
                || !modelId.equals(that.modelId)
                || promptTokens != that.promptTokens
                || vectors.size() != that.vectors.size()) {
            return false;
        }
        for (int i = 0; i < vectors.size(); i++) {
            if (!Arrays.equals(vectors.get(i), that.vectors.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash of model, vector contents and token count, consistent with {@link
     * #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = Objects.hash(modelId, promptTokens);
        for (float[] vector : vectors) {
            hash = 31 * hash + Arrays.hashCode(vector);
        }
        return hash;
    }

    /**
     * Describes the record without the vectors' numbers.
     *
     * @return for example {@code Embeddings[modelId=all-MiniLM-L6-v2, vectors=3 x 384,
     *     promptTokens=17]}
     */
    @Override
    public String toString() {
        return "Embeddings[modelId=" + modelId + ", vectors=" + size() + " x " + dimension() + ", promptTokens="
                + promptTokens + "]";
    }

    private static List<float[]> copy(List<float[]> vectors) {
        if (vectors == null) {
            throw new IllegalArgumentException("vectors is null; pass an empty list for no texts");
        }
        List<float[]> copy = new ArrayList<>(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = vectors.get(i);
            if (vector == null || vector.length == 0) {
                throw new IllegalArgumentException("vector " + i + " is " + (vector == null ? "null" : "empty")
                        + "; give one vector of the model's dimension per text");
            }
            if (vector.length != vectors.get(0).length) {
                throw new IllegalArgumentException(
                        "vector " + i + " has " + vector.length + " dimensions but vector 0 has "
                                + vectors.get(0).length + "; all vectors come from one model");
            }
            copy.add(vector.clone());
        }
        return Collections.unmodifiableList(copy);
    }
}
