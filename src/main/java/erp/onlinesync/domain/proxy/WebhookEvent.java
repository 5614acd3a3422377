package erp.onlinesync.domain.proxy;

import java.time.LocalDate;

/** What the proxy's webhook tells (contract section 7), read and checked by the proxy adapter. */
public sealed interface WebhookEvent {

    /** The consent now ends on another date. */
    record ConsentExpiringDateUpdated(LocalDate consentExpiringDate) implements WebhookEvent {
    }

    /** New transactions can be fetched: a run starts (an unattended one). */
    record TransactionsAvailable() implements WebhookEvent {
    }

    /** The link met an error on the proxy's side, told as a call's error would be. */
    record ConnectionError(ProxyException error) implements WebhookEvent {
    }
}
