package org.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Builds one edition's search index: an inverted index from stems to documents, split like Pagefind's so that a
 * query downloads only what it needs. The files, relative to the edition's {@code search/} folder:
 *
 * <ul>
 *   <li>{@code manifest.json}: language, stop words, the first term of each vocabulary shard, the first stem and
 *       byte size of each posting shard, the posting byte budget of one query;</li>
 *   <li>{@code v/<n>.json}: every indexed surface word (as written, folded) with its stem, in sorted order, in
 *       contiguous ranges of about {@link #VOCABULARY_SHARD_BYTES} bytes; prefixes and one-letter typos are matched
 *       in the browser against the shards that hold words with the query word's first character;</li>
 *   <li>{@code p/<n>.json}: per stem, the documents containing any word of that stem, with a weight
 *       ({@link PostingCodec}); contiguous ranges of stems of about {@link #POSTING_SHARD_BYTES} bytes;</li>
 *   <li>{@code f/<id>.json}: one document's URL, title, type, summary and text, fetched for the results shown.</li>
 * </ul>
 *
 * Stemming happens here only: a query word matches a vocabulary word (exactly, as a prefix or within one
 * edit), and the stem of that word leads to the postings, so the browser needs no stemmer. Same input, same bytes.
 */
public final class SearchIndexBuilder {
    static final int VOCABULARY_SHARD_BYTES = 32 * 1024;
    static final int POSTING_SHARD_BYTES = 24 * 1024;
    /** Posting bytes one query may fetch; exact matches come first, then stems, prefixes and typos. */
    public static final int POSTING_BUDGET = 128 * 1024;
    /** Results whose fragments are fetched at once. */
    public static final int RESULTS_PER_PAGE = 8;

    static final int TITLE_WEIGHT = 8;
    static final int KEYWORD_WEIGHT = 4;
    static final int SUMMARY_WEIGHT = 2;
    static final int BODY_WEIGHT = 1;
    private static final int BODY_CAP = 3;

    private final ObjectMapper json = new ObjectMapper();
    private final SearchLanguage language;
    private final Tokenizer tokenizer;
    private final SnowballStemmer stemmer;
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();

    public SearchIndexBuilder(SearchLanguage language) {
        this.language = language;
        this.tokenizer = new Tokenizer(language);
        this.stemmer = language.stemmer() == null ? null : language.stemmer().get();
    }

    /** Where the index files go, by path relative to {@code search/}. */
    @FunctionalInterface
    public interface FileSink {
        void write(String path, String content) throws Exception;
    }

    /**
     * Writes the index files of {@code documents} to {@code out}: each fragment as soon as its document is indexed
     * (a large edition's text is never held twice), then the vocabulary, posting shards and manifest.
     */
    public void build(List<SearchDocument> documents, FileSink out) throws Exception {
        Map<String, Object> fragment = new LinkedHashMap<>();
        for (int id = 0; id < documents.size(); id++) {
            SearchDocument d = documents.get(id);
            String body = HtmlText.of(d.bodyHtml());
            add(id, d, body);
            fragment.put("u", d.url());
            fragment.put("t", d.title());
            fragment.put("y", d.kind());
            fragment.put("s", d.summary());
            fragment.put("x", body);
            out.write("f/" + id + ".json", write(fragment));
        }
        Map<String, String> files = new TreeMap<>();
        List<String> vocabularyFirsts = vocabulary(files);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("lang", language.tag());
        manifest.put("dottedI", language.dottedI());
        manifest.put("stop", language.stopWords().stream().sorted().toList());
        manifest.put("docs", documents.size());
        manifest.put("perPage", RESULTS_PER_PAGE);
        manifest.put("budget", POSTING_BUDGET);
        manifest.put("vocabulary", vocabularyFirsts);
        List<Object[]> postingShards = postings(files);
        manifest.put("postings", postingShards.stream().map(s -> s[0]).toList());
        manifest.put("postingBytes", postingShards.stream().map(s -> s[1]).toList());
        files.put("manifest.json", write(manifest));
        for (Map.Entry<String, String> file : files.entrySet()) {
            out.write(file.getKey(), file.getValue());
        }
    }

    private void add(int id, SearchDocument d, String text) {
        Map<String, Integer> weights = new HashMap<>();
        addField(d.title(), TITLE_WEIGHT, weights);
        addField(d.keywords(), KEYWORD_WEIGHT, weights);
        addField(d.summary(), SUMMARY_WEIGHT, weights);
        Map<String, Integer> body = new HashMap<>();
        addField(text, BODY_WEIGHT, body);
        body.forEach((stem, count) -> weights.merge(stem, Math.min(count, BODY_CAP), Integer::sum));
        weights.forEach((stem, weight) -> postings.computeIfAbsent(stem, k -> new Postings())
                .add(id, Math.min(weight, PostingCodec.MAX_WEIGHT)));
    }

    private void addField(String text, int weight, Map<String, Integer> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        tokenizer.terms(text, term -> into.merge(stem(term), weight, Integer::sum));
    }

    private String stem(String term) {
        String known = stems.get(term);
        if (known != null) {
            return known;
        }
        String stem = term;
        if (stemmer != null && !Tokenizer.isCjk(term.codePointAt(0))) {
            stemmer.setCurrent(term);
            stemmer.stem();
            stem = stemmer.getCurrent();
            if (stem.isEmpty()) {
                stem = term;
            }
        }
        stems.put(term, stem);
        return stem;
    }

    /** Writes the vocabulary shards; returns the first word of each. */
    private List<String> vocabulary(Map<String, String> files) {
        String[] words = stems.keySet().toArray(String[]::new);
        Arrays.sort(words);
        List<String> firsts = new ArrayList<>();
        List<String> shardWords = new ArrayList<>();
        List<Object> shardStems = new ArrayList<>();
        int bytes = 0;
        for (String word : words) {
            if (bytes > VOCABULARY_SHARD_BYTES) {
                flushVocabulary(files, firsts, shardWords, shardStems);
                bytes = 0;
            }
            String stem = stems.get(word);
            shardWords.add(word);
            shardStems.add(word.startsWith(stem) ? (Object) stem.length() : stem);
            bytes += word.length() + 6;
        }
        if (!shardWords.isEmpty()) {
            flushVocabulary(files, firsts, shardWords, shardStems);
        }
        return firsts;
    }

    private void flushVocabulary(Map<String, String> files, List<String> firsts, List<String> words, List<Object> shardStems) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("t", List.copyOf(words));
        shard.put("s", List.copyOf(shardStems));
        files.put("v/" + firsts.size() + ".json", write(shard));
        firsts.add(words.get(0));
        words.clear();
        shardStems.clear();
    }

    /** Writes the posting shards; returns {first stem, bytes} of each. */
    private List<Object[]> postings(Map<String, String> files) {
        String[] all = postings.keySet().toArray(String[]::new);
        Arrays.sort(all);
        List<Object[]> shards = new ArrayList<>();
        Map<String, String> shard = new LinkedHashMap<>();
        int bytes = 0;
        for (String stem : all) {
            Postings p = postings.get(stem);
            String encoded = p.encode();
            int size = encoded.length() + stem.getBytes(StandardCharsets.UTF_8).length + 6;
            if (!shard.isEmpty() && bytes + size > POSTING_SHARD_BYTES) {
                flushPostings(files, shards, shard);
                bytes = 0;
            }
            shard.put(stem, encoded);
            bytes += size;
        }
        if (!shard.isEmpty()) {
            flushPostings(files, shards, shard);
        }
        return shards;
    }

    private void flushPostings(Map<String, String> files, List<Object[]> shards, Map<String, String> shard) {
        String text = write(shard);
        files.put("p/" + shards.size() + ".json", text);
        shards.add(new Object[] {shard.keySet().iterator().next(), text.getBytes(StandardCharsets.UTF_8).length});
        shard.clear();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the search index", e);
        }
    }

    /** A growing array of {@code document id << 4 | weight} for one stem, in ascending document order. */
    private static final class Postings {
        int[] entries = new int[2];
        int count;

        void add(int doc, int weight) {
            if (count == entries.length) {
                entries = Arrays.copyOf(entries, count + (count >> 1) + 2);
            }
            entries[count++] = doc << 4 | weight;
        }

        String encode() {
            int[] docs = new int[count];
            int[] weights = new int[count];
            for (int i = 0; i < count; i++) {
                docs[i] = entries[i] >>> 4;
                weights[i] = entries[i] & 15;
            }
            return PostingCodec.encode(docs, weights, count);
        }
    }
}
