package dev.strata.files.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.time.Instant;

/**
 * The JSON form of a {@link FileInfo}, in the snake_case of OpenAI's file object, so an operator
 * reading the store ({@code kv:get}) sees the names they know. {@code format} numbers the
 * layout; readers accept unknown fields, so a later version may add some.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FileDocument(
        @JsonProperty("format") int format,
        @JsonProperty("id") String id,
        @JsonProperty("filename") String filename,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("purpose") String purpose,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("expires_at") Instant expiresAt) {

    static final int FORMAT = 1;

    static FileDocument of(FileInfo file) {
        return new FileDocument(
                FORMAT,
                file.id(),
                file.filename(),
                file.bytes(),
                file.purpose().wireName(),
                file.createdAt(),
                file.expiresAt());
    }

    /**
     * Rebuilds the metadata.
     *
     * @throws IllegalArgumentException if the document breaks a rule of {@link FileInfo}
     */
    FileInfo toFileInfo() {
        return new FileInfo(id, filename, bytes, FilePurpose.fromWireName(purpose), createdAt, expiresAt);
    }
}
