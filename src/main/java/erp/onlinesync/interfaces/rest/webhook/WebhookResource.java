package erp.onlinesync.interfaces.rest.webhook;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.webhook.WebhookService;
import erp.onlinesync.domain.proxy.WebhookCall;
import erp.onlinesync.infrastructure.proxy.ProxySignature;
import erp.onlinesync.interfaces.rest.ApiApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/online-sync/webhook}: the proxy's events, signed like the module's calls to it.
 * Open to anonymous callers in web.xml: the signature is the authentication. 204 on success, 401 for
 * a bad signature, stale timestamp, replay or unknown client id, 413 for a body over
 * {@value #MAX_BODY_BYTES} bytes: the body is read up to that cap and never parsed beyond it, so an
 * anonymous caller cannot make the module buffer or parse a huge document.
 */
@Path("v1/online-sync/webhook")
@RequestScoped
@Tag(name = "Webhook")
public class WebhookResource {

    /** Far above the contract's events, which are a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveWebhook", summary = "Receive a proxy event",
            description = "Signed by the proxy like the module's calls to it; no user role.")
    @SecurityRequirement(name = ApiApplication.PROXY_SIGNATURE)
    @APIResponse(responseCode = "204", description = "Received")
    @APIResponse(responseCode = "401", ref = ApiApplication.UNAUTHORIZED)
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB (too-large)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response receive(@HeaderParam(ProxySignature.CLIENT_ID) String clientId,
            @HeaderParam(ProxySignature.ACCESS_TOKEN) String accessToken,
            @HeaderParam(ProxySignature.TIMESTAMP) String timestamp,
            @HeaderParam(ProxySignature.SIGNATURE) String signature, InputStream body) throws IOException {
        byte[] raw = body.readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            throw new BadRequestException("too-large", "The body is over " + MAX_BODY_BYTES + " bytes");
        }
        webhooks.receive(new WebhookCall(clientId, accessToken, timestamp, signature), new String(raw, StandardCharsets.UTF_8));
        return Response.noContent().build();
    }
}
