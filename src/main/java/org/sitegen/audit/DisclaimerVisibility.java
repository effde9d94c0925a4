package org.sitegen.audit;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether a page's disclaimer block can be seen: not hidden, not inside anything that hides or folds it, and with
 * nothing inside it that hides or folds part of it.
 */
final class DisclaimerVisibility {
    private static final Set<String> HIDING_ELEMENTS = Set.of("template", "noscript", "details", "dialog", "script", "textarea",
            "select", "option", "title", "style", "head");

    private DisclaimerVisibility() {
    }

    static Optional<String> problem(Element disclaimer) {
        for (Element e = disclaimer; e != null; e = e.parent()) {
            String where = e == disclaimer ? "the disclaimer block" : "the disclaimer block's parent <" + e.normalName() + ">";
            if (e.hasAttr("hidden")) {
                return Optional.of("audit: " + where + " is hidden (hidden attribute)");
            }
            if (e.attr("aria-hidden").equalsIgnoreCase("true")) {
                return Optional.of("audit: " + where + " is hidden from screen readers (aria-hidden)");
            }
            if (e.hasAttr("inert")) {
                return Optional.of("audit: " + where + " is inert");
            }
            if (e.hasAttr("style")) {
                return Optional.of("audit: " + where + " has an inline style");
            }
            if (e != disclaimer && HIDING_ELEMENTS.contains(e.normalName())) {
                return Optional.of("audit: the disclaimer block is inside <" + e.normalName() + ">, where readers may not see it");
            }
        }
        for (Element inside : disclaimer.getAllElements()) {
            if (inside == disclaimer) {
                continue;
            }
            String name = inside.normalName();
            if (HIDING_ELEMENTS.contains(name) || inside.hasAttr("hidden") || inside.attr("aria-hidden").equalsIgnoreCase("true")
                    || inside.hasAttr("inert") || inside.hasAttr("style")) {
                return Optional.of("audit: the disclaimer block contains <" + name + ">" + hidingAttribute(inside)
                        + ", which hides part of it");
            }
        }
        return Optional.empty();
    }

    private static String hidingAttribute(Element element) {
        for (String attribute : new String[] {"hidden", "aria-hidden", "inert", "style"}) {
            if (element.hasAttr(attribute)) {
                return " with '" + attribute + "'";
            }
        }
        return "";
    }
}
