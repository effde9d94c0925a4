package org.sitegen.sanitize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML a page body may contain, as a jsoup {@link Safelist} plus the {@link UrlPolicy}. It never cleans:
 * it reports, as a {@link Violation}, every tag, attribute, URL, comment or other node that the allowlist would
 * remove or change, so that nothing an editor wrote disappears silently.
 *
 * <p>Named values, like jsoup's own: {@link #article()} is what editors' raw HTML may use, {@link #disclaimer()} what the disclaimers may use;
 * {@link #withMarkers(Map, Predicate)} adds the marker attributes and classes the build's Markdown renderer puts on its own elements,
 * for checking a whole rendered body. Instances are immutable and thread-safe.
 */
public final class HtmlAllowlist {
    /** Tags allowed anywhere in a body. {@code h1} is there because Flexmark renders {@code # Heading} as one. */
    public static final Set<String> TAGS = Set.of(
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "strong", "em", "b", "i", "u", "s", "small", "mark", "q", "cite", "blockquote",
            "code", "pre", "kbd", "samp", "var", "sup", "sub", "abbr", "span", "div",
            "ul", "ol", "li", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
            "figure", "figcaption", "details", "summary", "a", "img");

    /**
     * The only values {@code class} may take in raw HTML. Author CSS never reaches a page, so a class can only borrow
     * one of the site's own styles, and the layout's classes hide text: {@code skip-link} moves it off-screen,
     * {@code term-tip} makes it invisible until hovered, {@code site-footer} drops it from print. Hence an allowlist:
     * {@code no-gloss} keeps glossary links out of an element.
     */
    public static final Set<String> CLASSES = Set.of("no-gloss");

    /** Tags text shown on every page (the disclaimers) may not use, because they fold it away: not in {@link #disclaimer()}. */
    public static final Set<String> FOLDING_TAGS = Set.of("details", "summary");

    /** Attributes allowed on every allowed tag. */
    public static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir");

    /** Attributes allowed on particular tags, besides {@link #GLOBAL_ATTRIBUTES}. */
    public static final Map<String, Set<String>> TAG_ATTRIBUTES = Map.of(
            "a", Set.of("href", "title", "rel", "hreflang"),
            "img", Set.of("src", "alt", "width", "height", "loading", "title"),
            "ol", Set.of("start", "type", "reversed"),
            "details", Set.of("open"),
            "td", Set.of("colspan", "rowspan", "headers", "align"),
            "th", Set.of("colspan", "rowspan", "headers", "scope", "align"),
            "col", Set.of("span"),
            "colgroup", Set.of("span"));

    private static final String CLASS_ATTRIBUTE = "class";
    private static final String LINK_TAG = "a";
    private static final String LINK_ATTRIBUTE = "href";
    private static final String RESOURCE_TAG = "img";
    private static final String RESOURCE_ATTRIBUTE = "src";
    /** Elements every parsed document has; in a fragment they are only wrong when written out. */
    private static final Set<String> DOCUMENT_TAGS = Set.of("html", "head", "body");
    /** jsoup's parse error for input that ends inside a tag, which the parser then drops. */
    private static final Pattern UNFINISHED_TAG = Pattern.compile("^Unexpectedly reached end of file \\(EOF\\) in input state \\[\\w*(Tag|Attribute)\\w*\\]");
    private static final int TRACKED_ERRORS = 100;
    /** How deep elements may nest in a body (a list of a hundred levels, the Markdown limit, is two hundred elements). */
    public static final int MAX_DEPTH = 256;
    private static final String TOO_DEEP = "raw HTML: elements are nested more than " + MAX_DEPTH + " levels deep: flatten them";

    private final Safelist safelist;
    private final Set<String> tags;
    private final Predicate<String> classes;
    private final UrlPolicy urls = new UrlPolicy();
    private final String allowedTags;

    private HtmlAllowlist(Safelist safelist, Set<String> tags, Predicate<String> classes) {
        this.safelist = safelist;
        this.tags = Set.copyOf(tags);
        this.classes = classes;
        this.allowedTags = String.join(", ", new TreeSet<>(tags));
    }

    /** What editors may write as raw HTML in Markdown. */
    public static HtmlAllowlist article() {
        return of(TAGS);
    }

    /**
     * What raw HTML may use in text shown on every page of an edition (the medical and region disclaimers, product
     * texts): the article's list without {@link #FOLDING_TAGS}, so that no part of it can be folded away.
     */
    public static HtmlAllowlist disclaimer() {
        Set<String> tags = new TreeSet<>(TAGS);
        tags.removeAll(FOLDING_TAGS);
        return of(tags);
    }

    private static HtmlAllowlist of(Set<String> tags) {
        Safelist safelist = new Safelist()
                .addTags(tags.toArray(String[]::new))
                .addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
        // only for tags on the list: jsoup's addAttributes also allows the tag itself
        TAG_ATTRIBUTES.entrySet().stream().filter(e -> tags.contains(e.getKey()))
                .forEach(e -> safelist.addAttributes(e.getKey(), e.getValue().toArray(String[]::new)));
        return new HtmlAllowlist(safelist, tags, CLASSES::contains);
    }

    /**
     * This allowlist, also accepting the marker attributes our Markdown renderer puts on its own elements
     * (tag name to attribute names) and the classes it gives them; for checking a whole rendered body, where they
     * are legitimate.
     */
    public HtmlAllowlist withMarkers(Map<String, ? extends Collection<String>> markersByTag, Predicate<String> renderedClasses) {
        Safelist extended = new Safelist(safelist);
        markersByTag.forEach((tag, attributes) -> extended.addAttributes(tag, attributes.toArray(String[]::new)));
        return new HtmlAllowlist(extended, tags, classes.or(renderedClasses));
    }

    /**
     * Everything under {@code root} (not {@code root} itself, which is the container, e.g. {@code <body>}) that
     * this allowlist would remove or change, in document order. Lines are jsoup's when the tree was parsed with
     * position tracking, else {@link Violation#UNKNOWN_LINE}. Check the very tree that is serialised into the page.
     */
    public List<Violation> check(Element root) {
        List<Violation> violations = new ArrayList<>();
        for (Node child : root.childNodes()) {
            walk(child, IntUnaryOperator.identity(), violations);
        }
        return violations;
    }

    /**
     * Parses one raw-HTML fragment as Flexmark hands it over (an HTML block or inline tag) and returns what
     * {@link #check} would, with file lines: {@code firstLine} is the file line the fragment starts on.
     */
    public List<Violation> checkFragment(String html, int firstLine) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(TRACKED_ERRORS);
        Document document = parser.parseInput(html, "");
        IntUnaryOperator fileLine = line -> line == Violation.UNKNOWN_LINE ? firstLine : firstLine + line - 1;
        List<Violation> violations = new ArrayList<>();
        for (Node child : document.childNodes()) {
            walk(child, fileLine, violations);
        }
        for (ParseError error : parser.getErrors()) {
            if (UNFINISHED_TAG.matcher(error.getErrorMessage()).find()) {
                // the parser drops a tag cut off by the end of its HTML block; in the page, the text after it would complete it
                int tagStart = html.lastIndexOf('<', Math.max(0, error.getPosition() - 1));
                violations.add(new Violation("raw HTML: a tag is not finished: end it with '>' before the HTML block ends",
                        fileLine.applyAsInt(lineOf(html, Math.max(tagStart, 0)))));
            }
        }
        return violations;
    }

    /** The problem with {@code url} as a link destination, if any; see {@link UrlPolicy}. */
    public Optional<String> linkProblem(String url) {
        return urls.linkProblem(url);
    }

    /** The problem with {@code url} as an image source, if any; see {@link UrlPolicy}. */
    public Optional<String> resourceProblem(String url) {
        return urls.resourceProblem(url);
    }

    /** Checks {@code start} and everything under it, without recursion (bodies may nest deeply). */
    private void walk(Node start, IntUnaryOperator fileLine, List<Violation> violations) {
        boolean[] tooDeep = {false};
        NodeTraversor.traverse((node, depth) -> {
            String problem = null;
            if (depth >= MAX_DEPTH && !tooDeep[0]) {
                tooDeep[0] = true;
                violations.add(new Violation(TOO_DEEP, fileLine.applyAsInt(lineOf(node.sourceRange()))));
            }
            if (node instanceof Element element) {
                checkElement(element, fileLine, violations);
            } else if (node instanceof CDataNode) {
                problem = "raw HTML: CDATA sections are not allowed";
            } else if (node instanceof Comment) {
                problem = "raw HTML: comments are not allowed";
            } else if (!(node instanceof TextNode) && !(node instanceof DataNode)) {
                // doctypes, XML declarations; a DataNode only lives inside <script>, <style> …, reported themselves
                problem = "raw HTML: '" + node.nodeName() + "' is not allowed";
            }
            if (problem != null) {
                violations.add(new Violation(problem, fileLine.applyAsInt(lineOf(node.sourceRange()))));
            }
        }, start);
    }

    private void checkElement(Element element, IntUnaryOperator fileLine, List<Violation> violations) {
        String tag = element.normalName();
        int line = fileLine.applyAsInt(lineOf(element.sourceRange()));
        if (DOCUMENT_TAGS.contains(tag) && element.sourceRange().isImplicit() && element.attributes().asList().isEmpty()) {
            return; // the document structure jsoup adds around a fragment
        }
        if (!safelist.isSafeTag(tag)) {
            violations.add(new Violation("raw HTML: <" + tag + "> is not allowed (allowed: " + allowedTags + ")", line));
            return;
        }
        if (!Parser.NamespaceHtml.equals(element.tag().namespace())) {
            violations.add(new Violation("raw HTML: <" + tag + "> inside <svg> or <math> is not allowed", line));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            int attributeLine = attributeLine(element, attribute, fileLine, line);
            if (!safelist.isSafeAttribute(tag, element, attribute)) {
                violations.add(new Violation("raw HTML: the attribute '" + attribute.getKey() + "' is not allowed on <" + tag + ">",
                        attributeLine));
                continue;
            }
            if (attribute.getKey().equals(CLASS_ATTRIBUTE)) {
                for (String name : attribute.getValue().strip().split("\\s+")) {
                    if (!name.isEmpty() && !classes.test(name)) {
                        violations.add(new Violation("raw HTML: the class '" + name + "' is not allowed (allowed: "
                                + String.join(", ", new TreeSet<>(CLASSES)) + ")", attributeLine));
                    }
                }
            }
            urlProblem(tag, attribute).ifPresent(problem -> violations.add(new Violation("raw HTML: " + problem, attributeLine)));
        }
    }

    private Optional<String> urlProblem(String tag, Attribute attribute) {
        if (tag.equals(LINK_TAG) && attribute.getKey().equals(LINK_ATTRIBUTE)) {
            return urls.linkProblem(attribute.getValue());
        }
        if (tag.equals(RESOURCE_TAG) && attribute.getKey().equals(RESOURCE_ATTRIBUTE)) {
            return urls.resourceProblem(attribute.getValue(), "<" + tag + ">");
        }
        return Optional.empty();
    }

    private static int attributeLine(Element element, Attribute attribute, IntUnaryOperator fileLine, int elementLine) {
        Range range = element.attributes().sourceRange(attribute.getKey()).nameRange();
        return range.isTracked() ? fileLine.applyAsInt(range.start().lineNumber()) : elementLine;
    }

    private static int lineOf(Range range) {
        return range.isTracked() && !range.isImplicit() ? range.start().lineNumber() : Violation.UNKNOWN_LINE;
    }

    /** The 1-based line of character {@code offset} in {@code text}. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
