package org.sitegen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.PageId;

/**
 * What the load stage hands on: every content file in path order, and the problems of the folder walk itself
 * (files that are not content, links that leave the folder).
 */
public record LoadedContent(List<SourceFile> files, Diagnostics folderProblems) {

    /** The records of every file that loaded without errors, in path order. */
    public List<ContentDocument> records() {
        List<ContentDocument> records = new ArrayList<>();
        files.forEach(f -> f.record().ifPresent(records::add));
        return records;
    }

    /** Every problem found while loading, the folder walk's and each file's. */
    public Diagnostics diagnostics() {
        Diagnostics all = new Diagnostics();
        all.addAll(folderProblems);
        files.forEach(f -> all.addAll(f.diagnostics()));
        return all;
    }

    /** Articles, FAQ entries and glossary entries whose files exist but did not load: links to them are not reported again. */
    public Set<PageId> unloaded() {
        Set<PageId> ids = new TreeSet<>();
        for (SourceFile file : files) {
            if (file.record().isPresent()) {
                continue;
            }
            String uri = file.relative();
            String slug = uri.substring(uri.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
            if (uri.startsWith("articles/")) {
                ids.add(PageId.article(slug));
            } else if (uri.startsWith("faq/")) {
                ids.add(PageId.faq(slug));
            } else if (uri.startsWith("glossary/")) {
                ids.add(PageId.glossary(slug));
            }
        }
        return ids;
    }
}
