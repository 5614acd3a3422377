package erp.onlinesync.interfaces.web.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.connect.ConnectService;
import erp.onlinesync.application.link.AccountRefresh;
import erp.onlinesync.application.link.LinkDisconnection;
import erp.onlinesync.application.run.RunView;
import erp.onlinesync.application.run.SyncRunService;
import erp.onlinesync.domain.link.NextAction;
import erp.onlinesync.domain.proxy.ConnectMode;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.user.Role;
import erp.onlinesync.interfaces.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The buttons a link offers, shared by the link's page and the dashboard's cards: each checks the
 * role it needs (a hidden button can still be posted), calls the application service and turns a
 * refusal into a message for the person. Stateless: the pages keep what they show.
 */
@ApplicationScoped
public class LinkCommands {

    @Inject
    SyncRunService runs;

    @Inject
    AccountRefresh accountRefresh;

    @Inject
    LinkDisconnection disconnection;

    @Inject
    ConnectService connect;

    /** Fetch Transactions (accountant): @return the run asked for or already going, or null when refused */
    public RunView fetch(long linkId) {
        if (!Pages.allowed(Role.ACCOUNTANT_NAME)) {
            return null;
        }
        try {
            RunView run = runs.requestByPerson(linkId, Pages.user());
            Pages.info("link.fetch-started");
            return run;
        } catch (BadRequestException e) {
            Pages.refused(e);
            return null;
        }
    }

    /** Fetch Accounts (sync-admin): asks the proxy for the link's account list again. */
    public void refreshAccounts(long linkId) {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        try {
            accountRefresh.refresh(linkId, Pages.user());
            Pages.info("link.accounts-refreshed");
        } catch (BadRequestException | ProxyException e) {
            Pages.refused(e);
        }
    }

    /**
     * Update Credentials or Reconnect (sync-admin): sends the browser to the proxy's connect page,
     * which comes back through the module's callback to the link's page.
     *
     * @param mode {@link NextAction#RECONNECT} or {@link NextAction#UPDATE_CREDENTIALS}
     */
    public void renew(long linkId, NextAction mode) {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        String wire = mode == NextAction.RECONNECT ? ConnectMode.RECONNECT.wireName()
                : ConnectMode.UPDATE_CREDENTIALS.wireName();
        try {
            Pages.redirect(connect.start(Pages.user(), wire, null, linkId, null, Pages.callbackUri()).toString());
        } catch (BadRequestException | ProxyException e) {
            Pages.refused(e);
        }
    }

    /** The action a problem banner advises: a fetch, or a renewal through the proxy's page. */
    public void fix(long linkId, NextAction nextAction) {
        if (nextAction == NextAction.FETCH_AGAIN) {
            fetch(linkId);
        } else {
            renew(linkId, nextAction);
        }
    }

    /** Disconnect (sync-admin): revokes the link on the proxy and keeps its history. */
    public void disconnect(long linkId) {
        if (!Pages.allowed(Role.SYNC_ADMIN_NAME)) {
            return;
        }
        try {
            disconnection.disconnect(linkId, Pages.user());
            Pages.info("link.disconnected");
        } catch (BadRequestException | ProxyException e) {
            Pages.refused(e);
        }
    }
}
