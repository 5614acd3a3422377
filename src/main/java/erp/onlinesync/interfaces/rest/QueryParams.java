package erp.onlinesync.interfaces.rest;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.Slice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters that resources take as text. JAX-RS answers {@code 404} for a query
 * parameter it cannot convert to an {@code int} or a date, which would tell a client the resource is
 * missing when the parameter is wrong; parsed here, a bad value gets {@code 400 invalid-field}
 * naming the parameter. Ranges (page at least 0, ...) are the services' rules, not checked here.
 */
public final class QueryParams {

    private static final String INVALID_FIELD = "invalid-field";

    private QueryParams() {
    }

    /**
     * @return null when the parameter is absent or blank
     * @throws BadRequestException when it is not a whole number that fits a {@code long}
     */
    public static Long whole(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(INVALID_FIELD, name + " must be a whole number");
        }
    }

    /**
     * @return null when the parameter is absent or blank
     * @throws BadRequestException when it is not a whole number that fits an {@code int}
     */
    public static Integer integer(String name, String text) {
        Long value = whole(name, text);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new BadRequestException(INVALID_FIELD, name + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    /**
     * @return null when the parameter is absent or blank
     * @throws BadRequestException when it is not an ISO date such as {@code 2026-11-30}
     */
    public static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(INVALID_FIELD, name + " must be a date such as 2026-11-30");
        }
    }

    /** @return the slice of a history above the id {@code after} (absent: from the start) of {@code limit} rows */
    public static Slice afterSlice(String after, String limit) {
        return Slice.after(whole("after", after), integer("limit", limit));
    }

    /**
     * @return true for {@code desc} (newest first), false for {@code asc} or an absent parameter
     * @throws BadRequestException for anything else
     */
    public static boolean newestFirst(String name, String text) {
        if (text == null || text.isBlank() || text.trim().equals("asc")) {
            return false;
        }
        if (text.trim().equals("desc")) {
            return true;
        }
        throw new BadRequestException(INVALID_FIELD, name + " must be asc or desc");
    }
}
