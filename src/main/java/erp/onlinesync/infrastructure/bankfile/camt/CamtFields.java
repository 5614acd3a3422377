package erp.onlinesync.infrastructure.bankfile.camt;

import java.util.HashMap;
import java.util.Map;

/**
 * The texts found under one camt element (a statement, a balance, an entry, a transaction), by their path
 * of local names below it: {@code Amt}, {@code Amt@Ccy} for an attribute, {@code RltdPties/Dbtr/Pty/Nm}.
 * Paths without a namespace are what lets one reader serve every version of the schema.
 */
final class CamtFields {

    /** Free-text lines repeat (up to 140 characters each) and together make one text. */
    private static final String REPEATED_TEXT = "Ustrd";

    private final Map<String, String> texts = new HashMap<>();

    void put(String path, String text) {
        if (path.endsWith(REPEATED_TEXT)) {
            texts.merge(path, text, (before, line) -> before + " " + line);
        } else {
            texts.putIfAbsent(path, text);
        }
    }

    /** @return the text at the first of these paths that has one, or null */
    String first(String... paths) {
        for (String path : paths) {
            String text = texts.get(path);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
