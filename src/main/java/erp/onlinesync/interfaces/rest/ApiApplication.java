package erp.onlinesync.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The module's JSON API, under {@code {context}/api/v1}; see {@code rest-api.md}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Online Synchronization API", version = "1"))
public class ApiApplication extends Application {
}
