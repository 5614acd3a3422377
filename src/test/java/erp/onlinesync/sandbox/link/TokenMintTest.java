package erp.onlinesync.sandbox.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import erp.onlinesync.sandbox.bank.Bank;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMintTest {

    private final SandboxKey key = SandboxKey.of(new byte[] {1, 2, 3, 4});
    private final SandboxKey otherKey = SandboxKey.of(new byte[] {4, 3, 2, 1});
    private final Grant grant = new Grant(-5, 0b101, LocalDate.of(2026, 9, 1), true);

    @Test
    void accessTokensCarryTheirGrantAndSerialUnderTheKey() {
        TokenMint mint = new TokenMint(key);
        String token = mint.accessToken("client-a", grant, 7).reveal();
        assertEquals(new TokenMint.AccessClaims(grant, 7), mint.read("client-a", token).orElseThrow());
        assertTrue(mint.read("client-b", token).isEmpty(), "bound to its client id");
        assertTrue(new TokenMint(otherKey).read("client-a", token).isEmpty(), "bound to the key");
        assertTrue(mint.read("client-a", token.replace(".7.", ".8.")).isEmpty(), "tampered");
        assertTrue(mint.read("client-a", "garbage").isEmpty());
        assertTrue(mint.read("client-a", null).isEmpty());
    }

    @Test
    void clientIdsVerifyUnderTheirKeyOnly() {
        ClientId id = new ClientId(Bank.QUOTA, 0xfeedL, LocalDate.of(2026, 1, 2), 77);
        String text = id.encode(key);
        assertEquals(id, ClientId.decode(text, key).orElseThrow());
        assertTrue(ClientId.decode(text, otherKey).isEmpty());
        assertTrue(ClientId.decode(text.replace("quota_bank", "big_bank"), key).isEmpty());
    }

    @Test
    void theKeyFileIsCreatedOnceAndReadBack(@TempDir Path dir) {
        SandboxKey created = SandboxKey.loadOrCreate(dir.resolve("data"));
        SandboxKey read = SandboxKey.loadOrCreate(dir.resolve("data"));
        assertEquals(created.seal("c", 8, "x"), read.seal("c", 8, "x"));
    }
}
