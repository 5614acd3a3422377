package erp.onlinesync.interfaces.web.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's balance chart of one journal, as the page draws it: the line, one band per day
 * whose SVG {@code <title>} the browser shows on hover, and the scale (today's, lowest and highest
 * balance). Amounts are the currency's decimal strings, formatted for the language by the page.
 *
 * @param points  the polyline's points, empty when there is no line to draw
 * @param days    a band per day, oldest first
 * @param current today's balance
 */
public record BalanceChart(String points, List<Day> days, String current, String min, String max) {

    /** One day's band: {@code x} and {@code width} in the chart's box. */
    public record Day(String x, String width, LocalDate date, String balance) {
    }
}
