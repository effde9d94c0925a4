package org.sitegen.model;

import java.util.List;
import java.util.Optional;

/** Everything one build loaded, each list sorted by slug or code so that output is deterministic. */
public record SiteContent(SiteSettings site, List<Article> articles, List<FaqEntry> faq, List<GlossaryEntry> glossary,
                          List<Region> regions, List<Product> products, Optional<MedicalDisclaimer> medicalDisclaimer) {
}
