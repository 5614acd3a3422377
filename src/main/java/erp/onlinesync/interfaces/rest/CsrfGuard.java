package erp.onlinesync.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site protection of the API, the rule of the REST contract: a call signed in by the session
 * cookie that changes something (POST, PUT, PATCH, DELETE) must carry {@value #MARKER} (any value) or
 * an {@code Origin} equal to the module's own, else {@code 403 csrf}. A cross-site form can send the
 * cookie but neither of these; calls with HTTP Basic and anonymous ones (the proxy's signed webhook)
 * carry no cookie authority and pass.
 */
@Provider
public class CsrfGuard implements ContainerRequestFilter {

    public static final String MARKER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        if (SAFE.contains(call.getMethod()) || call.getSecurityContext().getUserPrincipal() == null
                || isBasic(call.getHeaderString(HttpHeaders.AUTHORIZATION)) || call.getHeaderString(MARKER) != null
                || ownOrigin().equalsIgnoreCase(String.valueOf(call.getHeaderString("Origin")))) {
            return;
        }
        call.abortWith(ApiError.response(403, "csrf", "A call signed in by the session that changes something needs the header "
                + MARKER + " or this module's Origin"));
    }

    private static boolean isBasic(String authorization) {
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
    }

    /** scheme://host[:port] as this request reached the server. */
    private String ownOrigin() {
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
