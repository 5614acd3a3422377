package erp.onlinesync.application.user;

import erp.onlinesync.application.chatter.ChatterService;
import erp.onlinesync.domain.chatter.ChatterEntry;
import erp.onlinesync.domain.chatter.MessageKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Writes what concerns the module's security (a locked sign-in) to the module's chatter, in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityAudit {

    @Inject
    ChatterService chatter;

    public void record(String text) {
        chatter.post(ChatterService.MODULE, ChatterService.MODULE_ID, null, ChatterEntry.of(MessageKind.ERROR, text));
    }
}
