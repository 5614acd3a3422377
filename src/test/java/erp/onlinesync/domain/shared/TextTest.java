package erp.onlinesync.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void freeTextKeepsTabAndLineFeedAndDropsOtherControlCharacters() {
        assertEquals("Invoice 42\n\tpaid", Text.freeText("Invoice\u0000 42\r\n\tpaid\u0007\u009b", 100));
    }

    @Test
    void singleLineDropsEveryControlCharacter() {
        assertEquals("BE71 0961", Text.singleLine("BE71\u0000 0961\n\t\u007f", 100));
    }

    @Test
    void cutsToTheColumnAfterCleaning() {
        assertEquals("ab", Text.singleLine("a\u0000bc", 2));
        assertEquals(300, Text.freeText("x".repeat(5000), 300).length());
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00";
        assertEquals("ab", Text.cut(text, 3));
        assertEquals(text, Text.cut(text, 4));
    }

    @Test
    void leavesCleanTextAndNullAlone() {
        String clean = "Café Zürich 日本";
        assertSame(clean, Text.freeText(clean, 100));
        assertNull(Text.freeText(null, 10));
        assertNull(Text.singleLine(null, 10));
        assertNull(Text.singleLine(null));
    }

    @Test
    void tellsWhetherATextHoldsAControlCharacter() {
        assertTrue(Text.hasControl("tx\u00001"));
        assertTrue(Text.hasControl("tx\n1"));
        assertFalse(Text.hasControl("tx-1 é"));
        assertFalse(Text.hasControl(null));
    }
}
