package erp.onlinesync.sandbox.link;

import erp.onlinesync.sandbox.bank.Bank;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a sandbox {@code client_id} says, and its text form
 * {@code sbx.<institution id>.<seed hex>.<creation epoch day>.<tag hex>.<mac>}: the link's data follow from
 * institution, seed and creation date, the random tag keeps two links apart even with the same seed, and
 * the MAC (under the {@link SandboxKey}) lets the sandbox trust a client id it has never seen in memory,
 * after a restart.
 */
public record ClientId(Bank bank, long seed, LocalDate created, int tag) {

    private static final String PREFIX = "sbx";
    private static final String CONTEXT = "client";
    private static final int MAC_BYTES = 8;
    private static final int FIELDS = 5;

    public String encode(SandboxKey key) {
        return key.seal(CONTEXT, MAC_BYTES, PREFIX, bank.id(), Long.toHexString(seed),
                Long.toString(created.toEpochDay()), Integer.toHexString(tag));
    }

    /** @return the client id's content, or empty when it is not one this key made */
    public static Optional<ClientId> decode(String text, SandboxKey key) {
        return key.unseal(CONTEXT, MAC_BYTES, text)
                .filter(fields -> fields.length == FIELDS && PREFIX.equals(fields[0]))
                .flatMap(fields -> Bank.byId(fields[1]).map(bank -> new ClientId(bank,
                        Long.parseUnsignedLong(fields[2], 16), LocalDate.ofEpochDay(Long.parseLong(fields[3])),
                        Integer.parseUnsignedInt(fields[4], 16))));
    }
}
