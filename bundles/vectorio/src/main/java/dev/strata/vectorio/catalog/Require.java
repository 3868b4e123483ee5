package dev.strata.vectorio.catalog;

/** Checks shared by the records of this package. */
final class Require {

    private Require() {}

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " is " + (value == null ? "null" : "'" + value + "'") + "; give a non-blank value");
        }
        return value;
    }

    static <T> T nonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null; give a value");
        }
        return value;
    }

    static long count(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is " + value + "; use 0 or more");
        }
        return value;
    }
}
