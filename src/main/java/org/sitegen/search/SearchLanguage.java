package org.sitegen.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * How one edition's language is searched: its locale for case folding (Turkish dotted and dotless i), its stop
 * words and its Snowball stemmer, both from Lucene's analysis module. A language without either is indexed
 * word for word; Chinese and Japanese script is cut into character bigrams in every language ({@link Tokenizer}).
 *
 * @param tag     the BCP 47 tag the edition declares
 * @param locale  the locale whose rules fold case
 * @param stopWords words left out of the index and of queries
 * @param stemmer a new stemmer (they are not thread-safe), or {@code null} for none
 */
public record SearchLanguage(String tag, Locale locale, Set<String> stopWords, Supplier<SnowballStemmer> stemmer) {

    private record Known(Supplier<CharArraySet> stopWords, Supplier<SnowballStemmer> stemmer) {
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("en", new Known(() -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishStemmer::new)),
            Map.entry("tr", new Known(TurkishAnalyzer::getDefaultStopSet, TurkishStemmer::new)),
            Map.entry("de", new Known(GermanAnalyzer::getDefaultStopSet, GermanStemmer::new)),
            Map.entry("fr", new Known(FrenchAnalyzer::getDefaultStopSet, FrenchStemmer::new)),
            Map.entry("es", new Known(SpanishAnalyzer::getDefaultStopSet, SpanishStemmer::new)),
            Map.entry("it", new Known(ItalianAnalyzer::getDefaultStopSet, ItalianStemmer::new)),
            Map.entry("pt", new Known(PortugueseAnalyzer::getDefaultStopSet, PortugueseStemmer::new)),
            Map.entry("nl", new Known(DutchAnalyzer::getDefaultStopSet, DutchStemmer::new)),
            Map.entry("sv", new Known(SwedishAnalyzer::getDefaultStopSet, SwedishStemmer::new)),
            Map.entry("da", new Known(DanishAnalyzer::getDefaultStopSet, DanishStemmer::new)),
            Map.entry("nb", new Known(NorwegianAnalyzer::getDefaultStopSet, NorwegianStemmer::new)),
            Map.entry("no", new Known(NorwegianAnalyzer::getDefaultStopSet, NorwegianStemmer::new)),
            Map.entry("fi", new Known(FinnishAnalyzer::getDefaultStopSet, FinnishStemmer::new)),
            Map.entry("hu", new Known(HungarianAnalyzer::getDefaultStopSet, HungarianStemmer::new)),
            Map.entry("ro", new Known(RomanianAnalyzer::getDefaultStopSet, RomanianStemmer::new)),
            Map.entry("ru", new Known(RussianAnalyzer::getDefaultStopSet, RussianStemmer::new)));

    /** The search rules for a BCP 47 tag such as {@code tr-TR}; unknown languages get none but case folding. */
    public static SearchLanguage of(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Known known = KNOWN.get(locale.getLanguage());
        if (known == null) {
            return new SearchLanguage(tag, locale, Set.of(), null);
        }
        Set<String> stop = new HashSet<>();
        for (Object word : known.stopWords().get()) {
            stop.add(new String((char[]) word));
        }
        return new SearchLanguage(tag, locale, Set.copyOf(stop), known.stemmer());
    }

    /** Whether the locale folds I to dotless ı (Turkish, Azerbaijani). */
    public boolean dottedI() {
        return locale.getLanguage().equals("tr") || locale.getLanguage().equals("az");
    }
}
