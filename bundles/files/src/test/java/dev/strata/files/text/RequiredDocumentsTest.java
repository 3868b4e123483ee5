package dev.strata.files.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing document skips its test with the package to install, or fails it in CI. */
class RequiredDocumentsTest {

    @Test
    void aMissingDocumentSkipsOrFailsNamingThePackage() {
        Path missing = Path.of("/nonexistent/strata/manual.html");

        Throwable outcome = catchThrowable(() -> RequiredDocuments.require(missing, "strata-doc"));

        if (Boolean.parseBoolean(System.getenv(RequiredDocuments.REQUIRE))) {
            assertThat(outcome)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("/nonexistent/strata/manual.html is missing; the Debian package strata-doc ships it;"
                            + " STRATA_REQUIRE_SERVICES=true makes this a failure: apt-get install -y strata-doc");
        } else {
            assertThat(outcome)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessage("/nonexistent/strata/manual.html is missing; the Debian package"
                            + " strata-doc ships it; install it (apt-get install -y strata-doc) to run this test,"
                            + " or set STRATA_REQUIRE_SERVICES=true to fail instead");
        }
    }

    @Test
    void aPresentDocumentIsReturned() {
        Path here = Path.of("pom.xml").toAbsolutePath();

        assertThat(RequiredDocuments.require(here, "strata-doc")).isEqualTo(here);
    }
}
