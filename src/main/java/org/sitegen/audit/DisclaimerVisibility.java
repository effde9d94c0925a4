package org.sitegen.audit;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether a page's regulatory text (the disclaimer block, a status notice) can be seen: not hidden, not inside
 * anything that hides or folds it, and with nothing inside it that hides or folds part of it.
 */
final class DisclaimerVisibility {
    private static final Set<String> HIDING_ELEMENTS = Set.of("template", "noscript", "details", "dialog", "script", "textarea",
            "select", "option", "title", "style", "head");

    private DisclaimerVisibility() {
    }

    static Optional<String> problem(Element disclaimer) {
        return problem(disclaimer, "the disclaimer block");
    }

    /** The problem with {@code block}, named {@code what} in the message (e.g. "the status notice"). */
    static Optional<String> problem(Element block, String what) {
        Element disclaimer = block;
        for (Element e = disclaimer; e != null; e = e.parent()) {
            String where = e == disclaimer ? what : what + "'s parent <" + e.normalName() + ">";
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
                return Optional.of("audit: " + what + " is inside <" + e.normalName() + ">, where readers may not see it");
            }
        }
        for (Element inside : disclaimer.getAllElements()) {
            if (inside == disclaimer) {
                continue;
            }
            String name = inside.normalName();
            if (HIDING_ELEMENTS.contains(name) || inside.hasAttr("hidden") || inside.attr("aria-hidden").equalsIgnoreCase("true")
                    || inside.hasAttr("inert") || inside.hasAttr("style")) {
                return Optional.of("audit: " + what + " contains <" + name + ">" + hidingAttribute(inside)
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
