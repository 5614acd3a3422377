package erp.onlinesync.domain.shared;

/**
 * Makes a string from outside (a proxy answer, a bank) safe to store: control characters out, cut to
 * the column it ends in. U+0000 is refused by PostgreSQL in any text column and other control
 * characters break logs and pages, so a hostile value would otherwise fail the very write that records
 * the failure.
 * <p>
 * Two kinds of text: free text ({@link #freeText}: labels, messages, partner names) keeps tab and line
 * feed, which banks use to lay out remittance information; a single-line value ({@link #singleLine}:
 * names, numbers, codes, references) keeps no control character at all. Identifiers that must stay
 * unique are not cleaned here but checked ({@link #hasControl}): changing one could merge two records.
 */
public final class Text {

    private Text() {
    }

    /** @return the text without control characters but tab and line feed, cut to {@code max}; null stays null */
    public static String freeText(String text, int max) {
        return cut(strip(text, true), max);
    }

    /** @return the text without any control character, cut to {@code max}; null stays null */
    public static String singleLine(String text, int max) {
        return cut(strip(text, false), max);
    }

    /** @return the text without any control character, not cut (for values that end in no column); null stays null */
    public static String singleLine(String text) {
        return strip(text, false);
    }

    /** @return the text cut to {@code max} characters, never split inside a surrogate pair; null stays null */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** @return whether the text holds a control character (U+0000 to U+001F, U+007F to U+009F) */
    public static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }

    private static String strip(String text, boolean keepLayout) {
        if (text == null || !hasControl(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !Character.isISOControl(c) || keepLayout && (c == '\t' || c == '\n'))
                .forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
