package erp.onlinesync.interfaces.rest;

import erp.onlinesync.interfaces.rest.account.OnlineAccountResource;
import erp.onlinesync.interfaces.rest.admin.ConsentRemindersResource;
import erp.onlinesync.interfaces.rest.admin.NeutralizeResource;
import erp.onlinesync.interfaces.rest.chatter.LinkMessagesResource;
import erp.onlinesync.interfaces.rest.institution.InstitutionResource;
import erp.onlinesync.interfaces.rest.journal.JournalImportResource;
import erp.onlinesync.interfaces.rest.journal.JournalResource;
import erp.onlinesync.interfaces.rest.link.ConnectResource;
import erp.onlinesync.interfaces.rest.link.OnlineLinkResource;
import erp.onlinesync.interfaces.rest.run.FetchResource;
import erp.onlinesync.interfaces.rest.run.LinkRunsResource;
import erp.onlinesync.interfaces.rest.run.RunResource;
import erp.onlinesync.interfaces.rest.webhook.WebhookResource;
import erp.onlinesync.interfaces.rest.user.UserResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The module's JSON API, under {@code {context}/api/v1}; see {@code rest-api.md}.
 * <p>
 * It lists its resources and providers: an application that lists none serves every {@code @Path} class of
 * the WAR, and the WAR also holds the sandbox proxy's application ({@code erp.onlinesync.sandbox}), whose
 * resources must not appear under {@code /api}. A new API resource or provider must be added here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Online Synchronization API", version = "1"))
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JournalResource.class, OnlineLinkResource.class, UserResource.class, ConnectResource.class,
                FetchResource.class, RunResource.class, WebhookResource.class, InstitutionResource.class,
                LinkMessagesResource.class, LinkRunsResource.class, OnlineAccountResource.class, JsonConfig.class,
                ErrorMappers.BadRequestMapper.class, ErrorMappers.ProxyMapper.class, ErrorMappers.WebApplicationMapper.class,
                ErrorMappers.UnexpectedMapper.class, NeutralizeResource.class, ConsentRemindersResource.class, CsrfGuard.class,
                JournalImportResource.class);
    }
}
