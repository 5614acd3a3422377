package erp.onlinesync.sandbox.control;

import erp.onlinesync.sandbox.Sandbox;
import erp.onlinesync.sandbox.proxy.WireJson;
import erp.onlinesync.sandbox.proxy.WireReply;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.function.Supplier;

/**
 * The sandbox's control API for tests and demos, JSON, unsigned, served only while the sandbox is on, to a
 * sync-admin (web.xml: anyone who knows a client id could otherwise force its errors or revoke it).
 * {@code {client_id}} is a sandbox link's client id; bodies are optional where every field has a default.
 * <table>
 * <caption>Control calls</caption>
 * <tr><th>call</th><th>body</th><th>effect</th></tr>
 * <tr><td>{@code GET control/links/{client_id}?identifiers=true}</td><td></td><td>the link's state and, per chosen
 * account: opening balance, balance, available balance, {@code posted_count}, {@code posted_identifiers}
 * (oldest first; {@code identifiers=false} leaves them out) and {@code pending_identifiers}; the balance is the
 * opening balance plus every posted transaction</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/advance}</td><td>{@code {"days": n}}</td><td>moves the link's
 * today forward: new transactions post, pending ones post under new identifiers, the consent may run out</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/expire-access-token}</td><td></td><td>next signed call gets 101</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/revoke-consent}</td><td></td><td>every signed call but
 * {@code delete_user} gets 102 until a {@code reconnect} (or another renewing) exchange</td></tr>
 * <tr><td>{@code DELETE control/links/{client_id}}</td><td></td><td>forgets the link: 104 from then on</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/currently-fetching}</td><td>{@code {"calls": n}} (default 1)</td>
 * <td>the next n {@code refresh} calls answer {@code currently_fetching: true}</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/reset-quota}</td><td></td><td>Quota Bank's counter back to 0</td></tr>
 * <tr><td>{@code POST control/links/{client_id}/fail}</td><td>{@code {"code": 200, "calls": n}} (calls default 1)</td>
 * <td>the next n signed calls answer that error code (202 with {@code retry_after} in an hour, 300 with mode
 * {@code reconnect})</td></tr>
 * <tr><td>{@code GET control/settings}, {@code POST control/settings}</td><td>{@code {"first_refresh_fetching": true}}</td>
 * <td>links created afterwards answer {@code currently_fetching: true} to each account's first refresh</td></tr>
 * </table>
 * Operations answer the link's summary; errors answer {@code {"error": "..."}} with 400 or 404.
 */
@Path("control")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    @Inject
    Sandbox sandbox;

    @GET
    @Path("links/{clientId}")
    public Response report(@PathParam("clientId") String clientId,
            @QueryParam("identifiers") @DefaultValue("true") boolean identifiers) {
        return guarded(() -> {
            StreamingOutput body = control().report(clientId, identifiers)::accept;
            return Response.ok(body, WireReply.JSON_TYPE).build();
        });
    }

    @POST
    @Path("links/{clientId}/{operation}")
    @Consumes(MediaType.WILDCARD)
    public Response operate(@PathParam("clientId") String clientId, @PathParam("operation") String operation,
            String body) {
        return guarded(() -> json(control().operate(clientId, operation, body)));
    }

    @DELETE
    @Path("links/{clientId}")
    public Response delete(@PathParam("clientId") String clientId) {
        return guarded(() -> json(control().delete(clientId)));
    }

    @GET
    @Path("settings")
    public Response settings() {
        return json(control().settings());
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.WILDCARD)
    public Response updateSettings(String body) {
        return guarded(() -> json(control().updateSettings(body)));
    }

    private LinkControl control() {
        return new LinkControl(sandbox.links(), sandbox.clock());
    }

    /** @return the action's response, or the JSON error of a {@link ControlException} it throws */
    private static Response guarded(Supplier<Response> action) {
        try {
            return action.get();
        } catch (ControlException e) {
            JsonObject error = WireJson.JSON.createObjectBuilder().add("error", e.getMessage()).build();
            return Response.status(e.status()).type(WireReply.JSON_TYPE).entity(WireJson.write(error)).build();
        }
    }

    private static Response json(JsonObject body) {
        return Response.ok(WireJson.write(body), WireReply.JSON_TYPE).build();
    }
}
