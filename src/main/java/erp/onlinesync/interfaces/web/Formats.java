package erp.onlinesync.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats dates, instants and amounts in the view's locale for the pages ({@code #{formats.amount(l.amount)}}).
 * Amounts arrive as the services' decimal strings: they keep their scale (the currency's decimals),
 * only the separators change with the language. Instants show in the server's time zone, the
 * company's. A null shows as a dash.
 */
@Named
@ApplicationScoped
public class Formats {

    /** What an empty value shows as. */
    public static final String NONE = "—";

    public String date(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault()).format(instant);
    }

    public String amount(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return NONE;
        }
        BigDecimal value = new BigDecimal(decimal);
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
