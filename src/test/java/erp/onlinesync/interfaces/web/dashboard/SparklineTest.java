package erp.onlinesync.interfaces.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's balance line: highest at the top, a flat series in the middle, nothing for one point. */
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
    void oneDayIsNoLine() {
        assertEquals("", Sparkline.points(List.of(BigDecimal.TEN)));
    }
}
