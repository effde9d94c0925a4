package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Our Flexmark extension: {@code ::: region} containers, and marker attributes on links
 * ({@code data-line}, {@code data-wiki}) that later stages resolve and strip.
 * It must be listed after {@code WikiLinkExtension}: the renderer registered last wins, so ours renders wiki links.
 */
public final class SitegenMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Attribute carrying the 1-based line, counted from the start of the body, of a link, removed before pages are written. */
    public static final String LINE = "data-line";
    /** Attribute carrying the target of a {@code [[…]]} shorthand. */
    public static final String WIKI = "data-wiki";
    /** Present on a shorthand without {@code |text}: the link text becomes the target's title. */
    public static final String AUTO_TEXT = "data-auto-text";
    /** Attribute carrying the region codes of a {@code ::: region} container. */
    public static final String REGION_BLOCK = "data-region-block";

    private SitegenMarkdownExtension() {
    }

    public static SitegenMarkdownExtension create() {
        return new SitegenMarkdownExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new RegionBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        rendererBuilder.nodeRendererFactory(options -> new Renderer());
    }

    /** Renders region containers and links with their marker attributes. */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(RegionBlock.class, this::renderRegion),
                    new NodeRenderingHandler<>(WikiLink.class, this::renderWikiLink),
                    new NodeRenderingHandler<>(Link.class, this::renderLink),
                    new NodeRenderingHandler<>(LinkRef.class, this::renderLinkRef));
        }

        private void renderRegion(RegionBlock node, NodeRendererContext context, HtmlWriter html) {
            html.attr(REGION_BLOCK, String.join(" ", node.regions()))
                    .attr(LINE, String.valueOf(node.getStartLineNumber() + 1))
                    .withAttr().tagLine("div");
            context.renderChildren(node);
            html.tagLine("/div");
        }

        private void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
            String target = node.getPageRef().toString().strip();
            if (node.getAnchorMarker().isNotNull()) {
                target += "#" + node.getAnchorRef().toString().strip();
            }
            boolean hasText = node.getTextSeparatorMarker().isNotNull();
            html.attr(WIKI, target).attr(LINE, String.valueOf(node.getStartLineNumber() + 1));
            if (!hasText) {
                html.attr(AUTO_TEXT, "");
            }
            html.withAttr().tag("a");
            html.text(hasText ? node.getText().toString().strip() : target);
            html.tag("/a");
        }

        /** A reference-style link {@code [text][ref]}: rendered like an inline link to the reference's URL. */
        private void renderLinkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
            Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
            if (reference == null) {
                context.delegateRender();
                return;
            }
            html.attr("href", reference.getUrl().unescape());
            if (reference.getTitle().isNotNull()) {
                html.attr("title", reference.getTitle().unescape());
            }
            html.attr(LINE, String.valueOf(node.getStartLineNumber() + 1));
            html.withAttr().tag("a");
            if (node.isReferenceTextCombined()) {
                html.text(node.getReference().unescape());
            } else {
                context.renderChildren(node);
            }
            html.tag("/a");
        }

        private void renderLink(Link node, NodeRendererContext context, HtmlWriter html) {
            html.attr("href", node.getUrl().unescape());
            if (node.getTitle().isNotNull()) {
                html.attr("title", node.getTitle().unescape());
            }
            html.attr(LINE, String.valueOf(node.getStartLineNumber() + 1));
            html.withAttr().tag("a");
            context.renderChildren(node);
            html.tag("/a");
        }
    }
}
