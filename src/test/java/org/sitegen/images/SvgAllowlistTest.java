package org.sitegen.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.sanitize.Violation;

/** The SVG allowlist's other refusals, and the size it reads, word for word. */
class SvgAllowlistTest {
    private static List<String> problems(String svg) {
        return new SvgAllowlist().check(svg.getBytes(StandardCharsets.UTF_8)).violations().stream()
                .map(v -> v.line() + ": " + v.message()).toList();
    }

    @Test
    void processingInstructionsForeignAttributesAndOtherRootsAreRefused() {
        assertEquals(List.of("2: SVG: the processing instruction <?xml-stylesheet?> is not allowed"),
                problems("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://example.org/x.css\"?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n"));
        assertEquals(List.of("1: SVG: the attribute 'inkscape:label' is not allowed on <svg>"),
                problems("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
                        + "inkscape:label=\"x\" viewBox=\"0 0 1 1\"/>\n"));
        assertEquals(List.of("1: SVG: <html> is not allowed (allowed: circle, clipPath, defs, desc, ellipse, g, line, linearGradient, "
                        + "marker, mask, path, pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, text, title, tspan, use)",
                        "1: SVG: the file must start with <svg>"),
                problems("<html xmlns=\"http://www.w3.org/2000/svg\"/>\n"));
        assertEquals(List.of("2: SVG: <rect> is not allowed (allowed: circle, clipPath, defs, desc, ellipse, g, line, linearGradient, "
                        + "marker, mask, path, pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, text, title, tspan, use)"),
                problems("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<rect xmlns=\"http://example.org/other\"/>\n</svg>\n"));
    }

    @Test
    void malformedXmlIsOneProblemWithItsLine() {
        List<String> found = problems("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<rect>\n</svg>\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals("3: SVG: not well-formed XML: ", found.get(0).substring(0, "3: SVG: not well-formed XML: ".length()));
    }

    @Test
    void theSizeComesFromWidthAndHeightInPixelsElseFromTheViewBox() {
        assertArrayEquals(new int[] {120, 40}, size("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"40\" viewBox=\"0 0 12 4\"/>"));
        assertArrayEquals(new int[] {300, 150}, size("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 300 150\"/>"));
        assertArrayEquals(new int[] {31, 10}, size("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0,0,30.6,10.2\"/>"));
    }

    private static int[] size(String svg) {
        SvgAllowlist.Result result = new SvgAllowlist().check(svg.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.<Violation>of(), result.violations());
        return result.size().orElseThrow();
    }
}
