package erp.onlinesync.sandbox.connect;

import erp.onlinesync.sandbox.Sandbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code GET|POST {sandbox}/connect}: the hosted connect page; see {@link ConnectFlow} for the parameters
 * and the form fields. Pages are sent with a strict content security policy (no script at all), no
 * caching and no referrer, since their URLs carry the module's {@code state}.
 */
@Path("connect")
@RequestScoped
public class ConnectResource {

    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'";

    @Inject
    Sandbox sandbox;

    @Context
    UriInfo uri;

    @GET
    public Response show() {
        return respond(flow().show(uri.getQueryParameters()::getFirst));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        return respond(flow().submit(form::getFirst, form.getOrDefault(ConnectFlow.ACCOUNT, List.of())));
    }

    /** The page belongs to the sandbox of this WAR: its module's callback is next to it, on the host asked. */
    private ConnectFlow flow() {
        return new ConnectFlow(sandbox.links(), sandbox.exchanges(), uri.getBaseUri().resolve(ConnectFlow.MODULE_CALLBACK));
    }

    private static Response respond(ConnectFlow.Outcome outcome) {
        if (outcome.redirect() != null) {
            return Response.seeOther(outcome.redirect()).header("Referrer-Policy", "no-referrer").build();
        }
        return Response.status(outcome.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(outcome.html())
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }
}
