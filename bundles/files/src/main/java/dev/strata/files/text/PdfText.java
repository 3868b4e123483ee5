package dev.strata.files.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text of a PDF with Apache PDFBox, page after page, in the order its content streams
 * draw it.
 *
 * <p>A PDF is read at random (its cross-reference table sits at the end), so the content is
 * first copied into a temporary file, deleted afterwards: PDFBox then reads from disk rather
 * than holding the whole document in memory, and a failure while copying (reading the caller's
 * stream) stays an {@link IOException}, told apart from a document PDFBox cannot parse.
 */
final class PdfText {

    private PdfText() {}

    static String read(InputStream content, String filename) throws IOException {
        Path copy = Files.createTempFile("strata-extract-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                content.transferTo(out);
            }
            return text(copy, filename);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String text(Path pdf, String filename) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(document).strip();
        } catch (InvalidPasswordException encrypted) {
            throw new IllegalArgumentException(
                    "file '" + filename + "' is a PDF encrypted with a password; upload a copy without the password");
        } catch (IOException damaged) {
            throw new IllegalArgumentException(
                    "file '" + filename + "' is not a readable PDF (" + damaged.getMessage()
                            + "); upload an undamaged copy, or the document in another format",
                    damaged);
        }
    }
}
