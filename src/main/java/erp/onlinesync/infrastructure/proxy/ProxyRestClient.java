package erp.onlinesync.infrastructure.proxy;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The synchronization proxy's HTTP API (contract {@code proxy-api.md}, sections 3 and 5) as a
 * MicroProfile REST Client, one method per contract path. {@link RestProxyTransport} builds it
 * programmatically on the base URL {@code sync.proxy.url}; each method's path is appended to it.
 * <p>
 * Pitfalls:
 * <ul>
 * <li>The body is a {@code String}: the exact raw text that was signed. Never pass an object a JSON
 * binder would serialize, or the bytes sent would differ from the bytes signed.</li>
 * <li>Every method returns {@link Response}, so that a 429 with its {@code Retry-After}, a 5xx or a
 * body that is not JSON reaches the adapter as it came; the builder disables the default exception
 * mapper that would turn them into exceptions.</li>
 * <li>The unsigned calls carry no {@code X-Sync-*} header at all.</li>
 * </ul>
 */
@Consumes(ProxyRestClient.JSON_UTF8)
@Produces(MediaType.APPLICATION_JSON)
public interface ProxyRestClient {

    /** The request content type the contract prescribes. */
    String JSON_UTF8 = MediaType.APPLICATION_JSON + "; charset=utf-8";

    String INSTITUTIONS = "/proxy/v1/institutions";
    String EXCHANGE_TOKEN = "/proxy/v1/exchange_token";
    String GET_ACCESS_TOKEN = "/proxy/v1/get_access_token";
    String ACCOUNTS = "/proxy/v1/accounts";
    String REFRESH = "/proxy/v1/refresh";
    String TRANSACTIONS = "/proxy/v1/transactions";
    String CONNECTION_STATUS = "/proxy/v1/connection_status";
    String DELETE_USER = "/proxy/v1/delete_user";

    @POST
    @Path(INSTITUTIONS)
    Response institutions(String body);

    @POST
    @Path(EXCHANGE_TOKEN)
    Response exchangeToken(String body);

    @POST
    @Path(GET_ACCESS_TOKEN)
    Response getAccessToken(@BeanParam SignatureHeaders headers, String body);

    @POST
    @Path(ACCOUNTS)
    Response accounts(@BeanParam SignatureHeaders headers, String body);

    @POST
    @Path(REFRESH)
    Response refresh(@BeanParam SignatureHeaders headers, String body);

    @POST
    @Path(TRANSACTIONS)
    Response transactions(@BeanParam SignatureHeaders headers, String body);

    @POST
    @Path(CONNECTION_STATUS)
    Response connectionStatus(@BeanParam SignatureHeaders headers, String body);

    @POST
    @Path(DELETE_USER)
    Response deleteUser(@BeanParam SignatureHeaders headers, String body);
}
