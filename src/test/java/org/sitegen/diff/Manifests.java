package org.sitegen.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sitegen.release.ReleaseManifest;
import org.sitegen.release.ReleaseManifestWriter;
import org.sitegen.release.Sha256;

/** Writes a release.json into each edition of a built test site, from its HTML, the way the build would. */
final class Manifests {
    private static final Map<String, String> REGION_NAMES = Map.of("us", "United States", "eu", "European Union");

    private Manifests() {
    }

    static void write(Path site, UnaryOperator<ReleaseManifest.Page> edit) throws Exception {
        SiteFolder folder = new SiteFolder(site);
        PageFactsReader reader = new PageFactsReader();
        Sha256 sha = new Sha256();
        for (String code : folder.editions()) {
            List<ReleaseManifest.Page> pages = new ArrayList<>();
            for (String path : folder.pages(code)) {
                byte[] html = Files.readAllBytes(folder.edition(code).resolve(path));
                PageFacts facts = reader.read(new String(html, StandardCharsets.UTF_8));
                String source = path.startsWith("articles/") ? "content/" + path.replace("/index.html", ".md") : "";
                List<ReleaseManifest.Product> products = facts.products().stream()
                        .map(p -> new ReleaseManifest.Product(p.id(), p.status(), p.text())).toList();
                pages.add(edit.apply(new ReleaseManifest.Page(path, source, sha.of(html), facts.title(), facts.reviewed(), facts.nextReview(),
                        facts.reviewed().isEmpty() ? "" : "Dr. A. Example", products, List.of())));
            }
            String disclaimer = disclaimer(folder.edition(code));
            new ReleaseManifestWriter().write(folder.edition(code),
                    new ReleaseManifest(code, REGION_NAMES.get(code), sha.of(disclaimer), disclaimer, pages));
        }
    }

    private static String disclaimer(Path edition) throws IOException {
        return org.jsoup.Jsoup.parse(Files.readString(edition.resolve("index.html"))).select(".regional-disclaimer").text();
    }
}
