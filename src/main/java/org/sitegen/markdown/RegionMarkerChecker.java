package org.sitegen.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.BitSet;
import java.util.regex.Pattern;
import org.sitegen.diagnostics.Diagnostics;

/**
 * Makes region syntax strict: every line whose first non-space characters (after any list, quote, footnote or
 * definition marker) are two or more colons must be a {@code ::: region <codes>} opener or a {@code :::} closer
 * that the parser actually read as one, at the top level of the body or inside another region passage.
 * Anything else would be published as literal text, in every edition, so it is an error. Lines inside fenced or
 * indented code blocks are exempt.
 */
final class RegionMarkerChecker {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** One container marker at the start of a line: a quote, a list item, a definition or a footnote label. */
    private static final Pattern CONTAINER_MARKER = Pattern.compile("^(?:>|[-+*](?=\\s|$)|\\d{1,9}[.)](?=\\s|$)|:(?=\\s)|\\[\\^[^\\]]*\\]:)");
    static final String NESTED = "region passages cannot be nested inside a list or quote: put '::: region …' at the start of a line";

    /**
     * Reports every misused region marker of one body.
     *
     * @param offset added to Flexmark's 0-based body lines to give file lines
     */
    void check(Document document, String path, int offset, Diagnostics diagnostics) {
        String source = document.getChars().toString();
        if (!RegionMarkerSyntax.mayHoldMarker(source)) {
            return;
        }
        BitSet code = new BitSet();
        BitSet nested = new BitSet();
        BitSet markers = new BitSet();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.set(node.getStartLineNumber(), node.getEndLineNumber() + 1);
            } else if (node instanceof ListItem || node instanceof BlockQuote || node instanceof FootnoteBlock
                    || node instanceof DefinitionItem) {
                nested.set(node.getStartLineNumber(), node.getEndLineNumber() + 1);
            } else if (node instanceof RegionBlock block) {
                markers.set(block.getStartLineNumber());
                if (block.closingLine() >= 0) {
                    markers.set(block.closingLine());
                }
            }
        }
        String[] lines = LINE_BREAK.split(source, -1);
        for (int i = 0; i < lines.length; i++) {
            String marker = markerText(lines[i]);
            if (marker == null || code.get(i)) {
                continue;
            }
            String problem = problem(marker, nested.get(i), markers.get(i));
            if (problem != null) {
                diagnostics.error(path, i + 1 + offset, problem);
            }
        }
    }

    private static String problem(String marker, boolean nested, boolean read) {
        if (!RegionMarkerSyntax.isWellFormed(marker)) {
            return "malformed region marker '" + marker + "': write '" + RegionMarkerSyntax.correctForm(marker)
                    + "' to open a region passage and ':::' alone to close it";
        }
        if (nested) {
            return NESTED;
        }
        if (read) {
            return null;
        }
        if (RegionMarkerSyntax.isCloser(marker)) {
            return "':::' closes no region passage";
        }
        return "region marker '" + marker + "' is not read as one here: put it at the start of its own line, "
                + "indented less than four spaces and outside raw HTML";
    }

    /** The line from its first character after blanks and container markers, when that starts with two colons; else null. */
    private static String markerText(String line) {
        String rest = RegionMarkerSyntax.stripBlanks(line);
        while (true) {
            var m = CONTAINER_MARKER.matcher(rest);
            if (!m.find()) {
                break;
            }
            rest = RegionMarkerSyntax.stripBlanks(rest.substring(m.end()));
        }
        return RegionMarkerSyntax.looksLikeMarker(rest) ? rest.strip() : null;
    }
}
