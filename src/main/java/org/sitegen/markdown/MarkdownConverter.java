package org.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import org.sitegen.model.Hrefs;
import org.sitegen.model.ImageUse;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.SourceLink;
import org.sitegen.sanitize.HtmlAllowlist;
import org.sitegen.sanitize.Violation;

/**
 * Markdown to HTML with one Flexmark parser and renderer, configured once and reused for every document
 * (both are immutable and thread-safe). Also collects what later stages check: headings, links,
 * region containers, and raw HTML or link and image URLs that break the {@link HtmlAllowlist}.
 */
public final class MarkdownConverter {
    /** Element ids the page templates use; a body heading must not generate one of them. */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("main", "regulatory-disclaimer", "disclaimer-title",
            "toc-title", "related-title", "backlinks-title", "site-search-q", "search-form", "search-input", "search-no-script",
            "search-status", "search-results");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlAllowlist allowlist;
    private final com.vladsch.flexmark.util.data.DataHolder options;

    public MarkdownConverter(HtmlAllowlist allowlist) {
        this.allowlist = allowlist;
        this.options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(),
                        FootnoteExtension.create(),
                        DefinitionExtension.create(),
                        TypographicExtension.create(),
                        WikiLinkExtension.create(),
                        SitegenMarkdownExtension.create()))
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(WikiLinkExtension.ALLOW_ANCHORS, true)
                .set(TablesExtension.WITH_CAPTION, false)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // line numbers by binary search over the parsed lines, not by counting line ends from the start of the
                // document for every node (quadratic in the body's length)
                .set(Parser.TRACK_DOCUMENT_LINES, true)
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Converts one body.
     *
     * @param bodyLine the file line on which the body starts, to turn Flexmark's body lines into file lines
     */
    public MarkdownResult convert(String path, String markdown, int bodyLine, Diagnostics diagnostics) {
        return convert(path, markdown, bodyLine, diagnostics, allowlist);
    }

    /** Converts one body whose raw HTML is judged by {@code rawHtml} instead (e.g. {@link HtmlAllowlist#disclaimer()}). */
    public MarkdownResult convert(String path, String markdown, int bodyLine, Diagnostics diagnostics, HtmlAllowlist rawHtml) {
        int tooDeepLine = NestingLimit.tooDeepLine(markdown);
        if (tooDeepLine >= 0) {
            diagnostics.error(path, tooDeepLine + bodyLine, NestingLimit.MESSAGE);
            return new MarkdownResult("", List.of(), List.of(), List.of());
        }
        Document document;
        try {
            document = parser.parse(markdown);
        } catch (StackOverflowError e) {
            diagnostics.error(path, NestingLimit.busiestLine(markdown) + bodyLine, NestingLimit.MESSAGE);
            return new MarkdownResult("", List.of(), List.of(), List.of());
        }
        Node tooDeep = NestingLimit.tooDeepNode(document);
        if (tooDeep != null) {
            diagnostics.error(path, tooDeep.getStartLineNumber() + bodyLine, NestingLimit.MESSAGE);
            return new MarkdownResult("", List.of(), List.of(), List.of());
        }
        // heading ids are needed before rendering: links are checked against them
        new HeaderIdGenerator(options).generateIds(document);
        List<org.sitegen.model.Heading> headings = new ArrayList<>();
        List<SourceLink> links = new ArrayList<>();
        List<MarkdownResult.RegionBlockUse> regions = new ArrayList<>();
        Map<Node, Integer> indexes = new IdentityHashMap<>();
        int offset = bodyLine - 1;
        List<Integer> rawLinks = new ArrayList<>();
        List<ImageUse> images = new ArrayList<>();
        collect(document, path, offset, headings, links, indexes, rawLinks, images, regions, diagnostics, rawHtml);
        new RegionMarkerChecker().check(document, path, offset, diagnostics);
        document.set(SitegenMarkdownExtension.LINK_INDEXES, indexes);
        String html = renderer.render(document);
        if (!rawLinks.isEmpty()) {
            html = RawHtmlReferences.mark(html, rawLinks);
        }
        return new MarkdownResult(html, List.copyOf(headings), List.copyOf(links), List.copyOf(regions), List.copyOf(images));
    }

    private void collect(Node node, String path, int offset, List<org.sitegen.model.Heading> headings, List<SourceLink> links,
                         Map<Node, Integer> indexes, List<Integer> rawLinks, List<ImageUse> images,
                         List<MarkdownResult.RegionBlockUse> regions,
                         Diagnostics diagnostics, HtmlAllowlist allowlist) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int line = child.getStartLineNumber() + 1 + offset;
            if (child instanceof Heading heading) {
                if (RESERVED_IDS.contains(heading.getAnchorRefId())) {
                    diagnostics.error(path, line, "the heading id '" + heading.getAnchorRefId()
                            + "' is used by the page layout: reword the heading");
                }
                headings.add(new org.sitegen.model.Heading(heading.getLevel(), heading.getAnchorRefId(), heading.getText().toString(),
                        regionsAround(heading)));
            } else if (child instanceof WikiLink wiki) {
                String anchor = wiki.getAnchorMarker().isNotNull() ? wiki.getAnchorRef().toString().strip() : "";
                indexes.put(wiki, links.size());
                links.add(new SourceLink(SourceLink.Syntax.SHORTHAND, wiki.getPageRef().toString().strip(), anchor, line));
            } else if (child instanceof Link || child instanceof LinkRef) {
                String url = url(child);
                if (url == null) {
                    collect(child, path, offset, headings, links, indexes, rawLinks, images, regions, diagnostics, allowlist);
                    continue;
                }
                allowlist.linkProblem(url).ifPresent(problem -> diagnostics.error(path, line, problem));
                if (!Hrefs.isExternal(url) && !url.isEmpty()) {
                    int hash = url.indexOf('#');
                    String target = hash >= 0 ? url.substring(0, hash) : url;
                    String anchor = hash >= 0 ? url.substring(hash + 1) : "";
                    indexes.put(child, links.size());
                    links.add(new SourceLink(SourceLink.Syntax.MARKDOWN, target, anchor, line));
                }
            // ---- raw HTML and URL checks (sanitize) ----
            } else if (child instanceof AutoLink autoLink) {
                allowlist.linkProblem(autoLink.getUrl().toString()).ifPresent(problem -> diagnostics.error(path, line, problem));
            } else if (child instanceof Image || child instanceof ImageRef) {
                String src = imageUrl(child);
                if (src != null) {
                    allowlist.resourceProblem(src).ifPresent(problem -> diagnostics.error(path, line, problem));
                    images.add(imageUse(child, src, line));
                }
            } else if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                // exactly the text Flexmark's CoreNodeRenderer writes: an HTML block's content lines, else the node's chars
                String html = (child instanceof HtmlBlock block ? block.getContentChars() : child.getChars()).toString();
                for (Violation violation : allowlist.checkFragment(html, line)) {
                    diagnostics.error(path, violation.line(), violation.message());
                }
                RawHtmlReferences.References references = RawHtmlReferences.in(html, line);
                images.addAll(references.images());
                for (RawHtmlReferences.Found raw : references.links()) {
                    int hash = raw.href().indexOf('#');
                    rawLinks.add(links.size());
                    links.add(new SourceLink(SourceLink.Syntax.MARKDOWN, hash >= 0 ? raw.href().substring(0, hash) : raw.href(),
                            hash >= 0 ? raw.href().substring(hash + 1) : "", raw.line()));
                }
            // ---- end of raw HTML and URL checks ----
            } else if (child instanceof RegionBlock block) {
                regions.add(new MarkdownResult.RegionBlockUse(block.regions(), line, block.closed()));
            }
            collect(child, path, offset, headings, links, indexes, rawLinks, images, regions, diagnostics, allowlist);
        }
    }

    /** The regions of the innermost {@code ::: region} passage around {@code node}, or none. */
    private static List<String> regionsAround(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof RegionBlock block) {
                return block.regions();
            }
        }
        return List.of();
    }

    /** The URL of an inline link, or of a reference-style link whose reference is defined (else null). */
    private static String url(Node node) {
        if (node instanceof Link link) {
            return link.getUrl().unescape();
        }
        LinkRef ref = (LinkRef) node;
        Reference reference = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        return reference == null ? null : reference.getUrl().unescape();
    }

    /** An image as written: its alt text is the text between the brackets, as a reader would read it. */
    private static ImageUse imageUse(Node node, String src, int line) {
        String alt = new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(node).strip();
        String title = "";
        if (node instanceof Image image) {
            title = image.getTitle().unescape();
        } else {
            ImageRef ref = (ImageRef) node;
            Reference reference = ref.getReferenceNode(ref.getDocument());
            title = reference == null ? "" : reference.getTitle().unescape();
        }
        return new ImageUse(src, alt, title, line);
    }

    /** The source of an image, or of a reference-style image whose reference is defined (else null). */
    private static String imageUrl(Node node) {
        if (node instanceof Image image) {
            return image.getUrl().unescape();
        }
        ImageRef ref = (ImageRef) node;
        Reference reference = ref.isDefined() ? ref.getReferenceNode(ref.getDocument()) : null;
        return reference == null ? null : reference.getUrl().unescape();
    }
}
