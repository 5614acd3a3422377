package erp.onlinesync.interfaces.web.login;

import erp.onlinesync.application.user.InvalidUserException;
import erp.onlinesync.application.user.UserService;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Backs {@code change-password.xhtml}: the signed-in user chooses a new password, proving the current
 * one. The passwords are never rendered back; the page checks what it can say in the person's
 * language (length, the repetition, a new one that differs) before the service checks the current one.
 */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    UserService users;

    @Inject
    FacesContext faces;

    private String current;
    private String next;
    private String repeated;

    public void change() throws IOException {
        String refusal = next == null || next.length() < UserService.MIN_PASSWORD_LENGTH ? "password.too-short"
                : !next.equals(repeated) ? "password.not-repeated" : next.equals(current) ? "password.same" : null;
        if (refusal == null) {
            try {
                users.changeOwnPassword(faces.getExternalContext().getUserPrincipal().getName(),
                        Secret.of(current == null ? "" : current), Secret.of(next));
                faces.getExternalContext().getFlash().setKeepMessages(true);
                Pages.info("password.changed");
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/index.xhtml");
                return;
            } catch (InvalidUserException e) {
                refusal = "password.wrong-current";
            }
        }
        Pages.error(refusal, UserService.MIN_PASSWORD_LENGTH);
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
