package erp.onlinesync.infrastructure.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import erp.onlinesync.domain.proxy.ConnectMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hosted connect page's address (contract section 4). */
class OdoofinProxyAdapterConnectUrlTest {

    private static final URI RETURN_URL = URI.create("https://erp.example.test/onlinesync/connect-return?x=1&y=a%20b");

    private final OdoofinProxyAdapter adapter = new ProxyFixtures().adapter;

    @Test
    void buildsANewLinkAddressWithoutClientId() {
        URI url = adapter.connectUrl(ConnectMode.LINK, "Sandbox Bank/BE", null, URI.create("https://erp.test/r"),
                "st+ate=1&2", "fr_BE");

        assertEquals("https://proxy.example.test/odoofin/connect?mode=link&institution_id=Sandbox%20Bank%2FBE"
                + "&return_url=https%3A%2F%2Ferp.test%2Fr&state=st%2Bate%3D1%262&lang=fr_BE", url.toString());
    }

    @Test
    void namesTheLinkToRenewAndEncodesTheReturnUrlAsOneValue() {
        URI url = adapter.connectUrl(ConnectMode.RECONNECT, "i-1", "client 42", RETURN_URL, "s1", null);

        assertEquals("https://proxy.example.test/odoofin/connect?mode=reconnect&institution_id=i-1"
                + "&client_id=client%2042&return_url=https%3A%2F%2Ferp.example.test%2Fonlinesync%2Fconnect-return"
                + "%3Fx%3D1%26y%3Da%2520b&state=s1&lang=en_US", url.toString());
        assertEquals(RETURN_URL.toString(), URLDecoder.decode(
                url.getRawQuery().split("&")[3].substring("return_url=".length()), StandardCharsets.UTF_8));
    }

    @Test
    void refusesToRenewALinkWithoutItsClientId() {
        assertThrows(IllegalArgumentException.class,
                () -> adapter.connectUrl(ConnectMode.UPDATE_CREDENTIALS, "i-1", null, RETURN_URL, "s1", "en_US"));
    }
}
