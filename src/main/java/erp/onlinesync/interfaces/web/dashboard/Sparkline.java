package erp.onlinesync.interfaces.web.dashboard;

import erp.onlinesync.application.journal.BalanceSeries;
import erp.onlinesync.domain.shared.Amounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns a series of balances into the {@code points} of an SVG polyline in a {@value #WIDTH} by
 * {@value #HEIGHT} box, for the dashboard's small balance chart, with a band per day for the hover
 * text: no chart library (PrimeFaces' charts need Chart.js and a script per card), nothing but
 * numbers and dates reach the page.
 */
public final class Sparkline {

    public static final int WIDTH = 300;
    public static final int HEIGHT = 60;
    /** Keeps the line off the box's edges so a flat or extreme series stays visible. */
    static final int MARGIN = 4;

    private Sparkline() {
    }

    /** @return the chart of the series, amounts with the currency's {@code decimals} */
    public static BalanceChart chart(BalanceSeries series, int decimals) {
        List<BigDecimal> balances = series.balances();
        double step = balances.size() < 2 ? WIDTH : (double) (WIDTH - 2 * MARGIN) / (balances.size() - 1);
        List<BalanceChart.Day> days = IntStream.range(0, balances.size()).mapToObj(i -> {
            double from = Math.max(0, MARGIN + (i - 0.5) * step);
            double to = Math.min(WIDTH, MARGIN + (i + 0.5) * step);
            return new BalanceChart.Day(coordinate(from), coordinate(to - from), series.dateOf(i),
                    Amounts.format(balances.get(i), decimals));
        }).toList();
        return new BalanceChart(points(balances), days, Amounts.format(series.current(), decimals),
                Amounts.format(series.min(), decimals), Amounts.format(series.max(), decimals));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return "x,y x,y ..." with the highest balance at the top; a flat series is a line in the middle */
    public static String points(List<BigDecimal> balances) {
        if (balances.size() < 2) {
            return "";
        }
        BigDecimal min = balances.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal max = balances.stream().reduce(BigDecimal::max).orElseThrow();
        BigDecimal range = max.subtract(min);
        double step = (double) (WIDTH - 2 * MARGIN) / (balances.size() - 1);
        return IntStream.range(0, balances.size()).mapToObj(i -> {
            double share = range.signum() == 0 ? 0.5
                    : balances.get(i).subtract(min).divide(range, MathContext.DECIMAL64).doubleValue();
            double y = HEIGHT - MARGIN - share * (HEIGHT - 2 * MARGIN);
            return String.format(Locale.ROOT, "%.1f,%.1f", MARGIN + i * step, y);
        }).collect(Collectors.joining(" "));
    }
}
