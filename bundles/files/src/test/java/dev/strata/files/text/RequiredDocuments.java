package dev.strata.files.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that read real documents a Debian package ships (ARCHITECTURE.md §6, as for
 * services): when the document is missing the test is skipped with the package to install,
 * unless {@code STRATA_REQUIRE_SERVICES=true} (CI), where its absence fails the test.
 */
final class RequiredDocuments {

    static final String REQUIRE = "STRATA_REQUIRE_SERVICES";

    /** The PostgreSQL 15 manual in HTML, from Debian's {@code postgresql-doc-15}. */
    static final Path POSTGRES_MANUAL = Path.of("/usr/share/doc/postgresql-doc-15/html");

    /** The shared MIME-info specification as a PDF, from Debian's {@code shared-mime-info}. */
    static final Path MIME_INFO_SPEC = Path.of("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf");

    private RequiredDocuments() {}

    static Path postgresManual() {
        return require(POSTGRES_MANUAL, "postgresql-doc-15");
    }

    static Path mimeInfoSpec() {
        return require(MIME_INFO_SPEC, "shared-mime-info");
    }

    static Path require(Path path, String debianPackage) {
        if (!Files.exists(path)) {
            String why = path + " is missing; the Debian package " + debianPackage + " ships it";
            if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
                fail(why + "; " + REQUIRE + "=true makes this a failure: apt-get install -y " + debianPackage);
            }
            Assumptions.abort(why + "; install it (apt-get install -y " + debianPackage + ") to run this test, or set "
                    + REQUIRE + "=true to fail instead");
        }
        return path;
    }
}
