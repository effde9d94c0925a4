package org.sitegen.images;

import org.sitegen.load.ImageFiles;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.sitegen.model.ImageUse;

/**
 * Gives every {@code <img>} of a processed body its published form: {@code src} to the hashed file, its
 * {@code width} and {@code height} (no layout shift), {@code loading="lazy"} for all but an article's first image,
 * {@code decoding="async"}, and a {@code srcset} of the resized copies; the decorative marker becomes an empty
 * {@code alt}. Sources the images stage did not publish were reported there and are left alone.
 */
public final class ImagePlacer {
    /** How wide the image is shown: the viewport less the wrap's padding on small screens, else the text column. */
    static final String SIZES = "(max-width: 46rem) calc(100vw - 2rem), " + ImageStage.COLUMN + "px";

    private final ImageCatalog catalog;

    public ImagePlacer(ImageCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param folder the content folder of the body's file ({@code articles}, {@code faq}, {@code glossary})
     * @param root   the relative prefix from the page to its edition's root ({@code ../../}); images are shared by
     *               every edition, in the output root's {@code images/} folder, one level up
     */
    public void place(Element body, String folder, String root) {
        // an article's body is its page's main content: its first image is on the first screen. FAQ answers and
        // glossary definitions share a page with many others, so all of theirs load lazily.
        boolean first = folder.equals("articles");
        for (Element img : body.select("img[src]")) {
            PublishedImage image = catalog.resolve(folder, img.attr("src")).orElse(null);
            if (image == null) {
                continue;
            }
            String prefix = root + "../" + ImageFiles.FOLDER + "/";
            img.attr("src", prefix + (image.variants().isEmpty() ? image.fileName() : image.variants().get(image.variants().size() - 1).fileName()));
            if (ImageUse.DECORATIVE.equals(img.attr("title"))) {
                img.removeAttr("title");
                img.attr("alt", "");
            }
            img.attr("width", Integer.toString(image.width()));
            img.attr("height", Integer.toString(image.height()));
            if (!image.variants().isEmpty()) {
                img.attr("srcset", image.variants().stream().map(v -> prefix + v.fileName() + " " + v.width() + "w")
                        .collect(Collectors.joining(", ")) + ", " + prefix + image.fileName() + " " + image.width() + "w");
                img.attr("sizes", SIZES);
            }
            if (first) {
                img.removeAttr("loading");
            } else {
                img.attr("loading", "lazy");
            }
            img.attr("decoding", "async");
            first = false;
        }
    }
}
