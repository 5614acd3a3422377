package erp.onlinesync.application.reminder;

import java.time.LocalDate;

/**
 * A link whose consent runs out soon, for the dashboard's warning with its Reconnect button.
 *
 * @param daysLeft days from today to the expiry date, 0 on the date itself
 */
public record ConsentWarning(long linkId, LocalDate expiryDate, long daysLeft) {
}
