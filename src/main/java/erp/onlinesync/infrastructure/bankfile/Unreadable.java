package erp.onlinesync.infrastructure.bankfile;

import java.time.DateTimeException;
import java.util.function.Function;

/**
 * Why a value of a file (an amount, a date, an indicator) cannot be read, in words for the person who
 * uploaded it. It only ever becomes a row's reason or a file's message, so it carries no stack trace.
 * Shared by the readers of every format.
 */
public final class Unreadable extends RuntimeException {

    public Unreadable(String message) {
        super(message, null, false, false);
    }

    /**
     * @param what the value's name in the message ("amount", "booking date")
     * @param kind what it should be ("a number", "a date (yyyyMMdd)")
     * @return the value {@code parse} makes of {@code text}
     * @throws Unreadable "no <what>" when {@code text} is null, "<what> '<text>' is not <kind>" when it cannot be parsed
     */
    public static <T> T read(String what, String text, Function<String, T> parse, String kind) {
        if (text == null) {
            throw new Unreadable("no " + what);
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new Unreadable(what + " '" + text + "' is not " + kind);
        }
    }
}
