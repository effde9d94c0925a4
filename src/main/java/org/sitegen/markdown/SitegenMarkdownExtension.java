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
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.Markers;

/**
 * Our Flexmark extension: {@code ::: region} containers, and the {@link Markers#LINK} index on every internal link,
 * which later stages resolve once and strip.
 * It must be listed after {@code WikiLinkExtension}: the renderer registered last wins, so ours renders wiki links.
 */
public final class SitegenMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /**
     * The index of each internal link node in the body's list of links, set on the document before it is rendered:
     * the renderer writes it as {@link Markers#LINK}, and the link stage's resolution of that index is what later
     * rewrites the link.
     */
    static final DataKey<Map<Node, Integer>> LINK_INDEXES = new DataKey<>("SITEGEN_LINK_INDEXES", Map.of());

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
        /** The prefix of a phrase that is never linked: {@code [[plain:phrase]]}. */
        private static final String PLAIN = "plain:";

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(RegionBlock.class, this::renderRegion),
                    new NodeRenderingHandler<>(WikiLink.class, this::renderWikiLink),
                    new NodeRenderingHandler<>(Link.class, this::renderLink),
                    new NodeRenderingHandler<>(LinkRef.class, this::renderLinkRef));
        }

        private void renderRegion(RegionBlock node, NodeRendererContext context, HtmlWriter html) {
            html.attr(Markers.REGION_BLOCK, String.join(" ", node.regions())).withAttr().tagLine("div");
            context.renderChildren(node);
            html.tagLine("/div");
        }

        private void renderWikiLink(WikiLink node, NodeRendererContext context, HtmlWriter html) {
            String target = node.getPageRef().toString().strip();
            if (node.getAnchorMarker().isNotNull()) {
                target += "#" + node.getAnchorRef().toString().strip();
            }
            boolean hasText = node.getTextSeparatorMarker().isNotNull();
            index(node, context, html);
            if (!hasText) {
                html.attr(Markers.AUTO_TEXT, "");
            }
            html.withAttr().tag("a");
            html.text(hasText ? node.getText().toString().strip() : shownText(target));
            html.tag("/a");
        }

        /**
         * The text of a shorthand written without {@code |text}: the phrase of {@code [[plain:phrase]]}, else the target
         * as written (a placeholder the link stage replaces with the target's title).
         */
        private static String shownText(String target) {
            return target.startsWith(PLAIN) ? target.substring(PLAIN.length()).strip() : target;
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
            index(node, context, html);
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
            index(node, context, html);
            html.withAttr().tag("a");
            context.renderChildren(node);
            html.tag("/a");
        }

        /** Marks an internal link with its index in the body's list of links (external links have none). */
        private static void index(Node node, NodeRendererContext context, HtmlWriter html) {
            Integer index = LINK_INDEXES.get(context.getDocument()).get(node);
            if (index != null) {
                html.attr(Markers.LINK, String.valueOf(index));
            }
        }
    }
}
