package erp.onlinesync.sandbox.proxy;

import erp.onlinesync.sandbox.Sandbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;

/**
 * {@code POST {sandbox}/proxy/v1/<name>}: hands the call to {@link SandboxProxy} and turns its
 * {@link WireReply} into HTTP. The body is taken as a String, exactly as sent, because the signature
 * covers those bytes; any content type is accepted, the contract's check is the signature.
 * A slow answer (Flaky Bank) holds the request thread for its delay, which is short by configuration.
 */
@Path("proxy/v1")
@RequestScoped
public class ProxyResource {

    @Inject
    Sandbox sandbox;

    @POST
    @Path("{name}")
    @Consumes(MediaType.WILDCARD)
    public Response call(@PathParam("name") String name, @Context HttpHeaders headers, @Context UriInfo uri,
            String body) {
        WireReply reply = sandbox.proxy().handle(name, SignedHeaders.from(headers::getHeaderString),
                body == null ? "" : body, uri.getBaseUri());
        pause(reply.delay());
        Response.ResponseBuilder response = Response.status(reply.status()).type(reply.contentType()).entity(reply.body());
        if (reply.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, reply.retryAfterSeconds());
        }
        return response.build();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
