package dev.strata.files.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the text of an HTML page with jsoup, which parses HTML as browsers do (the WHATWG
 * parsing algorithm), so any page, however malformed, gives its text.
 *
 * <p>The text is the body's, as a reader sees it: scripts, styles and templates left out, runs
 * of white space collapsed, each block element (paragraph, heading, list item, table cell) and
 * each {@code <br>} on a line of its own, and {@code <pre>} kept as written. Without a charset,
 * jsoup reads the byte order mark or the page's {@code <meta charset>}, else UTF-8.
 */
final class HtmlText {

    private static final String HIDDEN = "script, style, noscript, template";
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char SOFT_HYPHEN = '\u00AD';

    private HtmlText() {}

    static String read(InputStream content, Charset charsetOrNull) throws IOException {
        Document page = Jsoup.parse(content, charsetOrNull == null ? null : charsetOrNull.name(), "");
        page.select(HIDDEN).remove();
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, page.body());
        return lines.text();
    }

    /** Collects text a node at a time, keeping the breaks between blocks. */
    private static final class Lines implements NodeVisitor {

        private final StringBuilder text = new StringBuilder();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                if (preformatted > 0) {
                    text.append(textNode.getWholeText());
                } else {
                    appendCollapsed(textNode.getWholeText());
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("pre")) {
                    preformatted++;
                }
                if (element.nameIs("br") || element.isBlock()) {
                    breakLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("pre")) {
                    preformatted--;
                }
                if (element.isBlock()) {
                    breakLine();
                }
            }
        }

        String text() {
            trimTrailingSpace();
            return text.toString().strip();
        }

        /**
         * Appends text with each run of white space (no-break spaces included) as one space, none
         * at the start of a line, and without the invisible break hints (zero-width space, soft
         * hyphen) that pages put inside long words, as jsoup's own {@code text()} leaves them out.
         */
        private void appendCollapsed(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == ZERO_WIDTH_SPACE || c == SOFT_HYPHEN) {
                    continue;
                }
                if (!Character.isWhitespace(c) && c != NO_BREAK_SPACE) {
                    text.append(c);
                } else if (!atLineStart() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
        }

        private void breakLine() {
            trimTrailingSpace();
            if (!atLineStart()) {
                text.append('\n');
            }
        }

        private boolean atLineStart() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        private void trimTrailingSpace() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }
    }
}
