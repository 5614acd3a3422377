package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.domain.journal.StatementLine;
import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.proxy.ProxyAccount;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.infrastructure.proxy.AnswerReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Ponto Connect's JSON:API resources read into the port's values, strictly ({@link AnswerReader}): each
 * resource is {@code {"type", "id", "attributes", "meta"}}; amounts are JSON numbers, dates ISO date-times.
 */
final class PontoResults {

    /** A synchronization still under way: the run waits for it. */
    static final Set<String> UNDER_WAY = Set.of("pending", "running");
    static final String SUCCESS = "success";
    static final String ERROR = "error";
    private static final Set<String> STATUSES = Set.of("pending", "running", SUCCESS, ERROR);
    private static final int CODE_MAX = 100;
    /** Ponto's placeholder for an absent end-to-end id. */
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    private PontoResults() {
    }

    /** The latest synchronization of an account, or of a request for one. */
    record Synchronization(String id, String status, Instant updatedAt, List<String> errorCodes) {
    }

    static List<AnswerReader> data(AnswerReader page) {
        return page.requiredObjects("data");
    }

    static AnswerReader resource(AnswerReader answer) {
        AnswerReader data = answer.optionalObject("data");
        if (data == null) {
            throw answer.malformed("data", "is missing");
        }
        return data;
    }

    static String id(AnswerReader resource) {
        return resource.requiredIdentifier("id", StatementLine.ONLINE_ID_MAX);
    }

    /** @return whether the page's {@code links} name a page after ({@code next}) or before ({@code prev}) it */
    static boolean hasLink(AnswerReader page, String relation) {
        AnswerReader links = page.optionalObject("links");
        return links != null && links.optionalSingleLine(relation) != null;
    }

    static ProxyAccount account(AnswerReader resource) {
        AnswerReader a = attributes(resource);
        String name = a.optionalSingleLine("description", OnlineAccount.NAME_MAX);
        return new ProxyAccount(resource.requiredIdentifier("id", OnlineAccount.ONLINE_IDENTIFIER_MAX),
                name != null ? name : a.optionalSingleLine("holderName", OnlineAccount.NAME_MAX),
                a.optionalSingleLine("reference", OnlineAccount.ACCOUNT_NUMBER_MAX), a.requiredCurrency("currency"),
                a.optionalNumberAmount("currentBalance"), a.optionalNumberAmount("availableBalance"),
                a.optionalSingleLine("subtype"));
    }

    /** @return when the bank's authorization of the account runs out (the 180 days), or null */
    static LocalDate authorizationExpires(AnswerReader account) {
        return attributes(account).optionalTimestampDate("authorizationExpirationExpectedAt");
    }

    /** @return the date of the account's current balance, or null */
    static LocalDate balanceDate(AnswerReader account) {
        LocalDate changed = attributes(account).optionalTimestampDate("currentBalanceChangedAt");
        return changed != null ? changed : synchronizedAt(account) == null ? null
                : synchronizedAt(account).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** @return when the account's data was last synchronized with the bank, or null */
    static Instant synchronizedAt(AnswerReader account) {
        AnswerReader meta = account.optionalObject("meta");
        return meta == null ? null : meta.optionalInstant("synchronizedAt");
    }

    /** @return the account's latest synchronization, or null */
    static Synchronization latestSynchronization(AnswerReader account) {
        AnswerReader meta = account.optionalObject("meta");
        AnswerReader latest = meta == null ? null : meta.optionalObject("latestSynchronization");
        return latest == null ? null : synchronization(latest);
    }

    static Synchronization synchronization(AnswerReader resource) {
        AnswerReader a = attributes(resource);
        List<String> codes = a.optionalObjects("errors").stream().map(e -> e.optionalSingleLine("code", CODE_MAX))
                .filter(c -> c != null).toList();
        return new Synchronization(resource.requiredIdentifier("id", CODE_MAX), a.requiredOneOf("status", STATUSES),
                a.optionalInstant("updatedAt"), codes);
    }

    static ProxyTransaction transaction(AnswerReader resource) {
        AnswerReader a = attributes(resource);
        String remittance = a.optionalFreeText("remittanceInformation", StatementLine.PAYMENT_REF_MAX);
        String endToEnd = a.optionalSingleLine("endToEndId");
        return new ProxyTransaction(id(resource), a.requiredTimestampDate("executionDate"),
                a.optionalTimestampDate("valueDate"),
                remittance != null ? remittance : a.optionalFreeText("description", StatementLine.PAYMENT_REF_MAX),
                a.requiredNumberAmount("amount"), a.optionalCurrency("currency"),
                a.optionalFreeText("counterpartName", StatementLine.PARTNER_MAX),
                a.optionalSingleLine("counterpartReference", StatementLine.PARTNER_MAX), null, null,
                NOT_PROVIDED.equals(endToEnd) ? null : endToEnd, null, null);
    }

    private static AnswerReader attributes(AnswerReader resource) {
        AnswerReader attributes = resource.optionalObject("attributes");
        if (attributes == null) {
            throw resource.malformed("attributes", "is missing");
        }
        return attributes;
    }
}
