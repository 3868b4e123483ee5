package dev.strata.api.scheduler;

import java.util.regex.Pattern;

/** The rule for job type names, shared by the records of this package; not part of the API. */
final class JobTypes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private JobTypes() {}

    static String requireType(String type) {
        if (type == null || !NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("job type is " + (type == null ? "null" : "'" + type + "'")
                    + "; use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return type;
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(
                    "job id is " + (id == null ? "null" : "'" + id + "'") + "; pass the id schedule returned");
        }
        return id;
    }
}
