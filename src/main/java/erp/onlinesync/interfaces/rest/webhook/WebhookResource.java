package erp.onlinesync.interfaces.rest.webhook;

import erp.onlinesync.application.webhook.WebhookService;
import erp.onlinesync.domain.proxy.WebhookCall;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/online-sync/webhook}: the proxy's events, signed like the module's calls to it.
 * Open to anonymous callers in web.xml: the signature is the authentication. 204 on success, 401 for
 * a bad signature, stale timestamp or replay, 404 for an unknown client id.
 */
@Path("v1/online-sync/webhook")
@RequestScoped
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(ProxySignature.CLIENT_ID) String clientId,
            @HeaderParam(ProxySignature.ACCESS_TOKEN) String accessToken,
            @HeaderParam(ProxySignature.TIMESTAMP) String timestamp,
            @HeaderParam(ProxySignature.SIGNATURE) String signature, String rawBody) {
        webhooks.receive(new WebhookCall(clientId, accessToken, timestamp, signature), rawBody);
        return Response.noContent().build();
    }
}
