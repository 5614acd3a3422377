package erp.onlinesync.interfaces.rest.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.link.AccountRefresh;
import erp.onlinesync.application.link.LinkDisconnection;
import erp.onlinesync.application.link.LinkQueries;
import erp.onlinesync.application.link.LinkSettings;
import erp.onlinesync.application.link.LinkSettingsChange;
import erp.onlinesync.application.link.LinkView;
import erp.onlinesync.application.link.Slice;
import erp.onlinesync.domain.journal.StatementPeriodicity;
import erp.onlinesync.domain.link.RenewalContact;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.rest.ApiApplication;
import erp.onlinesync.interfaces.rest.JsonBody;
import erp.onlinesync.interfaces.rest.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/online-links}: the links (by page) and their accounts, their settings, disconnection and account list. */
@Path("v1/online-links")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Links")
public class OnlineLinkResource {

    @Inject
    LinkQueries links;

    @Inject
    LinkSettings settings;

    @Inject
    LinkDisconnection disconnection;

    @Inject
    AccountRefresh accountRefresh;

    @Context
    SecurityContext security;

    /** Paged by name then id: {@code ?page=} from 0 and {@code ?limit=}; parameters arrive as text, see {@link QueryParams}. */
    @GET
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "listLinks", summary = "List the links",
            description = "By name then id, by page. Role: accountant.")
    @APIResponse(responseCode = "200", description = "The links of the page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LinkView.class)))
    public List<LinkView> list(
            @Parameter(description = "From 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Links per page, 100 unless given",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("limit") String limit) {
        return links.list(Slice.page(QueryParams.integer("page", page), QueryParams.integer("limit", limit)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ACCOUNTANT_NAME)
    @Operation(operationId = "getLink", summary = "Get a link with its accounts", description = "Role: accountant.")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LinkView")))
    public LinkView get(@PathParam("id") long id) {
        return links.get(id);
    }

    /**
     * The body is {@code {"auto_sync": bool, "statement_periodicity": "day|week|month|none", "renewal_contact":
     * "mail address or user name"}}, each optional.
     */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "updateLink", summary = "Change a link's settings", description = "Each change is tracked in"
            + " the link's chatter. Role: sync-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LinkSettingsBody.class)))
    @APIResponse(responseCode = "200", description = "The updated link")
    public LinkView update(@PathParam("id") long id, String body) {
        return settings.update(id, settingsChange(body), security.getUserPrincipal().getName());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "disconnectLink", summary = "Disconnect a link", description = "Revokes it on the proxy and"
            + " keeps its history and imported lines; its state becomes disconnected. Role: sync-admin.")
    @APIResponse(responseCode = "200", description = "The disconnected link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public LinkView disconnect(@PathParam("id") long id) {
        return disconnection.disconnect(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("{id}/accounts/refresh")
    @RolesAllowed(Role.SYNC_ADMIN_NAME)
    @Operation(operationId = "refreshLinkAccounts", summary = "Fetch a link's account list again",
            description = "New accounts appear unmapped. Role: sync-admin.")
    @APIResponse(responseCode = "200", description = "The link with its accounts")
    @APIResponse(responseCode = "409", ref = ApiApplication.CONFLICT)
    @APIResponse(responseCode = "502", ref = ApiApplication.PROXY_FAILED)
    public LinkView refreshAccounts(@PathParam("id") long id) {
        return accountRefresh.refresh(id, security.getUserPrincipal().getName());
    }

    /** @throws BadRequestException {@code invalid-field} for an unknown field or a value of the wrong type */
    static LinkSettingsChange settingsChange(String text) {
        JsonBody body = JsonBody.parse(text, LinkSettingsBody.class);
        StatementPeriodicity periodicity = body.string(LinkSettingsChange.STATEMENT_PERIODICITY)
                .map(value -> valid(() -> StatementPeriodicity.fromApi(value))).orElse(null);
        RenewalContact contact = body.string(LinkSettingsChange.RENEWAL_CONTACT)
                .map(value -> valid(() -> new RenewalContact(value))).orElse(null);
        return new LinkSettingsChange(body.bool(LinkSettingsChange.AUTO_SYNC).orElse(null), periodicity, contact);
    }

    /** @throws BadRequestException {@code invalid-field} with the value's own message when it is refused */
    private static <T> T valid(Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("invalid-field", e.getMessage());
        }
    }
}
