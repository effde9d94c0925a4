package org.sitegen.load;

/** The shape a front-matter value must have. */
public enum FieldType {
    TEXT("text"),
    DATE("date (YYYY-MM-DD)"),
    BOOLEAN("true or false"),
    TEXT_LIST("list"),
    MONTHS("whole number of months from 1 to 120"),
    POSITIVE_NUMBER("whole number from 1"),
    CHOICE("one of the allowed words"),
    STATUS_MAP("map from product id to approved, investigational or not-available"),
    WORDING("map from status to sentence"),
    WORDING_BY_PRODUCT("map from product id to a map from status to sentence"),
    TEXT_MAP("map from name to text");

    private final String description;

    FieldType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
