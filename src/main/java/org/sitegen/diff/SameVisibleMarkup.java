package org.sitegen.diff;

import java.util.List;

/**
 * A cheap test before parsing two versions of a page: when the raw markup of {@code <title>}, {@code <main>} and the
 * disclaimer aside is the same in both, and no review date sits outside them, everything {@link PageFactsReader}
 * reads is the same too, so the page is layout only. Answers false whenever it cannot tell (then the page is parsed).
 */
final class SameVisibleMarkup {
    private static final String ASIDE = "<aside id=\"regulatory-disclaimer\"";
    private static final List<String> DATES = List.of("data-reviewed", "data-next-review", "<time");

    boolean test(String before, String after) {
        Regions a = regions(before);
        Regions b = regions(after);
        return a != null && b != null && a.equals(b);
    }

    private static Regions regions(String html) {
        int titleStart = html.indexOf("<title");
        int titleEnd = titleStart < 0 ? -1 : html.indexOf("</title>", titleStart);
        int mainStart = html.indexOf("<main");
        int mainEnd = mainStart < 0 ? -1 : html.indexOf("</main>", mainStart);
        int asideStart = html.indexOf(ASIDE);
        int asideEnd = asideStart < 0 ? -1 : html.indexOf("</aside>", asideStart);
        if (titleEnd < 0 || mainEnd < 0 || asideEnd < 0 || html.indexOf("<main", mainStart + 1) >= 0
                || html.substring(asideStart + 1, asideEnd).contains("<aside")) {
            return null;
        }
        if (datesOutside(html, mainStart, mainEnd, asideStart, asideEnd)) {
            return null;
        }
        return new Regions(html.substring(titleStart, titleEnd), html.substring(mainStart, mainEnd), html.substring(asideStart, asideEnd));
    }

    /** Whether a review date marker appears outside main and the aside (then only parsing can tell). */
    private static boolean datesOutside(String html, int mainStart, int mainEnd, int asideStart, int asideEnd) {
        for (String marker : DATES) {
            for (int i = html.indexOf(marker); i >= 0; i = html.indexOf(marker, i + 1)) {
                boolean inMain = i > mainStart && i < mainEnd;
                boolean inAside = i > asideStart && i < asideEnd;
                if (!inMain && !inAside) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Regions(String title, String main, String aside) {
    }
}
