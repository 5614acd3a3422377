package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.bank.Seeds;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Flaky Bank's misbehaviour, drawn for each signed call from the link's seed and the call's number, so
 * call number {@code n} of a link always does the same thing (a test can replay a run).
 * <p>
 * Per mille of calls: {@value #SERVER_ERRORS} answer HTTP 500/502/503, {@value #TOO_MANY} answer 429 with
 * {@code Retry-After: 1}, {@value #MALFORMED} answer 200 with an HTML body, {@value #SLOW} answer normally
 * but only after {@code sync.sandbox.slow-seconds}: 15 % in all, so a call still fails after three retries
 * about once in 2000. Transaction pages come in shuffled date order, and {@value #RESEND_PERCENT} % of the
 * pages after the first start {@value #RESEND_COUNT} transactions early, resending part of the previous page.
 */
final class Flakiness {

    private static final long FAULT_STREAM = 0x666cL;
    private static final long PAGE_STREAM = 0x7067L;
    private static final int PER_MILLE = 1000;
    private static final int SERVER_ERRORS = 50;
    private static final int TOO_MANY = 40;
    private static final int MALFORMED = 30;
    private static final int SLOW = 30;
    private static final int[] SERVER_STATUSES = {500, 502, 503};
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int RETRY_AFTER_SECONDS = 1;
    private static final int OK = 200;
    private static final String HTML = "text/html;charset=utf-8";
    private static final int PERCENT = 100;
    private static final int RESEND_PERCENT = 30;
    private static final int RESEND_COUNT = 20;

    /**
     * What Flaky Bank does to one call.
     *
     * @param failure the answer that replaces the call's, or null when the call is answered
     * @param slow    whether the answer waits
     */
    record Outcome(WireReply failure, boolean slow) {
        static final Outcome NORMAL = new Outcome(null, false);
    }

    private Flakiness() {
    }

    static Outcome outcome(long seed, long callNumber) {
        SplittableRandom random = Seeds.random(seed, FAULT_STREAM, callNumber);
        int roll = random.nextInt(PER_MILLE);
        if (roll < SERVER_ERRORS) {
            int status = SERVER_STATUSES[random.nextInt(SERVER_STATUSES.length)];
            return failing(WireReply.transport(status, HTML, "<html><body>Upstream error " + status + "</body></html>", null));
        }
        if (roll < SERVER_ERRORS + TOO_MANY) {
            return failing(WireReply.transport(TOO_MANY_REQUESTS, WireReply.JSON_TYPE, "{\"detail\":\"Too many requests\"}",
                    RETRY_AFTER_SECONDS));
        }
        if (roll < SERVER_ERRORS + TOO_MANY + MALFORMED) {
            return failing(WireReply.transport(OK, HTML, "<html><body>Maintenance page</body></html>", null));
        }
        return roll < SERVER_ERRORS + TOO_MANY + MALFORMED + SLOW ? new Outcome(null, true) : Outcome.NORMAL;
    }

    /** @return how the transactions page of this call is served */
    static TransactionPager.Shape pageShape(long seed, long callNumber) {
        SplittableRandom random = Seeds.random(seed, PAGE_STREAM, callNumber);
        int resend = random.nextInt(PERCENT) < RESEND_PERCENT ? RESEND_COUNT : 0;
        return new TransactionPager.Shape(resend, OptionalLong.of(random.nextLong()));
    }

    private static Outcome failing(WireReply reply) {
        return new Outcome(reply, false);
    }
}
