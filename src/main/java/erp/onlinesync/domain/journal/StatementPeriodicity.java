package erp.onlinesync.domain.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How imported lines are grouped into bank statements: one statement a day, an ISO week, a calendar
 * month, or none (lines stay outside statements, as in the reference product's "none").
 */
public enum StatementPeriodicity {
    DAY, WEEK, MONTH, NONE;

    /**
     * @return the period holding {@code date}, or {@code null} for {@link #NONE}
     */
    public StatementPeriod periodOf(LocalDate date) {
        return switch (this) {
            case DAY -> new StatementPeriod(date, date, date.format(DateTimeFormatter.ISO_LOCAL_DATE));
            case WEEK -> {
                LocalDate start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new StatementPeriod(start, start.plusDays(6), String.format("%d-W%02d",
                        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            }
            case MONTH -> new StatementPeriod(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()),
                    date.format(DateTimeFormatter.ofPattern("yyyy-MM")));
            case NONE -> null;
        };
    }

    /** Parses the API's lower-case form ({@code "month"}); throws {@link IllegalArgumentException} otherwise. */
    public static StatementPeriodicity fromApi(String value) {
        for (StatementPeriodicity p : values()) {
            if (p.apiName().equals(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("statement_periodicity must be day, week, month or none");
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
