package org.sitegen.images;

import org.sitegen.load.ImageFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.ImageUse;
import org.sitegen.model.Page;
import org.sitegen.model.SiteContent;

/**
 * The images stage: reads {@code content/images/}, checks every image a body places (in that folder, the file
 * exists, alt text or the decorative marker) with its line, warns of unused and large images, and names each used
 * image for publishing: {@code images/<name>.<hash>.<ext>}, plus resized copies of raster images wider than twice
 * the text column.
 */
public final class ImageStage {
    /** Width of the text column in CSS pixels (44rem of the layout's 46rem wrap less its padding). */
    public static final int COLUMN = 704;
    /** Images larger than this get a warning with their size. */
    static final long LARGE = 1024 * 1024;

    /** {@code images/<name>.<lang>.<ext>}: the variant of {@code images/<name>.<ext>} for language {@code <lang>}, if that exists. */
    private static final java.util.regex.Pattern LANGUAGE_VARIANT = java.util.regex.Pattern.compile("(.+)\\.([a-z]{2,3})\\.([a-z]+)");

    private final ImageFolder folder = new ImageFolder();

    public ImageCatalog run(Path content, SiteContent site, Diagnostics diagnostics) {
        Map<String, SourceImage> files = new LinkedHashMap<>();
        ImageFolder.Read read = folder.read(content, diagnostics);
        for (SourceImage image : read.images()) {
            files.put(image.relative(), image);
        }
        Set<String> used = new HashSet<>();
        for (Page page : site.articles()) {
            check(page.path(), "articles", page.body(), files, read.refused(), used, diagnostics);
        }
        for (Page page : site.faq()) {
            check(page.path(), "faq", page.body(), files, read.refused(), used, diagnostics);
        }
        for (GlossaryEntry entry : site.glossary()) {
            check(entry.path(), "glossary", entry.body(), files, read.refused(), used, diagnostics);
        }
        for (Page page : site.pages()) {
            check(page.path(), "pages", page.body(), files, read.refused(), used, diagnostics);
        }
        // x.<lang>.svg beside x.svg is x.svg as bodies in that language show it: used wherever x.svg is
        Map<String, Map<String, SourceImage>> variants = new java.util.TreeMap<>();
        for (SourceImage image : files.values()) {
            java.util.regex.Matcher m = LANGUAGE_VARIANT.matcher(image.relative());
            String base = m.matches() ? m.group(1) + "." + m.group(3) : null;
            if (base != null && files.containsKey(base)) {
                variants.computeIfAbsent(base, k -> new java.util.TreeMap<>()).put(m.group(2), image);
                if (used.contains(base)) {
                    used.add(image.relative());
                }
            }
        }
        Map<String, PublishedImage> published = new LinkedHashMap<>();
        for (SourceImage image : files.values()) {
            if (image.bytes().length > LARGE) {
                diagnostics.warning(image.display(), 0, String.format(Locale.ROOT, "image is %.1f MB (over 1 MB): make it smaller, "
                        + "readers download it whole", image.bytes().length / (double) LARGE));
            }
            if (!used.contains(image.relative())) {
                diagnostics.warning(image.display(), 0, "image not used by any page: delete it, or place it with ![what it shows](../"
                        + image.relative() + ")");
                continue;
            }
            published.put(image.relative(), publish(image));
        }
        Map<String, Map<String, PublishedImage>> languageVariants = new java.util.TreeMap<>();
        variants.forEach((base, byLanguage) -> {
            if (published.containsKey(base)) {
                Map<String, PublishedImage> shown = new java.util.TreeMap<>();
                byLanguage.forEach((language, image) -> shown.put(language, published.get(image.relative())));
                languageVariants.put(base, shown);
            }
        });
        return new ImageCatalog(published, languageVariants);
    }

    private static void check(String path, String contentFolder, MarkdownResult body, Map<String, SourceImage> files, Set<String> refused,
                              Set<String> used, Diagnostics diagnostics) {
        for (ImageUse use : body.images()) {
            String src = use.src();
            if (src.isEmpty() || src.contains(":") || src.startsWith("//")) {
                continue; // no source, or an external one: the URL policy reports those
            }
            String relative = ImageCatalog.relative(contentFolder, src);
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (!relative.startsWith(ImageFiles.FOLDER + "/")) {
                diagnostics.error(path, use.line(), "image '" + src + "' is not in content/images/: put images there and write '../images/"
                        + name + "'");
                continue;
            }
            SourceImage image = files.get(relative);
            if (image == null && refused.contains(relative)) {
                continue; // the file itself was refused, with its own message
            }
            if (image == null) {
                List<String> known = new ArrayList<>(files.keySet());
                String hint = Suggestions.closest(relative, known).map(s -> " (did you mean '../" + s + "'?)").orElse("");
                diagnostics.error(path, use.line(), "image '" + src + "' not found: there is no file content/" + relative + hint);
                continue;
            }
            used.add(relative);
            String alt = use.alt() == null ? "" : use.alt().strip();
            if (use.decorative() && !alt.isEmpty()) {
                diagnostics.error(path, use.line(), "image '" + src + "' is marked \"decorative\" but has alt text: keep one of them");
            } else if (!use.decorative() && alt.isEmpty()) {
                diagnostics.error(path, use.line(), "image '" + src + "' has no alt text: describe what it shows, as in ![Stepwise pain ladder]("
                        + src + "), or mark a purely decorative image with the title \"decorative\": ![](" + src + " \"decorative\")");
            }
        }
    }

    /** The published names of an image: content hash in every name; raster images over twice the column get smaller copies. */
    static PublishedImage publish(SourceImage image) {
        String file = image.relative().substring(image.relative().lastIndexOf('/') + 1);
        String stem = file.substring(0, file.lastIndexOf('.')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        String hashed = stem + "." + image.sha256().substring(0, 10);
        List<PublishedImage.Variant> variants = new ArrayList<>();
        if (!image.vector() && image.width() > 2 * COLUMN) {
            for (int width : new int[] {COLUMN, 2 * COLUMN}) {
                variants.add(new PublishedImage.Variant(hashed + "." + width + "w." + image.extension(), width));
            }
        }
        return new PublishedImage(image, hashed + "." + image.extension(), List.copyOf(variants));
    }
}
