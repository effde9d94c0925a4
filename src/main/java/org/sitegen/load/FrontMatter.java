package org.sitegen.load;

/**
 * A source file split into its YAML front matter and its Markdown body.
 *
 * @param fields    the front matter's top-level mapping
 * @param body      the Markdown after the closing {@code ---}
 * @param bodyLine  the 1-based file line on which the body starts
 */
public record FrontMatter(YamlValue.Mapping fields, String body, int bodyLine) {
}
