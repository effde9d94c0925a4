package org.sitegen.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.TestContent;

/** Every build leaves each edition's audit trail: the hash of every page as written, its source and its product lines. */
class ReleaseStageTest {
    @Test
    void eachEditionListsItsPagesWithTheHashOfTheirBytes(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.CONTENT, site, false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        ReleaseManifest eu = new ReleaseManifestReader().read(site.resolve("eu")).orElseThrow();
        assertEquals("eu", eu.edition());
        assertEquals("European Union", eu.regionName());
        ReleaseManifest.Page article = eu.pages().stream().filter(p -> p.path().equals("articles/neuromodulation/index.html"))
                .findFirst().orElseThrow();
        assertEquals("src/test/resources/sites/sample/articles/neuromodulation.md", article.source());
        assertEquals(new Sha256().of(Files.readAllBytes(site.resolve("eu/articles/neuromodulation/index.html"))), article.sha256());
        assertTrue(article.products().stream().anyMatch(p -> p.id().equals("scs-system")), article.products().toString());
        byte[] first = Files.readAllBytes(site.resolve("eu/release.json"));
        assertTrue(new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.CONTENT, site, false, ""), true).ok());
        assertTrue(Arrays.equals(first, Files.readAllBytes(site.resolve("eu/release.json"))), "deterministic");
    }
}
