package dev.strata.api.kvstore;

import dev.strata.api.common.ProviderProperties;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A durable map from string keys to byte values, with expiry, ordered range reads,
 * compare-and-set and atomic batches.
 *
 * <p><b>Keys</b> are non-empty strings, ordered by {@link String#compareTo}; a {@code null} or
 * empty key throws {@link IllegalArgumentException}. Each store serves one namespace of its
 * configuration: keys are isolated per namespace, so two providers sharing a backend never see
 * each other's keys. Callers build hierarchies with a separator of their choice (for example
 * {@code "job/42"}) and read them with {@link #scan(String, int)}.
 *
 * <p><b>Values</b> are byte arrays, possibly empty, never {@code null}. The store's
 * configuration sets a size limit; a larger value throws {@link IllegalArgumentException}
 * naming the key, the size and the limit, and changes nothing. Arrays are copied in both
 * directions: changing an array after passing it in, or one returned, never changes the store.
 *
 * <p><b>Expiry</b> is an absolute {@link Instant}. An expired key reads as absent everywhere
 * (get, range, scan, compare-and-set) from that instant on, even before the store removes it.
 *
 * <p><b>Durability and threading</b>: every write is durable when it returns. All methods are
 * safe to call from any thread; {@link #compareAndSet} and {@link #write} are atomic across
 * threads and across processes that share the backend. Reads return snapshots, never live
 * views.
 *
 * <p><b>Errors</b>: bad arguments throw {@link IllegalArgumentException} and change nothing; a
 * failing or unreachable backend throws {@link KVStoreException}. The service carries the
 * {@link ProviderProperties} of its provider.
 */
@ProviderType
public interface KVStore {

    /**
     * Reads a key.
     *
     * @param key the key, non-empty
     * @return a copy of the value, or empty if the key is absent or expired
     * @throws IllegalArgumentException if {@code key} is {@code null} or empty
     * @throws KVStoreException if the backend fails
     */
    Optional<byte[]> get(String key);

    /**
     * Sets a key to a value that never expires, creating or replacing it.
     *
     * @param key the key, non-empty
     * @param value the value, not {@code null}, at most the configured size limit; may be empty
     * @throws IllegalArgumentException if the key is {@code null} or empty, the value is
     *     {@code null}, or the value is over the size limit
     * @throws KVStoreException if the backend fails
     */
    void set(String key, byte[] value);

    /**
     * Sets a key to a value with an absolute expiry, creating or replacing it (and its
     * expiry).
     *
     * @param key the key, non-empty
     * @param value the value, not {@code null}, at most the configured size limit; may be empty
     * @param expiresAt when the key expires; {@code null} for never; an instant already past
     *     stores a key that reads as absent
     * @throws IllegalArgumentException if the key is {@code null} or empty, the value is
     *     {@code null}, or the value is over the size limit
     * @throws KVStoreException if the backend fails
     */
    void set(String key, byte[] value, Instant expiresAt);

    /**
     * Removes a key.
     *
     * @param key the key, non-empty
     * @return {@code true} if the key was present; {@code false} if it was absent or expired,
     *     in which case nothing changes
     * @throws IllegalArgumentException if {@code key} is {@code null} or empty
     * @throws KVStoreException if the backend fails
     */
    boolean delete(String key);

    /**
     * Reads the entries whose keys lie in a range, sorted by key, expired entries excluded.
     *
     * @param startInclusive the first key to include; {@code null} starts at the first key
     * @param endExclusive the first key to exclude; {@code null} runs to the last key
     * @param limit how many entries at most, 1 or more
     * @return a snapshot list, possibly empty, never {@code null}
     * @throws IllegalArgumentException if {@code limit} is below 1, or a bound is empty
     * @throws KVStoreException if the backend fails
     */
    List<KVEntry> range(String startInclusive, String endExclusive, int limit);

    /**
     * Reads the keys in a range without their values, sorted, expired keys excluded; the
     * cheap form of {@link #range}.
     *
     * @param startInclusive the first key to include; {@code null} starts at the first key
     * @param endExclusive the first key to exclude; {@code null} runs to the last key
     * @param limit how many keys at most, 1 or more
     * @return a snapshot list, possibly empty, never {@code null}
     * @throws IllegalArgumentException if {@code limit} is below 1, or a bound is empty
     * @throws KVStoreException if the backend fails
     */
    List<String> keys(String startInclusive, String endExclusive, int limit);

    /**
     * Reads the entries whose keys start with a prefix, sorted by key, expired entries
     * excluded.
     *
     * @param prefix the prefix, not {@code null}; empty matches every key
     * @param limit how many entries at most, 1 or more
     * @return a snapshot list, possibly empty, never {@code null}
     * @throws IllegalArgumentException if {@code prefix} is {@code null} or {@code limit} is
     *     below 1
     * @throws KVStoreException if the backend fails
     */
    List<KVEntry> scan(String prefix, int limit);

    /**
     * Sets a key only if its current value equals the expected one, atomically across
     * threads and processes. The key's expiry is cleared when it is set.
     *
     * @param key the key, non-empty
     * @param expected the bytes the key must hold now; {@code null} means the key must be
     *     absent (or expired)
     * @param newValue the value to set, at most the configured size limit; {@code null}
     *     deletes the key
     * @return {@code true} if the key held {@code expected} and now holds {@code newValue};
     *     {@code false} if it held something else, in which case nothing changes
     * @throws IllegalArgumentException if the key is {@code null} or empty, or {@code newValue}
     *     is over the size limit
     * @throws KVStoreException if the backend fails
     */
    boolean compareAndSet(String key, byte[] expected, byte[] newValue);

    /**
     * Applies a batch of puts and deletes in one transaction: all of them or none. Changes
     * apply in list order, so a later change to a key wins. Other readers never see part of
     * the batch.
     *
     * @param batch the changes, not {@code null}, no {@code null} element; empty does nothing
     * @throws IllegalArgumentException if the batch or an element is {@code null}, or a value
     *     is over the size limit; nothing is applied
     * @throws KVStoreException if the backend fails; the batch is never half applied (see
     *     {@link KVStoreException} for a failure while committing)
     */
    void write(List<KVWrite> batch);
}
