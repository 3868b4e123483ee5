package dev.strata.files.text;

import dev.strata.api.files.ExtractedText;
import dev.strata.api.files.TextExtraction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * {@link TextExtraction} of plain text, Markdown, HTML and PDF; see {@link DocumentKind} for the
 * types and extensions. Stateless and thread-safe.
 */
public final class TextExtractor implements TextExtraction {

    @Override
    public ExtractedText extract(InputStream content, String filename, String contentTypeOrNull) throws IOException {
        if (content == null) {
            throw new IllegalArgumentException("content is null; pass the document's bytes as a stream");
        }
        if (filename == null) {
            throw new IllegalArgumentException("filename is null; give the document's name, such as 'report.pdf'");
        }
        ContentType type = ContentType.parse(contentTypeOrNull);
        DocumentKind kind = DocumentKind.of(type, filename);
        Charset charset = type == null ? null : type.charsetOr(null);
        String text = switch (kind) {
            case PLAIN_TEXT, MARKDOWN ->
                PlainText.read(content, charset == null ? StandardCharsets.UTF_8 : charset, filename);
            case HTML -> HtmlText.read(content, charset);
            case PDF -> PdfText.read(content, filename);
        };
        return new ExtractedText(text, kind.mediaType());
    }
}
