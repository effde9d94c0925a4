package org.sitegen.link;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.model.PageId;
import org.sitegen.model.SourceLink;

/**
 * Resolves links as editors write them: relative Markdown links between source files
 * ({@code x.md}, {@code ../faq/y.md#anchor}) and shorthands ({@code [[slug]]}, {@code [[faq:slug]]},
 * {@code [[glossary:slug]]}, {@code [[plain:text]]}).
 */
public final class LinkResolver {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SiteIndex index;

    public LinkResolver(SiteIndex index) {
        this.index = index;
    }

    /**
     * @param from   the page the link is on ({@code null} for the medical disclaimer or a region text)
     * @param folder the content folder of the source file: "articles", "faq", "glossary" or "pages"
     */
    public Resolution resolve(PageId from, String folder, SourceLink link) {
        return link.syntax() == SourceLink.Syntax.SHORTHAND ? shorthand(link) : markdown(from, folder, link);
    }

    private Resolution shorthand(SourceLink link) {
        String target = link.target();
        int colon = target.indexOf(':');
        String prefix = colon >= 0 ? target.substring(0, colon) : "";
        String slug = colon >= 0 ? target.substring(colon + 1).strip() : target;
        return switch (prefix) {
            case "plain" -> new Resolution.Plain();
            case "" -> page(new PageId(PageId.Kind.ARTICLE, slug), link.anchor(), "[[" + target + "]]");
            case "faq" -> page(new PageId(PageId.Kind.FAQ, slug), link.anchor(), "[[" + target + "]]");
            case "glossary" -> page(new PageId(PageId.Kind.GLOSSARY, slug), link.anchor(), "[[" + target + "]]");
            case "page" -> page(new PageId(PageId.Kind.PAGE, slug), link.anchor(), "[[" + target + "]]");
            default -> new Resolution.Broken("malformed link [[" + target + "]]: use [[slug]], [[faq:slug]], [[glossary:slug]], "
                    + "[[page:slug]] or [[plain:text]]");
        };
    }

    private Resolution markdown(PageId from, String folder, SourceLink link) {
        String target = link.target();
        if (target.isEmpty()) {
            if (from == null) {
                return new Resolution.Broken("a '#" + link.anchor() + "' link needs a page");
            }
            return page(from, link.anchor(), "#" + link.anchor());
        }
        if (target.startsWith("/")) {
            return new Resolution.Broken("link '" + target + "' is an absolute path into the output: link the source file instead, e.g. "
                    + suggestSource(target));
        }
        if (!target.endsWith(".md")) {
            String example = withMarkdownExtension(folder, target).map(t -> "'" + t + "'").orElse("for example 'x.md' or '../faq/x.md'");
            return new Resolution.Broken("link '" + target + "' is not a content file: link the Markdown source (" + example + ")");
        }
        String resolved = org.sitegen.model.RelativePaths.normalize(folder + "/" + target);
        int slash = resolved.indexOf('/');
        if (resolved.startsWith("../") || slash < 0 || resolved.indexOf('/', slash + 1) >= 0) {
            return new Resolution.Broken("link '" + target + "' points outside the articles, faq, glossary and pages folders");
        }
        String targetFolder = resolved.substring(0, slash);
        String slug = resolved.substring(slash + 1, resolved.length() - 3);
        PageId.Kind kind = kindOf(targetFolder);
        if (kind == null) {
            return new Resolution.Broken("link '" + target + "' points outside the articles, faq, glossary and pages folders");
        }
        PageId id = new PageId(kind, slug);
        if (!index.exists(id)) {
            Optional<String> elsewhere = otherFolder(folder, id);
            if (elsewhere.isPresent()) {
                return new Resolution.Broken("link '" + target + "' points to unknown " + describe(kind) + " '" + slug + "': "
                        + elsewhere.get());
            }
        }
        return page(id, link.anchor(), "'" + target + "'", page -> fileLink(folder, page));
    }

    /** How a Markdown file link from {@code fromFolder} to {@code page} is written: {@code x.md} or {@code ../faq/x.md}. */
    private static String fileLink(String fromFolder, PageId page) {
        String folder = folderOf(page.kind());
        return folder.equals(fromFolder) ? page.slug() + ".md" : "../" + folder + "/" + page.slug() + ".md";
    }

    /** {@code target} with {@code .md} added, when that names an existing page (e.g. {@code radiofrequency-ablation}). */
    private Optional<String> withMarkdownExtension(String folder, String target) {
        String path = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        if (path.isEmpty() || path.contains("?") || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return Optional.empty();
        }
        String resolved = org.sitegen.model.RelativePaths.normalize(folder + "/" + path + ".md");
        String[] parts = resolved.split("/");
        if (parts.length != 2 || !parts[1].endsWith(".md")) {
            return Optional.empty();
        }
        PageId.Kind kind = kindOf(parts[0]);
        String slug = parts[1].substring(0, parts[1].length() - 3);
        return kind != null && index.exists(new PageId(kind, slug)) ? Optional.of(path + ".md") : Optional.empty();
    }

    /** Where a page of that slug is, when it is in another content folder: what to write instead. */
    private Optional<String> otherFolder(String fromFolder, PageId id) {
        for (PageId.Kind kind : PageId.Kind.values()) {
            PageId other = new PageId(kind, id.slug());
            if (kind != id.kind() && index.exists(other)) {
                return Optional.of("it is " + (kind == PageId.Kind.ARTICLE ? "an " : "a ") + describe(kind) + ": link '"
                        + fileLink(fromFolder, other) + "'");
            }
        }
        return Optional.empty();
    }

    private static PageId.Kind kindOf(String folder) {
        return switch (folder) {
            case "articles" -> PageId.Kind.ARTICLE;
            case "faq" -> PageId.Kind.FAQ;
            case "glossary" -> PageId.Kind.GLOSSARY;
            case "pages" -> PageId.Kind.PAGE;
            default -> null;
        };
    }

    private static String folderOf(PageId.Kind kind) {
        return new PageId(kind, "").folder();
    }

    private Resolution page(PageId id, String anchor, String written) {
        return page(id, anchor, written, PageId::shorthand);
    }

    /** @param form how a suggested page is written in the link's own syntax ({@code x.md} or a shorthand) */
    private Resolution page(PageId id, String anchor, String written, java.util.function.Function<PageId, String> form) {
        if (!SLUG.matcher(id.slug()).matches() || !index.exists(id)) {
            String hint = Suggestions.closest(id.slug(), index.slugs(id.kind()))
                    .map(s -> " (did you mean '" + form.apply(new PageId(id.kind(), s)) + "'?)").orElse("");
            return new Resolution.Broken("link " + written + " points to unknown " + describe(id.kind()) + " '" + id.slug() + "'" + hint);
        }
        if (!anchor.isEmpty()) {
            if (id.kind() != PageId.Kind.ARTICLE) {
                if (!anchor.equals(id.slug())) {
                    return new Resolution.Broken("link " + written + " has anchor '#" + anchor + "', but only articles have heading anchors");
                }
            } else if (!index.hasHeading(id.slug(), anchor)) {
                return new Resolution.Broken("link " + written + " points to unknown heading '#" + anchor + "' in " + id.slug()
                        + Suggestions.hint(anchor, index.headingIds(id.slug())));
            } else if (!index.headingRegions(id.slug(), anchor).isEmpty()) {
                return new Resolution.Broken("link " + written + " points to heading '#" + anchor + "', which only the "
                        + String.join(", ", index.headingRegions(id.slug(), anchor)) + " edition(s) show: link a heading every edition has");
            }
        }
        return new Resolution.Resolved(new LinkTarget(id, id.kind() == PageId.Kind.ARTICLE ? anchor : ""));
    }

    private static String describe(PageId.Kind kind) {
        return switch (kind) {
            case ARTICLE -> "article";
            case FAQ -> "FAQ entry";
            case GLOSSARY -> "glossary entry";
            case PAGE -> "site page";
        };
    }

    private static String suggestSource(String outputPath) {
        String[] parts = outputPath.replaceAll("^/+|/+$", "").split("/");
        if (parts.length >= 2 && parts[parts.length - 2].equals("articles")) {
            return "'" + parts[parts.length - 1] + ".md' or [[" + parts[parts.length - 1] + "]]";
        }
        return "'x.md' or [[x]]";
    }
}
