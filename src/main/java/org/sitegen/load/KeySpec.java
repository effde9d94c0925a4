package org.sitegen.load;

import java.util.List;
import org.sitegen.model.FrontMatterKey;

/** One allowed front-matter key: its type, whether it is required, and for choices the allowed words. */
public record KeySpec(FrontMatterKey<?> key, FieldType type, boolean required, List<String> choices) {

    public String name() {
        return key.name();
    }

    public static KeySpec required(FrontMatterKey<?> key, FieldType type) {
        return new KeySpec(key, type, true, List.of());
    }

    public static KeySpec optional(FrontMatterKey<?> key, FieldType type) {
        return new KeySpec(key, type, false, List.of());
    }

    public static KeySpec choice(FrontMatterKey<String> key, String... choices) {
        return new KeySpec(key, FieldType.CHOICE, false, List.of(choices));
    }
}
