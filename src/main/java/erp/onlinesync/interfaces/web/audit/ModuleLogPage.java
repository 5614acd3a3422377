package erp.onlinesync.interfaces.web.audit;

import erp.onlinesync.application.chatter.RecordMessages;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.ChatterPanel;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Backs {@code module-log.xhtml}: the module's chatter, which no link or journal owns (sign-in locks,
 * users created, passwords reset or changed, users deactivated, roles changed), for auditors.
 */
@Named
@ViewScoped
public class ModuleLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHATTER_SLICE = 50;

    @Inject
    RecordMessages chatterRecords;

    private final ChatterPanel chatterPanel = new ChatterPanel(CHATTER_SLICE);

    public void load() {
        if (Pages.allowed(Role.AUDITOR_NAME)) {
            chatterPanel.reload(slice -> chatterRecords.before(chatterRecords.module(), slice));
        }
    }

    public void loadOlderMessages() {
        chatterPanel.loadOlder(slice -> chatterRecords.before(chatterRecords.module(), slice));
    }

    public void toggleOrder() {
        chatterPanel.toggleOrder();
    }

    /** Checks every seal of the module's chatter and says the verdict. */
    public void verify() {
        if (Pages.allowed(Role.AUDITOR_NAME)) {
            ChatterPanel.tell(chatterRecords.verify(chatterRecords.module()));
        }
    }

    public ChatterPanel getChatter() {
        return chatterPanel;
    }
}
