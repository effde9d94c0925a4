package org.sitegen.jbake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.ContentDocument;

/**
 * A {@link ContentStore} that keeps the crawled documents in memory, in source order, instead of querying
 * OrientDB for every page. Every query is a single pass over the documents or a lookup, so a bake is linear
 * in the number of documents. (JBake still starts its embedded database because {@code updateSchema} is final;
 * no document is stored in it.)
 *
 * <p>{@link #getUnrenderedContent()} is empty: pages are rendered per regional edition by
 * {@link EditionRenderingTool}, not one per document by JBake's {@code DocumentsRenderer}.
 */
public final class SiteContentStore extends ContentStore {
    private final Map<String, DocumentModel> bySourceUri = new TreeMap<>();
    private RenderStage stage;

    public SiteContentStore(String name) {
        super("memory", name);
    }

    /** The pipeline the next bake hands the content to. */
    void setStage(RenderStage stage) {
        this.stage = stage;
    }

    RenderStage stage() {
        return stage;
    }

    boolean contains(String sourceUri) {
        return bySourceUri.containsKey(sourceUri);
    }

    /** Every file's problems, in source order, including those of files kept from an earlier crawl. */
    public Diagnostics diagnostics() {
        Diagnostics all = new Diagnostics();
        for (DocumentModel model : bySourceUri.values()) {
            Object diagnostics = model.get(FrontMatterMarkdownEngine.DIAGNOSTICS);
            if (diagnostics instanceof Diagnostics d) {
                all.addAll(d);
            }
        }
        return all;
    }

    /** The typed records of every document that loaded without errors, in source order. */
    public List<ContentDocument> records() {
        List<ContentDocument> records = new ArrayList<>();
        for (DocumentModel model : bySourceUri.values()) {
            Object record = model.get(FrontMatterMarkdownEngine.RECORD);
            if (record instanceof ContentDocument document) {
                records.add(document);
            }
        }
        return records;
    }

    /** Articles, FAQ entries and glossary entries whose files exist but did not load. */
    public java.util.Set<org.sitegen.model.PageId> unloaded() {
        java.util.Set<org.sitegen.model.PageId> ids = new java.util.TreeSet<>();
        for (Map.Entry<String, DocumentModel> entry : bySourceUri.entrySet()) {
            if (entry.getValue().get(FrontMatterMarkdownEngine.RECORD) != null) {
                continue;
            }
            String uri = entry.getKey();
            String slug = uri.substring(uri.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
            if (uri.startsWith("articles/")) {
                ids.add(org.sitegen.model.PageId.article(slug));
            } else if (uri.startsWith("faq/")) {
                ids.add(org.sitegen.model.PageId.faq(slug));
            } else if (uri.startsWith("glossary/")) {
                ids.add(org.sitegen.model.PageId.glossary(slug));
            }
        }
        return ids;
    }

    /** Replaces or adds one document. */
    void put(String sourceUri, DocumentModel model) {
        model.setSourceUri(sourceUri);
        bySourceUri.put(sourceUri, model);
    }

    void remove(String sourceUri) {
        bySourceUri.remove(sourceUri);
    }

    @Override
    public void addDocument(DocumentModel document) {
        bySourceUri.put(document.getSourceuri(), document);
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // templates are read fresh for every bake; there is no cache to clear
    }

    @Override
    public long getDocumentCount(String docType) {
        return bySourceUri.values().stream().filter(d -> docType.equals(d.getType())).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return published(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return list(bySourceUri.containsKey(uri) ? List.of(bySourceUri.get(uri)) : List.of());
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(published(docType));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(byDate(bySourceUri.values().stream().filter(d -> docType.equals(d.getType())).toList()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return getPublishedDocumentsByTag(tag);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return list(byDate(bySourceUri.values().stream()
                .filter(d -> ModelAttributes.Status.PUBLISHED.equals(d.getStatus()))
                .filter(d -> d.getTags() != null && List.of(d.getTags()).contains(tag)).toList()));
    }

    @Override
    public void deleteContent(String uri) {
        bySourceUri.remove(uri);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        bySourceUri.values().removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public Set<String> getTags() {
        return getAllTags();
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (DocumentModel d : bySourceUri.values()) {
            if (d.getTags() != null && ModelAttributes.Status.PUBLISHED.equals(d.getStatus())) {
                tags.addAll(List.of(d.getTags()));
            }
        }
        return tags;
    }

    private List<DocumentModel> published(String docType) {
        return byDate(bySourceUri.values().stream()
                .filter(d -> docType.equals(d.getType()) && ModelAttributes.Status.PUBLISHED.equals(d.getStatus())).toList());
    }

    private static List<DocumentModel> byDate(List<DocumentModel> documents) {
        List<DocumentModel> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }
}
