package erp.onlinesync.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language the switcher offers has every key of the English bundle, and no key English lacks, each
 * translated; every message with parameters shows them all.
 */
class MessageBundlesTest {

    /**
     * The same in every language: names of languages and formats, words these languages share with English, and
     * MyPonto's own names of an integration's credentials (what a person looks for in MyPonto).
     */
    private static final Set<String> SAME_EVERYWHERE = Set.of("English", "Français", "Nederlands", "Bahasa Indonesia", "CSV",
            "ISO 20022 camt", "OFX / QFX", "Format", "Status", "Tab", "Action", "Date", "Journal", "Message", "Note", "beta",
            "Client ID", "Client Secret");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "id"})
    void bundleHasTheSameKeysAsEnglish(String language) throws IOException {
        assertEquals(keys(""), keys("_" + language));
    }

    /** A page copied into a bundle in English (as the import page once was in Dutch and Indonesian) is seen here. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "id"})
    void everyMessageIsTranslated(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.equals(translated.getProperty(key)) && !SAME_EVERYWHERE.contains(text)) {
                untranslated.add(key);
            }
        }
        assertEquals(Set.of(), untranslated, "still in English");
    }

    /** A lone apostrophe in a message with parameters quotes the rest of it: "bank's {0}" would show "{0}". */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_id"})
    void everyParameterOfAMessageIsFilledIn(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String message = bundle.getProperty(key);
            if (message.contains("{0")) {
                String shown = MessageFormat.format(message, "p0", 2, "p2");
                assertFalse(shown.contains("{"), key + " shows " + shown);
            }
        }
    }

    private static Set<String> keys(String suffix) throws IOException {
        return new TreeSet<>(bundle(suffix).stringPropertyNames());
    }

    private static Properties bundle(String suffix) throws IOException {
        String path = "/" + Pages.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
