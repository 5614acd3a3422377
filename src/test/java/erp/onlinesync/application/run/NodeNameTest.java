package erp.onlinesync.application.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void twoNodesWithoutASettingGetDistinctNamesThatFitTheClaimColumn() {
        String a = new NodeName(Optional.empty()).name();
        String b = new NodeName(Optional.empty()).name();
        assertNotEquals(a, b);
        assertTrue(a.matches(".+-[0-9a-f]{6}"), a);
        assertTrue(a.length() <= 100);
    }

    @Test
    void aConfiguredNameIsKept() {
        assertEquals("node-1", new NodeName(Optional.of("node-1")).name());
        assertTrue(new NodeName(Optional.of(" ")).name().matches(".+-[0-9a-f]{6}"), "a blank setting is no name");
    }
}
