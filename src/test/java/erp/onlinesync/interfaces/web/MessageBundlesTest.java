package erp.onlinesync.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language the switcher offers has every key of the English bundle, and no key English lacks. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "id"})
    void bundleHasTheSameKeysAsEnglish(String language) throws IOException {
        assertEquals(keys(""), keys("_" + language));
    }

    private static Set<String> keys(String suffix) throws IOException {
        String path = "/" + Pages.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
