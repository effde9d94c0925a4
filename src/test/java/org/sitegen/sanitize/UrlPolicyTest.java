package org.sitegen.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UrlPolicy}: schemes read as a browser reads them, and local resources. */
class UrlPolicyTest {
    private final UrlPolicy urls = new UrlPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/x", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:care@example.org",
            "tel:+15551234", "radiofrequency-ablation.md", "../faq/x.md#risks", "#risks", "?q=1", "", "//other.example/page",
            "img/javascript:x.png"})
    void linksThatAreAllowed(String url) {
        assertEquals(Optional.empty(), urls.linkProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
            "\u0001javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\u0000script:alert(1)",
            "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript&colon;alert(1)", "javascript&#58;alert(1)",
            "\u00A0javascript:alert(1)", "java\u200Bscript:alert(1)", " JavaScript :alert(1)"})
    void scriptUrlsInAnySpellingAreRefused(String url) {
        assertEquals(Optional.of("'javascript:' URLs are not allowed"), urls.linkProblem(url));
        assertEquals(Optional.of("'javascript:' URLs are not allowed"), urls.resourceProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:text/html;base64,PHNjcmlwdD4=", "DATA:image/png;base64,x", "d&#97;ta:text/html,x"})
    void dataUrlsAreRefused(String url) {
        assertEquals(Optional.of("'data:' URLs are not allowed"), urls.linkProblem(url));
        assertEquals(Optional.of("'data:' URLs are not allowed"), urls.resourceProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vbscript:msgbox(1)", "VBScript:msgbox(1)"})
    void vbscriptUrlsAreRefused(String url) {
        assertEquals(Optional.of("'vbscript:' URLs are not allowed"), urls.linkProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/x", "blob:https://x/y", "c:/x.png"})
    void otherSchemesAreRefused(String url) {
        String scheme = url.substring(0, url.indexOf(':'));
        assertEquals(Optional.of("'" + scheme + ":' URLs are not allowed"), urls.linkProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.png", "img/a.png", "../assets/a.png", "/assets/a.png", "a.png?v=2"})
    void localResourcesAreAllowed(String url) {
        assertEquals(Optional.empty(), urls.resourceProblem(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.org/a.png", "http://cdn.example.org/a.png", "//cdn.example.org/a.png",
            "/\\cdn.example.org/a.png", "\\\\cdn.example.org/a.png", " //cdn.example.org/a.png", "/\t/cdn.example.org/a.png"})
    void thirdPartyResourcesAreRefusedButThePlainLinkIsFine(String url) {
        assertEquals(Optional.of("images must load a local file, not '" + url + "'"), urls.resourceProblem(url));
        assertEquals(Optional.empty(), urls.linkProblem(url));
    }
}
