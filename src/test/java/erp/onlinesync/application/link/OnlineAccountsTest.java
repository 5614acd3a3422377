package erp.onlinesync.application.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chatter message of an account list refresh. */
class OnlineAccountsTest {

    @Test
    void namesTheNewAccountsOrSaysThereIsNone() {
        assertEquals("Account list refreshed by admin: 2 new, not mapped to a journal yet: Savings (BE68), Dollars",
                OnlineAccounts.accountListMessage("admin", List.of("Savings (BE68)", "Dollars")));
        assertEquals("Account list refreshed by admin: no new account", OnlineAccounts.accountListMessage("admin", List.of()));
    }
}
