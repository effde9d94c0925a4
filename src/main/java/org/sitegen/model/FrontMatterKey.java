package org.sitegen.model;

/**
 * A front-matter key with the type of its value, like Flexmark's {@code DataKey<T>}: {@code Keys.TITLE} reads a
 * {@code String}, {@code Keys.TAGS} a {@code List<String>}. The schema in {@code load} says which kinds accept it.
 */
public record FrontMatterKey<T>(String name) {
    @Override
    public String toString() {
        return name;
    }
}
