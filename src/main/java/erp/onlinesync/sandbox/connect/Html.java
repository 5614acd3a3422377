package erp.onlinesync.sandbox.connect;

/**
 * HTML escaping for the sandbox's hand-written pages: every value that comes from a request or from the
 * generated data goes through {@link #escape} before it is written, in text or in a double-quoted attribute.
 */
final class Html {

    private Html() {
    }

    /** @return the text with {@code & < > " '} as entities; "" for null */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
