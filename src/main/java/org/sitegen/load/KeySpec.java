package org.sitegen.load;

import java.util.List;

/** One allowed front-matter key: its type, whether it is required, and for choices the allowed words. */
public record KeySpec(String name, FieldType type, boolean required, List<String> choices) {

    public static KeySpec required(String name, FieldType type) {
        return new KeySpec(name, type, true, List.of());
    }

    public static KeySpec optional(String name, FieldType type) {
        return new KeySpec(name, type, false, List.of());
    }

    public static KeySpec choice(String name, String... choices) {
        return new KeySpec(name, FieldType.CHOICE, false, List.of(choices));
    }
}
