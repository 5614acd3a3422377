package erp.onlinesync.sandbox.ponto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One MyPonto integration of the fake: its client secret (fixed at the first token asked for: any Client ID
 * works, and keeps the secret it was first used with), its tokens, accounts and the switches tests turn.
 */
final class FakeIntegration {

    final String clientId;
    /** Null after a reconnect in MyPonto: the next secret used is the new one. */
    String secret;
    final Set<String> tokens = new HashSet<>();
    final List<FakeAccount> accounts = new ArrayList<>();
    boolean revoked;
    boolean unpaid;
    boolean authorizationExpired;
    long rateLimitSeconds;
    int tokensIssued;
    int synchronizationsRequested;

    FakeIntegration(String clientId, String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    /** An account of the fake: transactions newest first, as Ponto lists them. */
    static final class FakeAccount {
        final String id;
        final String iban;
        final String description;
        final List<FakeTransaction> transactions = new ArrayList<>();
        final List<FakeTransaction> pending = new ArrayList<>();
        Instant synchronizedAt;
        FakeSynchronization latest;
        int nextSequence = 1;

        FakeAccount(String id, String iban, String description) {
            this.id = id;
            this.iban = iban;
            this.description = description;
        }

        BigDecimal balance() {
            return transactions.stream().map(FakeTransaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record FakeTransaction(String id, Instant executionDate, BigDecimal amount, String remittance, String counterpart) {
    }

    /** A synchronization: pending when requested, done at the first look after it. */
    static final class FakeSynchronization {
        final String id;
        final String accountId;
        String status;
        String errorCode;
        Instant updatedAt;

        FakeSynchronization(String id, String accountId, String status, Instant updatedAt) {
            this.id = id;
            this.accountId = accountId;
            this.status = status;
            this.updatedAt = updatedAt;
        }
    }
}
