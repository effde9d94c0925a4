package org.sitegen.images;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitegen.load.SourceText;
import org.sitegen.model.RelativePaths;

/**
 * Every published image by its content-relative path ({@code images/x.svg}), language variants included, and the
 * language variants of each image ({@code images/x.tr.svg} for {@code images/x.svg}), by the image's path and language.
 */
public record ImageCatalog(Map<String, PublishedImage> images, Map<String, Map<String, PublishedImage>> languageVariants) {
    public ImageCatalog(Map<String, PublishedImage> images) {
        this(images, Map.of());
    }

    public static ImageCatalog empty() {
        return new ImageCatalog(Map.of());
    }

    /** The images as bodies in {@code language} (a primary subtag) show them: each language variant in place of its image. */
    public ImageCatalog in(String language) {
        if (languageVariants.isEmpty()) {
            return this;
        }
        Map<String, PublishedImage> shown = new TreeMap<>(images);
        languageVariants.forEach((path, byLanguage) -> {
            PublishedImage variant = byLanguage.get(language);
            if (variant != null && shown.containsKey(path)) {
                shown.put(path, variant);
            }
        });
        return new ImageCatalog(shown, languageVariants);
    }

    /** The image {@code src} names, written in a body of content folder {@code folder} ({@code articles}, …). */
    public Optional<PublishedImage> resolve(String folder, String src) {
        return Optional.ofNullable(images.get(relative(folder, src)));
    }

    /** The content-relative path {@code src} names from a file in {@code folder}. */
    static String relative(String folder, String src) {
        return RelativePaths.normalize(folder + "/" + src);
    }

    /** One hash of every image's path and output name: processed bodies depend on it. */
    public String signature() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(images).forEach((path, image) -> text.append(path).append('\0').append(image.fileName()).append('\n'));
        return SourceText.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
