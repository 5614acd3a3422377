package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.application.BadRequestException;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void theLimitDefaultsTo100AndIsBoundedBy1000() {
        assertEquals(Slice.DEFAULT_LIMIT, Slice.after(null, null).limit());
        assertEquals(100, Slice.DEFAULT_LIMIT);
        assertEquals(1000, Slice.before(null, 1000).limit());
        assertEquals(1, Slice.page(null, 1).limit());
        for (int bad : new int[] {0, -1, 1001, Integer.MAX_VALUE}) {
            assertInvalid(() -> Slice.after(null, bad), "limit");
            assertInvalid(() -> Slice.before(null, bad), "limit");
            assertInvalid(() -> Slice.page(null, bad), "limit");
        }
    }

    @Test
    void afterStartsFromTheOldestAndRefusesANegativeId() {
        assertEquals(0, Slice.after(null, null).cursor());
        assertEquals(0, Slice.after(0L, null).cursor());
        assertEquals(42, Slice.after(42L, 10).cursor());
        assertInvalid(() -> Slice.after(-1L, null), "after");
    }

    @Test
    void beforeStartsFromTheNewestAndNeedsARealId() {
        assertEquals(Long.MAX_VALUE, Slice.before(null, null).cursor());
        assertEquals(42, Slice.before(42L, null).cursor());
        assertInvalid(() -> Slice.before(0L, null), "before");
        assertInvalid(() -> Slice.before(-5L, null), "before");
    }

    @Test
    void aPageSkipsWholePagesOfTheLimit() {
        assertEquals(0, Slice.page(null, null).skipped());
        assertEquals(0, Slice.page(0, 10).skipped());
        assertEquals(30, Slice.page(3, 10).skipped());
        assertInvalid(() -> Slice.page(-1, 10), "page");
        assertInvalid(() -> Slice.page(Integer.MAX_VALUE, 1000), "page");
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable call, String named) {
        BadRequestException e = assertThrows(BadRequestException.class, call);
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
