package dev.strata.kvstore.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics every KV backend keeps, run against each real backend by a subclass: reads,
 * upserts, expiry, ordered ranges and prefix scans, namespaces, batches, and refusal of bad
 * input, and atomicity under concurrent callers.
 */
abstract class KVStoreContract {

    static final int LIMIT = 1024;

    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    final ManualClock clock = new ManualClock(START);

    private final List<JdbcKVStore> opened = new ArrayList<>();

    JdbcKVStore store;

    /** Settings of a store on the backend under test, serving {@code namespace}. */
    abstract StoreSettingsBuilder settings(String namespace);

    /** Removes what a test left in the backend, after its stores are closed. */
    void cleanUp(List<String> namespaces) {}

    private final List<String> namespaces = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = open(newNamespace());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcKVStore::close);
        cleanUp(namespaces);
    }

    String newNamespace() {
        String namespace = "test-" + UUID.randomUUID();
        namespaces.add(namespace);
        return namespace;
    }

    JdbcKVStore open(String namespace) {
        JdbcKVStore opening =
                JdbcKVStore.open(settings(namespace).maxValueBytes(LIMIT).build(), clock);
        opened.add(opening);
        return opening;
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static String text(KVEntry entry) {
        return new String(entry.value(), UTF_8);
    }

    // a caller's interrupt

    /**
     * An interrupt is the caller's to act on at its next blocking call; the store's call runs to
     * its end and keeps the flag (embedded Derby would otherwise close the connection).
     */
    @Test
    void anInterruptedCallerIsServedAndStaysInterrupted() {
        store.set("a", bytes("1"));

        Thread.currentThread().interrupt();
        try {
            store.write(List.of(KVWrite.put("b", bytes("2")), KVWrite.delete("a")));
            assertThat(store.range(null, null, 10)).extracting(KVEntry::key).containsExactly("b");
            assertThat(store.get("b")).isPresent();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    // get and set

    @Test
    void getReturnsNothingForAnAbsentKey() {
        assertThat(store.get("missing")).isEmpty();
    }

    @Test
    void setStoresAndReplacesAValue() {
        store.set("a", bytes("1"));
        store.set("a", bytes("2"));

        assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
    }

    @Test
    void setStoresAnEmptyValue() {
        store.set("empty", new byte[0]);

        assertThat(store.get("empty")).hasValueSatisfying(v -> assertThat(v).isEmpty());
    }

    @Test
    void valuesAreCopiedInAndOut() {
        byte[] value = bytes("abc");
        store.set("k", value);
        value[0] = 'X';
        store.get("k").orElseThrow()[1] = 'Y';

        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("abc")));
    }

    @Test
    void anEntryReadsAsAbsentFromItsExpiryOn() {
        store.set("k", bytes("v"), START.plusSeconds(10));

        clock.advance(Duration.ofMillis(9_999));
        assertThat(store.get("k")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void anExpiryAlreadyPastStoresAKeyThatReadsAsAbsent() {
        store.set("k", bytes("v"), START.minusSeconds(1));

        assertThat(store.get("k")).isEmpty();
        assertThat(store.keys(null, null, 10)).isEmpty();
    }

    @Test
    void setWithoutExpiryClearsAnEarlierExpiry() {
        store.set("k", bytes("1"), START.plusSeconds(1));
        store.set("k", bytes("2"));
        clock.advance(Duration.ofDays(1));

        assertThat(store.get("k")).isPresent();
        assertThat(store.range(null, null, 10)).extracting(KVEntry::expiresAt).containsOnlyNulls();
    }

    @Test
    void rangeReportsTheExpiryToTheMillisecondRoundedDown() {
        store.set("k", bytes("v"), START.plusNanos(1_500_000_123L));

        assertThat(store.range(null, null, 1).get(0).expiresAt()).isEqualTo(START.plusMillis(1_500));
    }

    // delete

    @Test
    void deleteRemovesAKeyAndSaysSo() {
        store.set("k", bytes("v"));

        assertThat(store.delete("k")).isTrue();
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void deleteOfAnAbsentKeyChangesNothing() {
        store.set("other", bytes("v"));

        assertThat(store.delete("missing")).isFalse();
        assertThat(store.keys(null, null, 10)).containsExactly("other");
    }

    @Test
    void deleteOfAnExpiredKeyReportsItAbsent() {
        store.set("k", bytes("v"), START.plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));

        assertThat(store.delete("k")).isFalse();
    }

    // ranges and scans

    @Test
    void rangeIsHalfOpenAndSortedByKey() {
        for (String key : List.of("d", "b", "a", "c", "e")) {
            store.set(key, bytes("value-" + key));
        }

        assertThat(store.range("b", "d", 10)).extracting(KVEntry::key).containsExactly("b", "c");
        assertThat(store.range("b", "d", 10)).extracting(KVStoreContract::text).containsExactly("value-b", "value-c");
        assertThat(store.keys(null, "c", 10)).containsExactly("a", "b");
        assertThat(store.keys("c", null, 10)).containsExactly("c", "d", "e");
        assertThat(store.keys("bb", "bc", 10)).isEmpty();
        assertThat(store.keys("d", "b", 10)).isEmpty();
    }

    @Test
    void rangeStopsAtTheLimit() {
        for (int i = 0; i < 20; i++) {
            store.set(String.format("k%02d", i), bytes("v"));
        }

        assertThat(store.keys(null, null, 5)).containsExactly("k00", "k01", "k02", "k03", "k04");
        assertThat(store.range("k10", null, 3)).extracting(KVEntry::key).containsExactly("k10", "k11", "k12");
    }

    @Test
    void rangeLeavesOutExpiredEntries() {
        store.set("a", bytes("v"));
        store.set("b", bytes("v"), START.plusSeconds(5));
        store.set("c", bytes("v"), START.plusSeconds(50));
        clock.advance(Duration.ofSeconds(10));

        assertThat(store.keys(null, null, 10)).containsExactly("a", "c");
        assertThat(store.range(null, null, 10))
                .extracting(KVEntry::expiresAt)
                .containsExactly(null, START.plusSeconds(50));
    }

    @Test
    void keysAreOrderedAsStringCompareToOrdersThem() {
        List<String> keys = new ArrayList<>(List.of(
                "a",
                "A",
                "ab",
                "a\u0000",
                "a\u2020",
                "a ",
                "\u00e9",
                "\uE000",
                "\uFFFD",
                "\uFFFF",
                "\uD83D\uDE00",
                "\uD800",
                "z",
                "~",
                "0",
                "a\uFFFF"));
        Collections.shuffle(keys, new Random(7));
        keys.forEach(key -> store.set(key, bytes(key)));

        List<String> expected = new ArrayList<>(keys);
        Collections.sort(expected);
        assertThat(store.keys(null, null, 100)).containsExactlyElementsOf(expected);
        assertThat(store.range(null, null, 100)).extracting(KVEntry::key).containsExactlyElementsOf(expected);
    }

    @Test
    void keysThatDifferOnlyInTrailingCharactersAreDistinct() {
        store.set("a", bytes("1"));
        store.set("a\u2020", bytes("2"));
        store.set("a\u2020\u2020", bytes("3"));

        assertThat(store.get("a")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("1")));
        assertThat(store.keys(null, null, 10)).containsExactly("a", "a\u2020", "a\u2020\u2020");
        assertThat(store.keys("a", "a\u2020", 10)).containsExactly("a");
    }

    @Test
    void scanReturnsTheKeysWithThePrefixInOrder() {
        for (String key : List.of("job/2", "jo", "job/1", "job0", "jobs", "job/1/x", "job")) {
            store.set(key, bytes(key));
        }

        assertThat(store.scan("job/", 10)).extracting(KVEntry::key).containsExactly("job/1", "job/1/x", "job/2");
        assertThat(store.scan("job", 10))
                .extracting(KVEntry::key)
                .containsExactly("job", "job/1", "job/1/x", "job/2", "job0", "jobs");
        assertThat(store.scan("job/", 2)).extracting(KVEntry::key).containsExactly("job/1", "job/1/x");
    }

    @Test
    void scanTakesLikeWildcardsLiterally() {
        for (String key : List.of("a%b", "a_c", "a\\d", "axb", "a%", "ab")) {
            store.set(key, bytes(key));
        }

        assertThat(store.scan("a%", 10)).extracting(KVEntry::key).containsExactly("a%", "a%b");
        assertThat(store.scan("a_", 10)).extracting(KVEntry::key).containsExactly("a_c");
        assertThat(store.scan("a\\", 10)).extracting(KVEntry::key).containsExactly("a\\d");
    }

    @Test
    void scanWithAnEmptyPrefixReturnsEveryKey() {
        store.set("b", bytes("v"));
        store.set("a", bytes("v"));

        assertThat(store.scan("", 10)).extracting(KVEntry::key).containsExactly("a", "b");
    }

    @Test
    void scanHandlesPrefixesAtTheTopOfTheCharacterRange() {
        for (String key : List.of("\uFFFF", "\uFFFFa", "\uFFFF\uFFFF", "\uFFFE", "\uD83D\uDE00x")) {
            store.set(key, bytes(key));
        }

        assertThat(store.scan("\uFFFF", 10))
                .extracting(KVEntry::key)
                .containsExactly("\uFFFF", "\uFFFFa", "\uFFFF\uFFFF");
        assertThat(store.scan("\uD83D", 10)).extracting(KVEntry::key).containsExactly("\uD83D\uDE00x");
    }

    @Test
    void scanLeavesOutExpiredEntries() {
        store.set("p/a", bytes("v"), START.plusSeconds(1));
        store.set("p/b", bytes("v"));
        clock.advance(Duration.ofSeconds(2));

        assertThat(store.scan("p/", 10)).extracting(KVEntry::key).containsExactly("p/b");
    }

    @Test
    void aKeyOfTheLongestLengthWorks() {
        String longest = "\uD83D\uDE00".repeat(Keys.MAX_KEY_LENGTH / 2);
        store.set(longest, bytes("v"));

        assertThat(store.get(longest)).isPresent();
        assertThat(store.keys(null, null, 1)).containsExactly(longest);
    }

    // namespaces

    @Test
    void namespacesAreIsolated() {
        JdbcKVStore other = open(newNamespace());
        store.set("shared/a", bytes("mine"));
        other.set("shared/b", bytes("theirs"));
        other.set("gone", bytes("theirs"), START.plusSeconds(1));

        assertThat(store.get("shared/b")).isEmpty();
        assertThat(store.keys(null, null, 10)).containsExactly("shared/a");
        assertThat(store.scan("shared/", 10)).extracting(KVEntry::key).containsExactly("shared/a");
        assertThat(store.delete("shared/b")).isFalse();
        assertThat(store.compareAndSet("shared/b", null, bytes("mine"))).isTrue();
        assertThat(other.get("shared/b")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("theirs")));
        clock.advance(Duration.ofSeconds(2));
        assertThat(store.purgeExpired()).isZero();
        assertThat(other.purgeExpired()).isEqualTo(1);
    }

    // compare-and-set

    @Test
    void compareAndSetCreatesAnAbsentKey() {
        assertThat(store.compareAndSet("k", null, bytes("1"))).isTrue();
        assertThat(store.compareAndSet("k", null, bytes("2"))).isFalse();

        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("1")));
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedValue() {
        store.set("k", bytes("1"));

        assertThat(store.compareAndSet("k", bytes("0"), bytes("2"))).isFalse();
        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("1")));
        assertThat(store.compareAndSet("k", bytes("1"), bytes("2"))).isTrue();
        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
    }

    @Test
    void compareAndSetWithNoNewValueDeletes() {
        store.set("k", bytes("1"));

        assertThat(store.compareAndSet("k", bytes("1"), null)).isTrue();
        assertThat(store.get("k")).isEmpty();
        assertThat(store.compareAndSet("k", null, null)).isTrue();
        assertThat(store.compareAndSet("k", bytes("1"), null)).isFalse();
    }

    @Test
    void compareAndSetTakesAnExpiredKeyAsAbsentAndClearsExpiry() {
        store.set("k", bytes("old"), START.plusSeconds(1));
        clock.advance(Duration.ofSeconds(1));

        assertThat(store.compareAndSet("k", bytes("old"), bytes("new"))).isFalse();
        assertThat(store.compareAndSet("k", null, bytes("new"))).isTrue();
        clock.advance(Duration.ofDays(365));
        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("new")));
    }

    @Test
    void compareAndSetComparesEmptyValues() {
        store.set("k", new byte[0]);

        assertThat(store.compareAndSet("k", null, bytes("x"))).isFalse();
        assertThat(store.compareAndSet("k", new byte[0], bytes("x"))).isTrue();
    }

    // batches

    @Test
    void writeAppliesABatchInListOrder() {
        store.set("old", bytes("v"));

        store.write(List.of(
                KVWrite.put("a", bytes("1")),
                KVWrite.put("b", bytes("1")),
                KVWrite.delete("a"),
                KVWrite.put("c", bytes("1")),
                KVWrite.put("c", bytes("2")),
                KVWrite.delete("old"),
                KVWrite.delete("never-there"),
                new KVWrite.Put("d", bytes("1"), START.plusSeconds(1))));

        assertThat(store.range(null, null, 10)).extracting(KVEntry::key).containsExactly("b", "c", "d");
        assertThat(store.get("c")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.get("d")).isEmpty();
    }

    @Test
    void writeKeepsTheLastChangeOfAKeyWhateverCameBefore() {
        store.set("deleted-then-put", bytes("old"));
        store.set("put-then-deleted", bytes("old"));

        store.write(List.of(
                KVWrite.delete("deleted-then-put"),
                KVWrite.put("put-then-deleted", bytes("new")),
                KVWrite.put("deleted-then-put", bytes("new")),
                KVWrite.delete("put-then-deleted"),
                new KVWrite.Put("expiry-then-none", bytes("1"), START.plusSeconds(1)),
                KVWrite.put("expiry-then-none", bytes("2"))));

        assertThat(store.get("deleted-then-put"))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("new")));
        assertThat(store.get("put-then-deleted")).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(store.get("expiry-then-none"))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("2")));
    }

    @Test
    void writeAppliesALargeBatchOfPutsAndDeletesAtOnce() {
        List<KVWrite> setUp = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            setUp.add(KVWrite.put(String.format("big/%05d", i), bytes("old")));
        }
        store.write(setUp);

        List<KVWrite> batch = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String key = String.format("big/%05d", i);
            batch.add(i % 2 == 0 ? KVWrite.delete(key) : KVWrite.put(key, bytes("new")));
        }
        store.write(batch);

        List<KVEntry> left = store.scan("big/", 10_000);
        assertThat(left).hasSize(1_500);
        assertThat(left).allSatisfy(entry -> assertThat(text(entry)).isEqualTo("new"));
        assertThat(left.get(0).key()).isEqualTo("big/00001");
    }

    @Test
    void writeOfAnEmptyBatchDoesNothing() {
        store.write(List.of());

        assertThat(store.keys(null, null, 10)).isEmpty();
    }

    @Test
    void writeRefusesABatchWithABadElementAndAppliesNothing() {
        List<KVWrite> batch = new ArrayList<>();
        batch.add(KVWrite.put("a", bytes("1")));
        batch.add(KVWrite.put("big", new byte[LIMIT + 1]));

        assertThatThrownBy(() -> store.write(batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'big'")
                .hasMessageContaining("max.value.bytes");
        batch.set(1, null);
        assertThatThrownBy(() -> store.write(batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch element 1 is null; remove it or pass a change");
        assertThatThrownBy(() -> store.write(null)).hasMessageContaining("batch is null");
        assertThat(store.get("a")).isEmpty();
    }

    // durability across a clean close

    @Test
    void entriesSurviveClosingAndReopening() {
        String namespace = newNamespace();
        JdbcKVStore first = open(namespace);
        first.set("k", bytes("v"), START.plusSeconds(60));
        first.close();

        JdbcKVStore again = open(namespace);
        assertThat(again.range(null, null, 10)).containsExactly(new KVEntry("k", bytes("v"), START.plusSeconds(60)));
    }

    // purging

    @Test
    void purgeRemovesOnlyExpiredEntries() {
        store.set("live", bytes("v"));
        store.set("later", bytes("v"), START.plusSeconds(100));
        store.set("soon", bytes("v"), START.plusSeconds(1));
        store.set("sooner", bytes("v"), START.plusMillis(1));
        clock.advance(Duration.ofSeconds(1));

        assertThat(store.purgeExpired()).isEqualTo(2);
        assertThat(store.purgeExpired()).isZero();
        assertThat(store.keys(null, null, 10)).containsExactly("later", "live");
    }

    // bad input

    @Test
    void nullAndEmptyKeysAreRefused() {
        for (String key : new String[] {null, ""}) {
            String problem = "key is " + (key == null ? "null" : "empty") + "; use a non-empty string";
            assertThatThrownBy(() -> store.get(key)).hasMessage(problem);
            assertThatThrownBy(() -> store.set(key, bytes("v"))).hasMessage(problem);
            assertThatThrownBy(() -> store.delete(key)).hasMessage(problem);
            assertThatThrownBy(() -> store.compareAndSet(key, null, bytes("v"))).hasMessage(problem);
        }
    }

    @Test
    void aTooLongKeyIsRefused() {
        String key = "k".repeat(Keys.MAX_KEY_LENGTH + 1);

        assertThatThrownBy(() -> store.set(key, bytes("v")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "is " + (Keys.MAX_KEY_LENGTH + 1) + " characters long; use at most " + Keys.MAX_KEY_LENGTH);
    }

    @Test
    void aValueOverTheLimitIsRefusedAndChangesNothing() {
        store.set("k", bytes("kept"));

        assertThatThrownBy(() -> store.set("k", new byte[LIMIT + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value for key 'k' is " + (LIMIT + 1) + " bytes, over the limit of " + LIMIT
                        + " bytes of KV store 'test'; store a smaller value, or raise max.value.bytes in the"
                        + " store's configuration");
        assertThatThrownBy(() -> store.compareAndSet("k", bytes("kept"), new byte[LIMIT + 1]))
                .hasMessageContaining("over the limit");
        store.set("exact", new byte[LIMIT]);
        assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("kept")));
    }

    @Test
    void aNullValueIsRefused() {
        assertThatThrownBy(() -> store.set("k", null))
                .hasMessage("value for key 'k' is null; use an empty array, or delete the key");
    }

    @Test
    void badRangeArgumentsAreRefused() {
        assertThatThrownBy(() -> store.range(null, null, 0)).hasMessage("limit is 0; use 1 or more");
        assertThatThrownBy(() -> store.keys("", null, 1))
                .hasMessage("startInclusive is empty; use null for an open end of the range, or a non-empty key");
        assertThatThrownBy(() -> store.range(null, "", 1)).hasMessageStartingWith("endExclusive is empty");
        assertThatThrownBy(() -> store.scan(null, 1)).hasMessage("prefix is null; use \"\" to match every key");
        assertThatThrownBy(() -> store.scan("", -1)).hasMessage("limit is -1; use 1 or more");
    }

    // concurrency

    static final int THREADS = 4;

    /** Runs {@code task} on {@link #THREADS} threads released together; returns their results. */
    static <T> List<T> together(Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Adds one to a decimal counter with compare-and-set, trying again when another caller won. */
    static int increment(JdbcKVStore target, String key) {
        for (int attempts = 1; ; attempts++) {
            byte[] current = target.get(key).orElse(null);
            int next = current == null ? 1 : Integer.parseInt(new String(current, UTF_8)) + 1;
            if (target.compareAndSet(key, current, bytes(Integer.toString(next)))) {
                return attempts;
            }
        }
    }

    @Test
    void compareAndSetIsAtomicAcrossThreads() throws Exception {
        int perThread = 25;

        together(() -> {
            for (int i = 0; i < perThread; i++) {
                increment(store, "counter");
            }
            return null;
        });

        assertThat(store.get("counter"))
                .hasValueSatisfying(
                        v -> assertThat(new String(v, UTF_8)).isEqualTo(Integer.toString(THREADS * perThread)));
    }

    @Test
    void compareAndSetOnAnAbsentKeyHasOneWinner() throws Exception {
        int keys = 30;

        List<Integer> wins = together(() -> {
            int won = 0;
            for (int i = 0; i < keys; i++) {
                won += store.compareAndSet(
                                "race/" + i, null, bytes(Thread.currentThread().getName()))
                        ? 1
                        : 0;
            }
            return won;
        });

        assertThat(wins.stream().mapToInt(Integer::intValue).sum()).isEqualTo(keys);
        assertThat(store.keys(null, null, 100)).hasSize(keys);
    }

    @Test
    void concurrentSetsOfTheSameNewKeysAllSucceed() throws Exception {
        together(() -> {
            for (int i = 0; i < 40; i++) {
                store.set("new/" + i, bytes(Thread.currentThread().getName()));
                store.write(
                        List.of(KVWrite.put("batch/" + i, bytes("x")), KVWrite.put("batch/" + (i + 1), bytes("y"))));
            }
            return null;
        });

        assertThat(store.scan("new/", 100)).hasSize(40);
        assertThat(store.scan("batch/", 100)).hasSize(41);
    }

    @Test
    void readersNeverSeePartOfABatch() throws Exception {
        // enough keys and bytes to span pages and Derby's bulk fetch of a few rows at a time
        int keys = 40;
        int rounds = 60;
        store.write(batchOfAll(keys, "0"));

        List<Boolean> consistent = together(() -> {
            boolean ok = true;
            boolean writer = Thread.currentThread().getName().endsWith("-1");
            for (int i = 1; i <= rounds; i++) {
                if (writer) {
                    store.write(batchOfAll(keys, Integer.toString(i)));
                } else {
                    List<KVEntry> all = store.scan("all/", 100);
                    ok &= all.size() == keys
                            && all.stream()
                                            .map(KVStoreContract::text)
                                            .distinct()
                                            .count()
                                    == 1;
                }
            }
            return ok;
        });

        assertThat(consistent).containsOnly(true);
    }

    private static List<KVWrite> batchOfAll(int keys, String value) {
        List<KVWrite> batch = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            batch.add(KVWrite.put("all/" + k, bytes(value + " ".repeat(900))));
        }
        return batch;
    }
}
