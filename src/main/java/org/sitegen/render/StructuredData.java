package org.sitegen.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The schema.org types the pages carry as JSON-LD, as records that Jackson serialises in declaration order. */
final class StructuredData {
    static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    @JsonPropertyOrder({"@context", "@type", "itemListElement"})
    record BreadcrumbList(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                          List<ListItem> itemListElement) {
        BreadcrumbList(List<ListItem> items) {
            this(CONTEXT, "BreadcrumbList", items);
        }
    }

    @JsonPropertyOrder({"@type", "position", "name", "item"})
    record ListItem(@JsonProperty("@type") String type, int position, String name, String item) {
        ListItem(int position, String name, String item) {
            this("ListItem", position, name, item);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type", "name", "headline", "description", "datePublished", "inLanguage", "url",
            "lastReviewed", "reviewedBy", "audience", "publisher"})
    record MedicalWebPage(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                          String headline, String description, String datePublished, String inLanguage, String url,
                          String lastReviewed, Thing reviewedBy, Audience audience, Thing publisher) {
    }

    /** A person or organisation by name. */
    @JsonPropertyOrder({"@type", "name"})
    record Thing(@JsonProperty("@type") String type, String name) {
    }

    @JsonPropertyOrder({"@type", "audienceType"})
    record Audience(@JsonProperty("@type") String type, String audienceType) {
    }

    @JsonPropertyOrder({"@context", "@type", "inLanguage", "mainEntity"})
    record FaqPage(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String inLanguage,
                   List<Question> mainEntity) {
    }

    @JsonPropertyOrder({"@type", "name", "acceptedAnswer"})
    record Question(@JsonProperty("@type") String type, String name, Answer acceptedAnswer) {
    }

    @JsonPropertyOrder({"@type", "text"})
    record Answer(@JsonProperty("@type") String type, String text) {
    }

    @JsonPropertyOrder({"@context", "@type", "name", "inLanguage", "hasDefinedTerm"})
    record DefinedTermSet(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                          String inLanguage, List<DefinedTerm> hasDefinedTerm) {
    }

    @JsonPropertyOrder({"@type", "name", "description", "url"})
    record DefinedTerm(@JsonProperty("@type") String type, String name, String description, String url) {
    }
}
