package erp.onlinesync.application.link;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.Institution;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.SyncProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Searches the institutions a person can connect to, through the proxy, after checking what is sent:
 * a country code the proxy would not know or a query longer than any bank name is refused here
 * rather than spent on a call. A CDI bean: no transaction, and a {@link ProxyException} reaches the
 * caller as it is.
 */
@ApplicationScoped
public class InstitutionSearch {

    /** Institutions asked for at most, as the reference product's picker shows. */
    public static final int LIMIT = 28;
    /** Longest query accepted: longer than any institution's name. */
    public static final int MAX_QUERY_LENGTH = 100;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    SyncProxy proxy;

    /**
     * @param country ISO 3166 alpha-2, any case, or null/blank for every country
     * @param query part of a name, or null/blank for all
     * @throws BadRequestException {@code invalid-field} for a bad country or a too long query
     * @throws ProxyException when the proxy fails
     */
    public List<Institution> search(String country, String query) {
        String countryCode = country(country);
        String text = query(query);
        return proxy.institutions(countryCode, text, LIMIT, CallContext.person(null));
    }

    /** @return the country in upper case, null when blank; @throws BadRequestException when not an ISO 3166 alpha-2 code */
    static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BadRequestException("invalid-field", "country must be a two-letter ISO 3166 code such as BE");
        }
        return code;
    }

    /** @return the query trimmed, null when blank; @throws BadRequestException when longer than {@value #MAX_QUERY_LENGTH} */
    static String query(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String trimmed = query.trim();
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("invalid-field", "query must have at most " + MAX_QUERY_LENGTH + " characters");
        }
        return trimmed;
    }
}
