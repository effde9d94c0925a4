package org.sitegen.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.Folders;

/** Every image rule on a copy of the small fixture site with images added: placement, checks, output, policing. */
class ImageRulesTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    static final String DIAGRAM = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150">
              <title>Two boxes</title>
              <rect x="10" y="10" width="100" height="50" fill="#dbeafe"/>
              <rect x="150" y="10" width="100" height="50" fill="url(#shade)"/>
              <defs><linearGradient id="shade"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
            </svg>
            """;

    @TempDir
    Path folder;

    private Path content;

    private Path site() throws Exception {
        content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        Files.createDirectories(content.resolve("images"));
        return content;
    }

    private void write(String file, String text) throws Exception {
        Files.createDirectories(content.resolve(file).getParent());
        Files.writeString(content.resolve(file), text);
    }

    private void append(String file, String text) throws Exception {
        Path path = content.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }

    private static byte[] png(int width, int height, boolean noise) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, noise ? random.nextInt() : (x * 255 / width) << 16 | (y * 255 / height) << 8);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private BuildResult build(String output) {
        return new SiteBuilder().build(new BuildOptions(Path.of("."), content, folder.resolve(output), false, ""), true);
    }

    private List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).map(l -> l.replace(content + "/", "")).toList();
    }

    /** A valid site: diagram (SVG), a wide PNG, a decorative SVG, raw HTML img, an unused image and a large one. */
    private void validImages() throws Exception {
        site();
        write("images/diagram.svg", DIAGRAM);
        write("images/divider.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600px\" height=\"8\"><rect width=\"600\" height=\"8\"/></svg>\n");
        write("images/unused.svg", DIAGRAM);
        Files.write(content.resolve("images/wide-scan.png"), png(1600, 400, false));
        Files.write(content.resolve("images/big-noise.png"), png(620, 620, true));
        append("articles/basics.md", "\n![Two boxes side by side](../images/diagram.svg)\n\n![A wide gradient scan](../images/wide-scan.png)\n\n"
                + "<p><img src=\"../images/diagram.svg\" alt=\"The two boxes again\"></p>\n\n![](../images/divider.svg \"decorative\")\n");
        append("faq/is-it-painful.md", "\n![Random noise](../images/big-noise.png)\n");
    }

    @Test
    void imagesGetHashedNamesSizesLazyLoadingAndSrcset() throws Exception {
        validImages();
        BuildResult result = build("site");
        assertEquals(List.of(), lines(result.diagnostics().errors()));
        Path out = folder.resolve("site");
        Document page = Jsoup.parse(out.resolve("intl/articles/basics/index.html").toFile());
        List<Element> images = page.select("main img");
        assertEquals(4, images.size());

        Element diagram = images.get(0);
        assertTrue(diagram.attr("src").matches("\\.\\./\\.\\./\\.\\./images/diagram\\.[0-9a-f]{10}\\.svg"), diagram.outerHtml());
        assertEquals("Two boxes side by side", diagram.attr("alt"));
        assertEquals("300", diagram.attr("width"));
        assertEquals("150", diagram.attr("height"));
        assertFalse(diagram.hasAttr("loading"), "the first image of the page loads at once");
        assertFalse(diagram.hasAttr("srcset"), "vector images need no resized copies");

        Element wide = images.get(1);
        String hashed = wide.attr("src").replaceAll(".*/(wide-scan\\.[0-9a-f]{10})\\.1408w\\.png$", "$1");
        assertTrue(hashed.matches("wide-scan\\.[0-9a-f]{10}"), wide.attr("src"));
        assertEquals("lazy", wide.attr("loading"));
        assertEquals("1600", wide.attr("width"));
        assertEquals("400", wide.attr("height"));
        assertEquals("../../../images/" + hashed + ".704w.png 704w, ../../../images/" + hashed + ".1408w.png 1408w, ../../../images/"
                + hashed + ".png 1600w", wide.attr("srcset"));
        assertEquals("(max-width: 46rem) calc(100vw - 2rem), 704px", wide.attr("sizes"));
        BufferedImage small = ImageIO.read(out.resolve("images/" + hashed + ".704w.png").toFile());
        assertEquals(704, small.getWidth());
        assertEquals(176, small.getHeight());
        assertArrayEquals(Files.readAllBytes(content.resolve("images/wide-scan.png")), Files.readAllBytes(out.resolve("images/" + hashed + ".png")));

        Element raw = images.get(2);
        assertEquals(diagram.attr("src"), raw.attr("src"), "raw HTML images follow the same rules");
        assertEquals("The two boxes again", raw.attr("alt"));
        assertEquals("300", raw.attr("width"));
        assertEquals("lazy", raw.attr("loading"));

        Element decorative = images.get(3);
        assertEquals("", decorative.attr("alt"));
        assertTrue(decorative.hasAttr("alt"));
        assertFalse(decorative.hasAttr("title"));
        assertEquals("600", decorative.attr("width"));
        assertEquals("8", decorative.attr("height"));

        Element answer = Jsoup.parse(out.resolve("intl/faq/index.html").toFile()).select("main img").first();
        assertEquals("lazy", answer.attr("loading"), "FAQ answers share their page: even their first image loads lazily");
        assertEquals("620", answer.attr("width"));

        assertFalse(Files.list(out.resolve("images")).anyMatch(p -> p.getFileName().toString().startsWith("unused")),
                "an unused image is not published");
    }

    @Test
    void unusedAndLargeImagesAreWarnings() throws Exception {
        validImages();
        BuildResult result = build("site");
        assertTrue(result.ok());
        long size = Files.size(content.resolve("images/big-noise.png"));
        assertTrue(size > 1024 * 1024, "the noise image is over 1 MB: " + size);
        assertEquals(List.of(
                        "images/big-noise.png: warning: image is " + String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0)
                                + " MB (over 1 MB): make it smaller, readers download it whole",
                        "images/unused.svg: warning: image not used by any page: delete it, or place it with "
                                + "![what it shows](../images/unused.svg)"),
                lines(result.diagnostics().warnings()));
    }

    @Test
    void theSameImagesGiveTheSameBytes() throws Exception {
        validImages();
        build("one");
        build("two");
        for (Path file : Files.list(folder.resolve("one/images")).sorted().toList()) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(folder.resolve("two/images").resolve(file.getFileName())), file.toString());
        }
    }

    @Test
    void placingMistakesAreErrorsWithTheirLines() throws Exception {
        site();
        write("images/diagram.svg", DIAGRAM);
        write("images/notes.txt", "not an image");
        Files.write(content.resolve("articles/spine.png"), png(20, 20, false));
        append("articles/basics.md", """

                ![Two boxes](../images/diagrm.svg)

                ![](../images/diagram.svg)

                ![Two boxes](../images/diagram.svg "decorative")

                ![A spine](spine.png)

                <p>Raw: <img src="../images/missing.png" alt="Missing"></p>

                <p>Raw without alt: <img src="../images/diagram.svg"></p>
                """);
        BuildResult result = build("site");
        assertEquals(List.of(
                        "articles/basics.md:16: image '../images/diagrm.svg' not found: there is no file content/images/diagrm.svg "
                                + "(did you mean '../images/diagram.svg'?)",
                        "articles/basics.md:18: image '../images/diagram.svg' has no alt text: describe what it shows, as in "
                                + "![Stepwise pain ladder](../images/diagram.svg), or mark a purely decorative image with the title "
                                + "\"decorative\": ![](../images/diagram.svg \"decorative\")",
                        "articles/basics.md:20: image '../images/diagram.svg' is marked \"decorative\" but has alt text: keep one of them",
                        "articles/basics.md:22: image 'spine.png' is not in content/images/: put images there and write '../images/spine.png'",
                        "articles/basics.md:24: image '../images/missing.png' not found: there is no file content/images/missing.png",
                        "articles/basics.md:26: image '../images/diagram.svg' has no alt text: describe what it shows, as in "
                                + "![Stepwise pain ladder](../images/diagram.svg), or mark a purely decorative image with the title "
                                + "\"decorative\": ![](../images/diagram.svg \"decorative\")",
                        "articles/spine.png: images belong in content/images/: move it there and place it with ![what it shows](../images/spine.png)",
                        "images/notes.txt: not an image: content/images/ holds .gif, .jpeg, .jpg, .png, .svg files"),
                lines(result.diagnostics().errors()));
    }

    @Test
    void sitePagesAndTheirTranslationsFollowTheImageRulesAndDisclaimersTakeNone() throws Exception {
        site();
        write("pages/about.md", "---\ntitle: About\nsummary: Who writes this site.\n---\n\nText.\n\n![Gone](../images/nope.svg)\n\n"
                + "![](../images/../../site.md)\n");
        append("medical-disclaimer.md", "\n![A](../../../../etc/passwd)\n");
        append("regions/intl.md", "\n![A](../images/nope.svg)\n");
        BuildResult result = build("site");
        assertEquals(List.of(
                "medical-disclaimer.md:7: image '../../../../etc/passwd' in the medical disclaimer: a disclaimer is text on every page; "
                        + "remove the image and say it in words",
                "pages/about.md:8: image '../images/nope.svg' not found: there is no file content/images/nope.svg",
                "pages/about.md:10: image '../images/../../site.md' is not in content/images/: put images there and write "
                        + "'../images/site.md'",
                "regions/intl.md:9: image '../images/nope.svg' in the region's disclaimer: a disclaimer is text on every page; "
                        + "remove the image and say it in words"), lines(result.diagnostics().errors()));
    }

    @Test
    void unsafeSvgIsRefusedWithItsLines() throws Exception {
        site();
        write("images/unsafe.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
                  <script>alert(1)</script>
                  <style>rect { fill: red; }</style>
                  <rect width="10" height="10" style="fill: red"/>
                  <use xlink:href="https://example.org/sprite.svg#icon"/>
                  <rect width="10" height="10" fill="url(https://example.org/x.svg#g)"/>
                  <foreignObject width="10" height="10"/>
                </svg>
                """);
        write("images/no-size.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"10\" height=\"10\"/></svg>\n");
        write("images/doctype.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x \"y\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n");
        append("articles/basics.md", "\n![Unsafe](../images/unsafe.svg) ![No size](../images/no-size.svg) ![Doctype](../images/doctype.svg)\n");
        BuildResult result = build("site");
        assertEquals(List.of(
                        "images/doctype.svg:2: SVG: a DOCTYPE is not allowed",
                        "images/no-size.svg:1: SVG: no size: give the <svg> a viewBox=\"0 0 width height\" (or width and height in pixels) "
                                + "so that pages can reserve its space",
                        "images/unsafe.svg:1: SVG: the event handler 'onload' is not allowed on <svg>",
                        "images/unsafe.svg:2: SVG: <script> is not allowed (allowed: circle, clipPath, defs, desc, ellipse, g, line, "
                                + "linearGradient, marker, mask, path, pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, "
                                + "text, title, tspan, use)",
                        "images/unsafe.svg:3: SVG: <style> is not allowed (allowed: circle, clipPath, defs, desc, ellipse, g, line, "
                                + "linearGradient, marker, mask, path, pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, "
                                + "text, title, tspan, use)",
                        "images/unsafe.svg:4: SVG: the attribute 'style' is not allowed on <rect>: use presentation attributes such as "
                                + "fill=\"…\" and stroke=\"…\"",
                        "images/unsafe.svg:5: SVG: 'xlink:href' must point inside the image ('#id'), not 'https://example.org/sprite.svg#icon'",
                        "images/unsafe.svg:6: SVG: 'fill' must refer inside the image (url(#id)), not 'url(https://example.org/x.svg#g)'",
                        "images/unsafe.svg:7: SVG: <foreignObject> is not allowed (allowed: circle, clipPath, defs, desc, ellipse, g, line, "
                                + "linearGradient, marker, mask, path, pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, "
                                + "text, title, tspan, use)"),
                lines(result.diagnostics().errors()));
    }

    @Test
    void aBrokenRasterImageIsAnError() throws Exception {
        site();
        write("images/broken.png", "this is not a PNG");
        append("articles/basics.md", "\n![Broken](../images/broken.png)\n");
        assertEquals(List.of("images/broken.png: cannot read the image: not a valid PNG file"), lines(build("site").diagnostics().errors()));
    }
}
