package erp.onlinesync.interfaces.rest;

import erp.onlinesync.interfaces.rest.account.OnlineAccountResource;
import erp.onlinesync.interfaces.rest.admin.ConsentRemindersResource;
import erp.onlinesync.interfaces.rest.admin.NeutralizeResource;
import erp.onlinesync.interfaces.rest.chatter.JournalMessagesResource;
import erp.onlinesync.interfaces.rest.chatter.LinkMessagesResource;
import erp.onlinesync.interfaces.rest.chatter.ModuleMessagesResource;
import erp.onlinesync.interfaces.rest.company.CompaniesResource;
import erp.onlinesync.interfaces.rest.institution.InstitutionResource;
import erp.onlinesync.interfaces.rest.journal.JournalImportResource;
import erp.onlinesync.interfaces.rest.journal.JournalResource;
import erp.onlinesync.interfaces.rest.link.ConnectResource;
import erp.onlinesync.interfaces.rest.link.PontoLinkResource;
import erp.onlinesync.interfaces.rest.link.OnlineLinkResource;
import erp.onlinesync.interfaces.rest.run.FetchResource;
import erp.onlinesync.interfaces.rest.run.LinkRunsResource;
import erp.onlinesync.interfaces.rest.run.RunResource;
import erp.onlinesync.interfaces.rest.user.MyPasswordResource;
import erp.onlinesync.interfaces.rest.user.UserResource;
import erp.onlinesync.interfaces.rest.webhook.WebhookResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The module's JSON API, under {@code {context}/api/v1}; see {@code rest-api.md}.
 * <p>
 * It lists its resources and providers: an application that lists none serves every {@code @Path} class of
 * the WAR, and the WAR also holds the sandbox proxy's application ({@code erp.onlinesync.sandbox}), whose
 * resources must not appear under {@code /api}. A new API resource or provider must be added here.
 * <p>
 * The OpenAPI document served at {@code /openapi} starts here: either of the two ways to sign in for
 * every operation. The security schemes, the one {@link ApiError} schema and the error answers that the
 * resources name ({@code @APIResponse(responseCode = "404", ref = ApiApplication.NOT_FOUND)}) are written in
 * {@code META-INF/openapi.yaml}: Payara inlines an empty object for an {@code @Schema(implementation = ...)} in
 * {@code @Components}. The sandbox's resources are kept out in {@code microprofile-config.properties}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Online Synchronization API", version = "1", description = "The module's JSON API: see"
                + " rest-api.md. Sign in with HTTP Basic or the login session; each operation names the role it needs. Each call"
                + " acts in the company its header X-Company names (GET /companies lists the user's), else in the one picked in"
                + " the pages of the same session, else in the user's first; another company's objects are answered like unknown"
                + " ids, and a company not granted gets 403 company-not-granted."),
        securitySets = {@SecurityRequirementsSet(@SecurityRequirement(name = ApiApplication.BASIC)),
            @SecurityRequirementsSet(@SecurityRequirement(name = ApiApplication.SESSION))})
public class ApiApplication extends Application {

    /** Names of the security schemes and of the shared error answers in {@code META-INF/openapi.yaml}. */
    public static final String BASIC = "basic";
    public static final String SESSION = "session";
    public static final String PROXY_SIGNATURE = "proxySignature";
    public static final String INVALID = "Invalid";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PROXY_FAILED = "ProxyFailed";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JournalResource.class, OnlineLinkResource.class, UserResource.class, ConnectResource.class,
                PontoLinkResource.class, FetchResource.class, RunResource.class, WebhookResource.class, InstitutionResource.class,
                LinkMessagesResource.class, JournalMessagesResource.class, ModuleMessagesResource.class, LinkRunsResource.class,
                OnlineAccountResource.class, JsonConfig.class,
                ErrorMappers.BadRequestMapper.class, ErrorMappers.ProxyMapper.class, ErrorMappers.WebApplicationMapper.class,
                ErrorMappers.UnexpectedMapper.class, NeutralizeResource.class, ConsentRemindersResource.class, CsrfGuard.class,
                JournalImportResource.class, MyPasswordResource.class, CompaniesResource.class, CompanyHeader.class);
    }
}
