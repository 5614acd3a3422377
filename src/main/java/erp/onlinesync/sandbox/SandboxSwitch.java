package erp.onlinesync.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Answers 404 to every sandbox request while MicroProfile Config {@value SandboxSettings#ENABLED} is not
 * {@code true}, as if the sandbox were not there. Read at each request, before any resource is chosen, so
 * nothing of the sandbox (not even its key file) is touched when it is off.
 */
@PreMatching
public class SandboxSwitch implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SandboxSettings.enabled(ConfigProvider.getConfig())) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
        }
    }
}
