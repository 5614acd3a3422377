package erp.onlinesync.interfaces.web;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.interfaces.web.connect.ConnectCallbackServlet;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What every backing bean needs from the current JSF request: messages from the bundle in the view's
 * locale, the signed-in user, the role check that guards each action (the pages hide the buttons,
 * this refuses the request a person could still forge), the module's callback URL, redirects.
 * <p>
 * Static on purpose: each call reads {@link FacesContext#getCurrentInstance()}, so it is only valid
 * during a JSF request.
 */
public final class Pages {

    /** The base name of the message bundle, declared as {@code msg} in faces-config.xml. */
    public static final String BUNDLE = "erp.onlinesync.i18n.messages";

    private Pages() {
    }

    /** @return the bundle's text for the key in the view's locale, with {@code {0}}-style arguments filled in */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * Shows why a service refused: the refusal's message for a person, or the proxy's message with
     * its error reference (the support desk asks for it).
     */
    public static void refused(RuntimeException e) {
        if (e instanceof EJBException && e.getCause() instanceof RuntimeException cause) {
            // a proxy failure thrown inside an EJB arrives wrapped
            refused(cause);
        } else if (e instanceof ProxyException p) {
            String shown = p.userMessage() != null ? p.userMessage() : p.getMessage();
            add(FacesMessage.SEVERITY_ERROR, text("action.proxy-error", shown,
                    p.errorReference() == null ? "—" : p.errorReference()));
        } else if (e instanceof BadRequestException) {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } else {
            throw e;
        }
    }

    public static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public static boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /**
     * @return true when the user has the role; otherwise adds an error message and returns false, and
     *         the caller does nothing
     */
    public static boolean allowed(String role) {
        if (hasRole(role)) {
            return true;
        }
        error("action.forbidden");
        return false;
    }

    /** @return the absolute URL of the module's connect callback, as the browser reaches this server */
    public static URI callbackUri() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return URI.create(origin + request.getContextPath() + ConnectCallbackServlet.PATH);
    }

    /** Sends the browser elsewhere, also from an Ajax request; the response is complete after it. */
    public static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a path of this module as the browser asks for it, {@code /index.xhtml} → {@code /onlinesync/index.xhtml} */
    public static String inContext(String path) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
        // a message must survive the redirect that often follows an action
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
