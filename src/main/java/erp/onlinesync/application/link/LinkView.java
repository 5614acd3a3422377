package erp.onlinesync.application.link;

import erp.onlinesync.domain.link.OnlineAccount;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.domain.link.RenewalContact;
import erp.onlinesync.domain.shared.Amounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A link as screens and the API show it: no tokens, amounts as decimal strings. The API writes it as
 * the contract's {@code Link}.
 */
public record LinkView(Long id, String name, String institutionId, String institutionName, String providerType,
        String clientId, String state, boolean autoSync, Instant lastRefresh, Instant nextRefresh,
        LocalDate consentExpiringDate, String statementPeriodicity, String renewalContact, List<AccountView> accounts) {

    /** An online account as the contract's {@code Account}. */
    public record AccountView(Long id, String onlineIdentifier, String name, String accountNumber, String currencyCode,
            String balance, String availableBalance, Instant lastSync, String fetchingStatus, Long journalId) {

        static AccountView of(OnlineAccount a) {
            int decimals = a.getCurrency().displayDecimals();
            return new AccountView(a.getId(), a.getOnlineIdentifier(), a.getName(), a.getAccountNumber(),
                    a.getCurrency().code(), a.getBalance() == null ? null : Amounts.format(a.getBalance(), decimals),
                    a.getAvailableBalance() == null ? null : Amounts.format(a.getAvailableBalance(), decimals),
                    a.getLastSync(), a.getFetchingStatus().name().toLowerCase(java.util.Locale.ROOT),
                    a.getJournal() == null ? null : a.getJournal().getId());
        }
    }

    static LinkView of(OnlineLink link, List<OnlineAccount> accounts) {
        return new LinkView(link.getId(), link.getName(), link.getInstitutionId(), link.getInstitutionName(),
                link.getProviderType(), link.getClientId(), link.getState().name().toLowerCase(java.util.Locale.ROOT),
                link.isAutoSync(), link.getLastRefresh(), link.getNextRefresh(), link.getConsentExpiringDate(),
                link.getStatementPeriodicity().apiName(), link.getRenewalContact().map(RenewalContact::value).orElse(null),
                accounts.stream().map(AccountView::of).toList());
    }
}
