package dev.strata.files;

import dev.strata.api.files.ExtractedText;
import dev.strata.api.files.TextExtraction;
import dev.strata.files.text.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import org.osgi.service.component.annotations.Component;

/**
 * The bundle's {@link TextExtraction} service: one, without configuration, while the bundle is
 * active, since reading a document needs no provider settings. Ingestion (vector stores) binds
 * it to read uploaded files as text.
 */
@Component(service = TextExtraction.class)
public class TextExtractionComponent implements TextExtraction {

    private final TextExtractor extractor = new TextExtractor();

    @Override
    public ExtractedText extract(InputStream content, String filename, String contentTypeOrNull) throws IOException {
        return extractor.extract(content, filename, contentTypeOrNull);
    }
}
