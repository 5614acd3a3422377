package erp.onlinesync.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import org.junit.jupiter.api.Test;

/** Contract section 6, code by code. */
class ErrorEffectTest {

    private static ErrorEffect effectOf(int code, String mode) {
        return ErrorEffect.of(new ProxyException(ProxyFailure.ofCode(code), code, "m", "user message", "REF-1", mode, null));
    }

    @Test
    void badSignatureFailsTheRunAndPutsTheLinkInError() {
        ErrorEffect e = effectOf(100, null);
        assertEquals(RunState.FAILED, e.runState());
        assertEquals(LinkState.ERROR, e.linkState());
    }

    @Test
    void revokedConsentAndDeletedLinkDisconnectAndAskToReconnect() {
        for (int code : new int[] {102, 104}) {
            ErrorEffect e = effectOf(code, null);
            assertEquals(RunState.FAILED, e.runState());
            assertEquals(LinkState.DISCONNECTED, e.linkState());
            assertEquals(NextAction.RECONNECT, e.nextAction());
        }
    }

    @Test
    void providerDownIsAnErrorRetriedAtTheNextRun() {
        ErrorEffect e = effectOf(200, null);
        assertEquals(RunState.FAILED, e.runState());
        assertEquals(LinkState.ERROR, e.linkState());
        assertTrue(e.advice().contains("next scheduled run"));
    }

    @Test
    void unattendedForbiddenSwitchesAutoSyncOffAndKeepsTheState() {
        ErrorEffect e = effectOf(201, null);
        assertTrue(e.autoSyncOff());
        assertNull(e.linkState());
        assertEquals(RunState.DONE, e.runState());
    }

    @Test
    void quotaPausesTheRunAndKeepsTheState() {
        ErrorEffect e = effectOf(202, null);
        assertEquals(RunState.WAITING, e.runState());
        assertNull(e.linkState());
        assertFalse(e.autoSyncOff());
    }

    @Test
    void userActionOffersTheButtonTheProxyAsksFor() {
        assertEquals(NextAction.UPDATE_CREDENTIALS, effectOf(300, "updateCredentials").nextAction());
        assertEquals(NextAction.RECONNECT, effectOf(300, "reconnect").nextAction());
        assertEquals(LinkState.ERROR, effectOf(300, "reconnect").linkState());
    }

    @Test
    void transportFaultsAndMalformedAnswersFailTheRunWithTheLinkInError() {
        for (ProxyFailure f : new ProxyFailure[] {ProxyFailure.TRANSPORT, ProxyFailure.MALFORMED_ANSWER}) {
            ErrorEffect e = ErrorEffect.of(ProxyException.of(f, "x"));
            assertEquals(RunState.FAILED, e.runState());
            assertEquals(LinkState.ERROR, e.linkState());
        }
        assertEquals(ProxyFailure.UNKNOWN_CODE, ProxyFailure.ofCode(999));
        assertEquals(RunState.FAILED, effectOf(400, null).runState());
        assertNull(effectOf(400, null).linkState(), "a module bug does not blame the bank");
    }
}
