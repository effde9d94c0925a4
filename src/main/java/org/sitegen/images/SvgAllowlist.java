package org.sitegen.images;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitegen.sanitize.Violation;

/**
 * Editors' SVG files are untrusted: a browser opening one directly runs its scripts on the site's origin. Every
 * element must be a drawing element of this list, in the SVG namespace; no event handler, no {@code style}
 * (write presentation attributes such as {@code fill} instead), no DOCTYPE or processing instruction, and every
 * reference ({@code href}, {@code url(…)}) must point inside the file ({@code #id}). Also reads the size pages
 * reserve for the image: {@code width} and {@code height} in pixels, else the {@code viewBox}.
 */
final class SvgAllowlist {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "path", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "text", "tspan", "marker", "linearGradient", "radialGradient", "stop",
            "clipPath", "mask", "pattern");
    private static final Pattern OUTSIDE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)([^)'\"]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private static final String ALLOWED = String.join(", ", new TreeSet<>(ELEMENTS));

    /** The problems of one SVG file, and its size when it has one. */
    record Result(List<Violation> violations, Optional<int[]> size) {
    }

    Result check(byte[] svg) {
        List<Violation> violations = new ArrayList<>();
        int[] size = null;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                int line = reader.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD) {
                    violations.add(new Violation("SVG: a DOCTYPE is not allowed", line));
                } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    violations.add(new Violation("SVG: the processing instruction <?" + reader.getPITarget() + "?> is not allowed", line));
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    violations.add(new Violation("SVG: the entity '&" + reader.getLocalName() + ";' is not allowed", line));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (!SVG_NAMESPACE.equals(reader.getNamespaceURI()) || !ELEMENTS.contains(name)) {
                        violations.add(new Violation("SVG: <" + prefixed(reader.getPrefix(), name) + "> is not allowed (allowed: "
                                + ALLOWED + ")", line));
                    }
                    checkAttributes(reader, line, violations);
                    if (root) {
                        root = false;
                        if (!name.equals("svg")) {
                            violations.add(new Violation("SVG: the file must start with <svg>", line));
                        }
                        size = size(reader);
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            violations.add(new Violation("SVG: not well-formed XML: " + firstLine(e.getMessage()), line));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
        if (size == null && violations.isEmpty()) {
            violations.add(new Violation("SVG: no size: give the <svg> a viewBox=\"0 0 width height\" (or width and height in pixels) "
                    + "so that pages can reserve its space", 1));
        }
        return new Result(violations, Optional.ofNullable(size));
    }

    private static void checkAttributes(XMLStreamReader reader, int line, List<Violation> violations) {
        String element = reader.getLocalName();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            String shown = prefixed(reader.getAttributePrefix(i), name);
            boolean plain = namespace == null || namespace.isEmpty();
            boolean href = name.equals("href") && (plain || XLINK_NAMESPACE.equals(namespace));
            if (!plain && !href && !XMLConstants.XML_NS_URI.equals(namespace)) {
                violations.add(new Violation("SVG: the attribute '" + shown + "' is not allowed on <" + element + ">", line));
            } else if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                violations.add(new Violation("SVG: the event handler '" + shown + "' is not allowed on <" + element + ">", line));
            } else if (name.equals("style")) {
                violations.add(new Violation("SVG: the attribute 'style' is not allowed on <" + element
                        + ">: use presentation attributes such as fill=\"…\" and stroke=\"…\"", line));
            } else if (href && !value.strip().startsWith("#")) {
                violations.add(new Violation("SVG: '" + shown + "' must point inside the image ('#id'), not '" + value + "'", line));
            } else {
                Matcher url = OUTSIDE_URL.matcher(value);
                if (url.find()) {
                    violations.add(new Violation("SVG: '" + shown + "' must refer inside the image (url(#id)), not 'url(" + url.group(1) + ")'",
                            line));
                }
            }
        }
    }

    /** The width and height of the root element in pixels, else those of its viewBox; null when it has neither. */
    private static int[] size(XMLStreamReader reader) {
        Matcher width = PIXELS.matcher(attribute(reader, "width"));
        Matcher height = PIXELS.matcher(attribute(reader, "height"));
        if (width.matches() && height.matches()) {
            return new int[] {(int) Math.round(Double.parseDouble(width.group(1))), (int) Math.round(Double.parseDouble(height.group(1)))};
        }
        String[] box = attribute(reader, "viewBox").strip().split("[\\s,]+");
        if (box.length == 4) {
            try {
                int w = (int) Math.round(Double.parseDouble(box[2]));
                int h = (int) Math.round(Double.parseDouble(box[3]));
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static String prefixed(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf("Message: ");
        if (colon >= 0) {
            text = text.substring(colon + "Message: ".length());
        }
        return text.lines().findFirst().orElse("").strip();
    }
}
