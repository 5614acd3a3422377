package erp.onlinesync.interfaces.web.login;

import erp.onlinesync.infrastructure.security.SessionLoginMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * Backs {@code login.xhtml}: hands the typed credentials to Jakarta Security and, on success, goes
 * back to the page the person first asked for (only a page of this module: the remembered URL is
 * checked to start with the context path, so the login page is no open redirect). Also signs out.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String userName;
    private String password;

    public void login() throws IOException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(userName, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> ec.redirect(target(request));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResourceBundle.getBundle("erp.onlinesync.i18n.messages", faces.getViewRoot().getLocale())
                            .getString("login.failed"), null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        ec.invalidateSession();
        ec.redirect(request.getContextPath() + SessionLoginMechanism.LOGIN_PAGE);
    }

    private static String target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object original = session == null ? null : session.getAttribute(SessionLoginMechanism.ORIGINAL_URL);
        if (session != null) {
            session.removeAttribute(SessionLoginMechanism.ORIGINAL_URL);
        }
        String home = request.getContextPath() + "/index.xhtml";
        if (original instanceof String url && url.startsWith(request.getContextPath() + "/") && !url.startsWith("//")
                && !url.contains(SessionLoginMechanism.LOGIN_PAGE)) {
            return url;
        }
        return home;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
