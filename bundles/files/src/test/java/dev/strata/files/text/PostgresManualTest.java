package dev.strata.files.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.files.ExtractedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Real pages: the PostgreSQL 15 manual as Debian ships it (XHTML from DocBook, with navigation
 * tables, code listings and entities). Skipped with the package to install where it is missing,
 * failed in CI (see {@link RequiredDocuments}).
 */
class PostgresManualTest {

    @Test
    void aReferencePageGivesItsProseAndItsSynopsis() throws IOException {
        Path page = RequiredDocuments.postgresManual().resolve("sql-createtable.html");

        ExtractedText text = Extract.file(page, "text/html");

        assertThat(text.contentType()).isEqualTo("text/html");
        assertThat(text.text())
                .contains("CREATE TABLE — define a new table")
                .contains("CREATE TABLE will create a new, initially empty table in the current database.")
                .contains("CREATE [ [ GLOBAL | LOCAL ] { TEMPORARY | TEMP } | UNLOGGED ] TABLE [ IF NOT EXISTS ]"
                        + " table_name ( [\n")
                .doesNotContain("<div", "<span", "<a ", "&lt;", "&amp;", "&nbsp;", "\u200B", "stylesheet.css");
    }

    @Test
    void aTutorialPageReadsAsParagraphsOnLinesOfTheirOwn() throws IOException {
        Path page = RequiredDocuments.postgresManual().resolve("tutorial-concepts.html");

        List<String> lines = Extract.file(page, null).text().lines().toList();

        assertThat(lines).contains("2.2. Concepts");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("PostgreSQL is a relational database management system (RDBMS).")
                        && line.endsWith("."));
        assertThat(lines).allMatch(line -> !line.isBlank() && line.equals(line.strip()));
    }

    @Test
    void everyPageOfTheManualGivesTheTextOfItsTitle() throws IOException {
        List<Path> pages;
        try (Stream<Path> listing = Files.list(RequiredDocuments.postgresManual())) {
            pages = listing.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }

        assertThat(pages).hasSizeGreaterThan(1000);
        for (Path page : pages) {
            String title = Jsoup.parse(page.toFile()).title();
            assertThat(Extract.file(page, null).text()).as(page.toString()).contains(title);
        }
    }
}
