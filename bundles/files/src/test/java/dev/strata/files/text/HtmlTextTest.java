package dev.strata.files.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The text of a page as a reader sees it: blocks on lines of their own, no code, no markup. */
class HtmlTextTest {

    @Test
    void blocksBecomeLinesAndInlineElementsStayInTheirLine() {
        String page = "<html><head><title>T</title></head><body><h1>Heading</h1>"
                + "<p>One <b>bold</b> and <a href='#'>a   link</a>.</p><ul><li>first</li><li>second</li></ul>"
                + "<div>line<br>break</div></body></html>";

        assertThat(Extract.html(page)).isEqualTo("Heading\nOne bold and a link.\nfirst\nsecond\nline\nbreak");
    }

    @Test
    void scriptsStylesAndTemplatesAreLeftOut() {
        String page = "<body><script>var secret = 1;</script><style>p { color: red }</style>"
                + "<noscript>enable JS</noscript><template><p>later</p></template><p>shown</p></body>";

        assertThat(Extract.html(page)).isEqualTo("shown");
    }

    @Test
    void preformattedTextKeepsItsLayout() {
        String page = "<body><p>Example:</p><pre>SELECT *\n  FROM t\n WHERE a  =  1;</pre><p>done</p></body>";

        assertThat(Extract.html(page)).isEqualTo("Example:\nSELECT *\n  FROM t\n WHERE a  =  1;\ndone");
    }

    @Test
    void entitiesAreDecodedAndNonBreakingSpacesBecomeSpaces() {
        assertThat(Extract.html("<p>caf&eacute; &amp; 5&nbsp;&lt;&nbsp;6</p>")).isEqualTo("café & 5 < 6");
    }

    @Test
    void invisibleBreakHintsInsideWordsAreLeftOut() {
        assertThat(Extract.html("<p>administrable_role_&#8203;authorizations in&shy;visible</p>"))
                .isEqualTo("administrable_role_authorizations invisible");
    }

    @Test
    void malformedMarkupStillGivesItsText() {
        assertThat(Extract.html("<p>unclosed <b>bold <i>both</p><p>next")).isEqualTo("unclosed bold both\nnext");
    }

    @Test
    void theCharsetComesFromTheContentTypeOrThePagesMetaTag() throws IOException {
        byte[] latin1 =
                "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Größe</p></body></html>".getBytes(ISO_8859_1);

        assertThat(Extract.bytes(latin1, "page.html", null).text()).isEqualTo("Größe");
        assertThat(Extract.bytes("<p>Größe</p>".getBytes(ISO_8859_1), "x", "text/html; charset=ISO-8859-1")
                        .text())
                .isEqualTo("Größe");
    }
}
