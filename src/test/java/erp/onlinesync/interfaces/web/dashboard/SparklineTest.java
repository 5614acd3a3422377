package erp.onlinesync.interfaces.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import erp.onlinesync.application.journal.BalanceSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's balance line: highest at the top, a flat series in the middle, nothing for one point; its scale and hover bands. */
class SparklineTest {

    @Test
    void risingBalancesGoUp() {
        assertEquals("4.0,56.0 150.0,30.0 296.0,4.0",
                Sparkline.points(List.of(new BigDecimal("-10"), new BigDecimal("0"), new BigDecimal("10"))));
    }

    @Test
    void aFlatSeriesIsDrawnInTheMiddle() {
        assertEquals("4.0,30.0 296.0,30.0", Sparkline.points(List.of(BigDecimal.ONE, BigDecimal.ONE)));
    }

    @Test
    void theChartHasTodaysLowestAndHighestBalanceAndABandPerDay() {
        BalanceChart chart = Sparkline.chart(new BalanceSeries(LocalDate.of(2026, 12, 1),
                List.of(new BigDecimal("5"), new BigDecimal("-2.5"), new BigDecimal("12"))), 2);
        assertEquals("12.00", chart.current());
        assertEquals("-2.50", chart.min());
        assertEquals("12.00", chart.max());
        assertEquals(List.of(new BalanceChart.Day("0.0", "77.0", LocalDate.of(2026, 12, 1), "5.00"),
                new BalanceChart.Day("77.0", "146.0", LocalDate.of(2026, 12, 2), "-2.50"),
                new BalanceChart.Day("223.0", "77.0", LocalDate.of(2026, 12, 3), "12.00")), chart.days(),
                "the bands cover the box, each around its day's point");
    }

    @Test
    void oneDayIsNoLine() {
        assertEquals("", Sparkline.points(List.of(BigDecimal.TEN)));
    }
}
