package dev.strata.files.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.api.files.ExtractedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the extractor the way tests need it: over bytes, a string or a file. */
final class Extract {

    private static final TextExtractor EXTRACTOR = new TextExtractor();

    private Extract() {}

    static ExtractedText bytes(byte[] content, String filename, String contentType) throws IOException {
        return EXTRACTOR.extract(new ByteArrayInputStream(content), filename, contentType);
    }

    static ExtractedText text(String content, String filename, String contentType) throws IOException {
        return bytes(content.getBytes(UTF_8), filename, contentType);
    }

    static String html(String page) {
        try {
            return text(page, "page.html", null).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedText file(Path path, String contentType) throws IOException {
        try (InputStream content = Files.newInputStream(path)) {
            return EXTRACTOR.extract(content, path.getFileName().toString(), contentType);
        }
    }
}
