package org.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> terms(String tag, String text) {
        List<String> out = new ArrayList<>();
        new Tokenizer(SearchLanguage.of(tag)).terms(text, out::add);
        return out;
    }

    @Test
    void wordsAreFoldedByTheEditionsLocale() {
        assertEquals(List.of("ılık", "işık", "iğne"), terms("tr-TR", "ILIK İşık İĞNE"));
        assertEquals(List.of("ilik", "işik"), terms("en", "ILIK İşIK"), "outside Turkish, İ loses its dot");
    }

    @Test
    void apostrophesHyphensAndPunctuationSeparateWordsAndShortWordsAndStopWordsGo() {
        assertEquals(List.of("patient", "radio", "frequency", "2026"), terms("en", "The patient's radio-frequency (2026) a"));
        assertEquals(List.of("türkiye"), terms("tr", "Türkiye'de ve"));
    }

    @Test
    void chineseAndJapaneseScriptIsCutIntoBigrams() {
        assertEquals(List.of("神経", "経ブ", "ブロ", "ロッ", "ック", "mri", "痛"), terms("ja", "神経ブロック、MRI 痛"));
        assertEquals(List.of("コー", "ーヒ", "ヒー"), terms("ja", "コーヒー"), "the long vowel mark stays in the run");
    }

    @Test
    void postingsRoundTrip() {
        int[] docs = {0, 1, 2, 40, 5000, 1_000_000};
        int[] weights = {1, 15, 3, 8, 1, 2};
        String encoded = PostingCodec.encode(docs, weights, docs.length);
        assertEquals("hvj", encoded.substring(0, 3), "neighbouring documents cost one character each");
        assertEquals(List.of(0, 1, 1, 15, 2, 3, 40, 8, 5000, 1, 1_000_000, 2),
                java.util.Arrays.stream(PostingCodec.decode(encoded)).boxed().toList());
    }
}
