package dev.strata.files.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.ExtractedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs: a real specification as Debian ships it (skipped with the package to install where it is
 * missing, failed in CI, see {@link RequiredDocuments}), and documents made here with known text,
 * damaged or encrypted.
 */
class PdfTextTest {

    @TempDir
    Path temporary;

    @Test
    void theSharedMimeInfoSpecificationGivesItsText() throws IOException {
        ExtractedText text = Extract.file(RequiredDocuments.mimeInfoSpec(), null);

        assertThat(text.contentType()).isEqualTo("application/pdf");
        assertThat(text.text())
                .startsWith("Shared MIME-info Database\nX Desktop Group (http://www.freedesktop.org)\n")
                .contains("This is version 0.21 of the Shared MIME-info Database specification,"
                        + " last updated 2 October 2018.")
                .contains("• A standard way of getting the MIME type for a file.")
                .endsWith("ACAP ACAP Media Type Dataset Class"
                        + " ftp://ftp.ietf.org/internet-drafts/draft-ietf-acap-mediatype-01.txt\n17")
                .hasLineCount(550);
    }

    @Test
    void aDocumentMadeWithKnownTextGivesItPageAfterPage() throws IOException {
        byte[] pdf = pdf(List.of("First page, first line.", "First page, second line."), List.of("Second page."));

        ExtractedText text = Extract.bytes(pdf, "made.pdf", null);

        assertThat(text.text()).isEqualTo("First page, first line.\nFirst page, second line.\nSecond page.");
        assertThat(text.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aPageWithoutTextGivesEmptyText() throws IOException {
        assertThat(Extract.bytes(pdf(List.of()), "scan.pdf", "application/pdf").text())
                .isEmpty();
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() throws IOException {
        byte[] pdf = pdf(List.of("whole"));
        byte[] truncated = Arrays.copyOf(pdf, 40);

        assertThatThrownBy(() -> Extract.bytes(truncated, "cut.pdf", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file 'cut.pdf' is not a readable PDF (")
                .hasMessageEndingWith("); upload an undamaged copy, or the document in another format");
    }

    @Test
    void bytesThatAreNoPdfAreRefusedAsDamaged() {
        byte[] text = "just some text, named like a PDF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Extract.bytes(text, "fake.pdf", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file 'fake.pdf' is not a readable PDF (");
    }

    @Test
    void aPdfEncryptedWithAPasswordIsRefusedWithTheFix() throws IOException {
        byte[] encrypted;
        try (PDDocument document = document(List.of(List.of("secret")))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            encrypted = save(document);
        }

        assertThatThrownBy(() -> Extract.bytes(encrypted, "locked.pdf", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file 'locked.pdf' is a PDF encrypted with a password; upload a copy without the password");
    }

    @Test
    void theTemporaryCopyIsDeletedAfterwards() throws IOException {
        String tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", temporary.toString());
        try {
            Extract.bytes(pdf(List.of("x")), "a.pdf", null);
            assertThatThrownBy(() -> Extract.bytes(new byte[] {1, 2, 3}, "b.pdf", null))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            System.setProperty("java.io.tmpdir", tmpdir);
        }

        try (var left = Files.list(temporary)) {
            assertThat(left).isEmpty();
        }
    }

    @SafeVarargs
    private static byte[] pdf(List<String>... pages) throws IOException {
        try (PDDocument document = document(List.of(pages))) {
            return save(document);
        }
    }

    private static PDDocument document(List<List<String>> pages) throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<String> lines : pages) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
