package org.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The documented nesting limit of a body: lists, quotes, emphasis and elements at most {@value #MAX_DEPTH} levels
 * inside each other. Deeper input is no real text; it would only exhaust the stack or make Flexmark work for minutes,
 * so it is refused with its line before (for lines of quote and list markers or deep indentation) or right after
 * parsing, without recursion.
 */
final class NestingLimit {
    /** How deep lists, quotes, emphasis and elements may nest. */
    static final int MAX_DEPTH = 100;
    /** Leading blanks wider than this are a list nested deeper than the limit (each level indents at least two columns). */
    private static final int MAX_INDENT = 4 * MAX_DEPTH;
    static final String MESSAGE = "nested more than " + MAX_DEPTH + " levels deep (lists, quotes, emphasis or HTML elements "
            + "inside each other): flatten it";

    private NestingLimit() {
    }

    /** The 0-based line of {@code markdown} that opens more than the limit of quotes and list items, or -1. */
    static int tooDeepLine(String markdown) {
        int line = 0;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (tooDeep(markdown, start, end)) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return -1;
    }

    private static boolean tooDeep(String text, int start, int end) {
        int depth = 0;
        int column = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                column++;
                i++;
            } else if (c == '\t') {
                column += 4 - column % 4;
                i++;
            } else if (c == '>') {
                depth++;
                column++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                depth++;
                column += 2;
                i += 2;
            } else {
                int digits = i;
                while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                    digits++;
                }
                if (digits > i && digits + 1 < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                        && text.charAt(digits + 1) == ' ') {
                    depth++;
                    column += digits - i + 2;
                    i = digits + 2;
                } else {
                    break;
                }
            }
            if (depth > MAX_DEPTH || column > MAX_INDENT) {
                return true;
            }
        }
        return false;
    }

    /** Characters that open nested inline structure: emphasis, links, tags, quotes. */
    private static final String OPENERS = "*_[(<>~`";

    /**
     * The 0-based line most likely to have nested too deeply when parsing itself ran out of stack: the one with the
     * most characters that open inline structure.
     */
    static int busiestLine(String markdown) {
        int best = 0;
        int bestCount = -1;
        int line = 0;
        int count = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            if (i == markdown.length() || markdown.charAt(i) == '\n') {
                if (count > bestCount) {
                    best = line;
                    bestCount = count;
                }
                line++;
                count = 0;
            } else if (OPENERS.indexOf(markdown.charAt(i)) >= 0) {
                count++;
            }
        }
        return best;
    }

    /** Nodes a parsed body may stack: a list level is two (list and item), and document, paragraph and text add three. */
    private static final int MAX_NODE_DEPTH = 2 * MAX_DEPTH + 3;

    /** The first node of a parsed body that lies deeper than the limit allows, or null. */
    static Node tooDeepNode(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_NODE_DEPTH) {
                return node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }
}
