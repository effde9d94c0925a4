package org.sitegen.model;

import java.util.regex.Pattern;

/** What every stage needs to know about an href: whether it leaves the site. */
public final class Hrefs {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private Hrefs() {
    }

    /** Whether {@code href} has a scheme ({@code https:}, {@code mailto:}, …) or is protocol-relative. */
    public static boolean isExternal(String href) {
        return EXTERNAL.matcher(href).matches();
    }
}
