package erp.onlinesync.sandbox.ponto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code {sandbox}/ponto/...}: the fake Ponto Connect ({@link PontoConnectFake}) over HTTP, the module's
 * {@code sync.ponto.url} by default, and its control API {@code POST ponto-control/{clientId}/{operation}?amount=}
 * for tests and demos. One fake per server, in memory: a restart forgets its integrations.
 */
@Path("")
@ApplicationScoped
public class PontoConnectResource {

    private static final String JSON_API = "application/vnd.api+json";

    private final PontoConnectFake fake = new PontoConnectFake(Clock.systemUTC());

    @GET
    @Path("ponto/{path: .+}")
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(fake.handle("GET", "/" + path, query(uri), headers.getHeaderString(HttpHeaders.AUTHORIZATION), null));
    }

    @POST
    @Path("ponto/{path: .+}")
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, String body) {
        return answer(fake.handle("POST", "/" + path, query(uri), headers.getHeaderString(HttpHeaders.AUTHORIZATION), body));
    }

    @POST
    @Path("ponto-control/{clientId}/{operation}")
    public Response control(@PathParam("clientId") String clientId, @PathParam("operation") String operation,
            @QueryParam("amount") long amount) {
        try {
            return fake.control(clientId, operation, amount).map(report -> Response.ok(report.toString(), "application/json").build())
                    .orElse(Response.status(Response.Status.NOT_FOUND).build());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).type("text/plain").build();
        }
    }

    private static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, values.get(0)));
        return query;
    }

    private static Response answer(PontoConnectFake.Reply reply) {
        Response.ResponseBuilder answer = Response.status(reply.status()).entity(reply.body())
                .type(reply.body().startsWith("{\"error\"") || reply.body().contains("access_token") ? "application/json" : JSON_API);
        if (reply.retryAfter() != null) {
            answer.header("Retry-After", reply.retryAfter());
        }
        return answer.build();
    }
}
