package erp.onlinesync.interfaces.rest;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.company.ActingCompany;
import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.interfaces.web.company.CompanyChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * The company an API call acts in, the rule of the REST contract: the one its header {@value #HEADER}
 * names, else the one picked in the pages of the same session, else the user's first. A header naming a
 * company the user is not granted gets {@code 403 company-not-granted}, one that is not an id {@code 400}:
 * the call does nothing. Anonymous calls (the proxy's signed webhook) act for no company.
 * <p>
 * A CDI bean (the WAR discovers annotated beans only) so that the services can be injected.
 */
@Provider
@ApplicationScoped
public class CompanyHeader implements ContainerRequestFilter {

    public static final String HEADER = "X-Company";

    @Inject
    CompanyAccess access;

    @Inject
    ActingCompany acting;

    @Inject
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        Principal user = call.getSecurityContext().getUserPrincipal();
        if (user == null) {
            return;
        }
        String header = call.getHeaderString(HEADER);
        if (header == null) {
            access.forPages(user.getName(), CompanyChoice.of(request)).ifPresent(acting::actIn);
            return;
        }
        try {
            access.resolve(user.getName(), Long.valueOf(header.trim())).ifPresent(acting::actIn);
        } catch (NumberFormatException e) {
            call.abortWith(ApiError.response(400, "invalid-field", HEADER + " must be the id of a company (GET /companies)"));
        } catch (BadRequestException e) {
            call.abortWith(ApiError.response(403, e.code(), e.getMessage()));
        }
    }
}
