package erp.onlinesync.application.missing;

import erp.onlinesync.domain.journal.Deletion;
import erp.onlinesync.domain.journal.KnownTransactions;
import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.application.journal.LineAmounts;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.ProxyFailure;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The page-by-page comparison behind Find Missing: pages through the bank's posted transactions
 * ({@code next_data}) and compares each page with what the journal knows of that page's identifiers
 * only, so memory holds one page and the result, never the account. A journal of a million lines
 * costs the same as one of a hundred.
 * <p>
 * Three caps keep one click bounded: the start date at most {@value #MAX_DAYS} days back
 * ({@link #checkRange}), at most {@value #MAX_RESULTS} transactions listed, at most
 * {@value #MAX_PAGES} pages asked. When a cap stops the search the answer says it is incomplete.
 * Plain Java over two ports, so the decisions are tested with fakes.
 */
public final class MissingTransactionSearch {

    /** How far back a search may start: one year and a day, what an accountant checks at year end. */
    public static final int MAX_DAYS = 366;
    /** Most transactions listed by one search: more would not be read on a screen anyway. */
    public static final int MAX_RESULTS = 1000;
    /** Most proxy pages asked by one search or import: a guard against a bank that never ends its paging. */
    public static final int MAX_PAGES = 1000;

    private final SyncProxy proxy;
    private final KnownTransactions known;
    private final CallContext context;
    private final int maxResults;
    private final int maxPages;

    public MissingTransactionSearch(SyncProxy proxy, KnownTransactions known, CallContext context) {
        this(proxy, known, context, MAX_RESULTS, MAX_PAGES);
    }

    /** With other caps, for tests that cannot afford a thousand transactions. */
    MissingTransactionSearch(SyncProxy proxy, KnownTransactions known, CallContext context, int maxResults, int maxPages) {
        this.proxy = proxy;
        this.known = known;
        this.context = context;
        this.maxResults = maxResults;
        this.maxPages = maxPages;
    }

    /**
     * @throws BadRequestException {@code invalid-field} naming {@code from_date} when it is missing, in
     *         the future or more than {@value #MAX_DAYS} days back
     */
    public static void checkRange(LocalDate from, LocalDate today) {
        if (from == null || from.isAfter(today)) {
            throw new BadRequestException("invalid-field", "from_date is required and must not be in the future");
        }
        LocalDate earliest = today.minusDays(MAX_DAYS);
        if (from.isBefore(earliest)) {
            throw new BadRequestException("invalid-field", "from_date may be at most " + MAX_DAYS
                    + " days back, on or after " + earliest + ": search a longer period in several steps");
        }
    }

    /** @return the bank's posted transactions the journal lacks, with their deletion when a person deleted them */
    public MissingTransactions find(SearchScope scope) {
        List<MissingTransactionView> found = new ArrayList<>();
        boolean complete = pageThrough(scope, page -> compare(scope, page, found));
        if (found.size() > maxResults) {
            found.subList(maxResults, found.size()).clear();
            complete = false;
        }
        found.sort(Comparator.comparing(MissingTransactionView::date)
                .thenComparing(MissingTransactionView::onlineTransactionIdentifier));
        return new MissingTransactions(List.copyOf(found), complete);
    }

    /**
     * @return the bank's lines for the wanted identifiers, paging only until all are found
     * @throws BadRequestException {@code invalid-field} naming an identifier the bank does not list from the start date
     */
    public Map<String, NewLine> collect(SearchScope scope, Collection<String> wanted) {
        Set<String> left = new LinkedHashSet<>(wanted);
        Map<String, NewLine> found = new LinkedHashMap<>();
        pageThrough(scope, page -> {
            for (NewLine line : page) {
                if (left.remove(line.onlineId())) {
                    found.put(line.onlineId(), line);
                }
            }
            return !left.isEmpty();
        });
        if (!left.isEmpty()) {
            throw new BadRequestException("invalid-field", "The bank lists no posted transaction "
                    + String.join(", ", left) + " from " + scope.start());
        }
        return found;
    }

    /** Adds the page's lines the journal lacks; @return whether to ask for the next page */
    private boolean compare(SearchScope scope, List<NewLine> page, List<MissingTransactionView> found) {
        List<String> ids = page.stream().map(NewLine::onlineId).toList();
        Set<String> inJournal = known.inJournal(scope.accountId(), ids);
        Map<String, Deletion> deleted = known.deleted(scope.accountId(), ids);
        for (NewLine line : page) {
            if (!inJournal.contains(line.onlineId())) {
                found.add(view(line, deleted.get(line.onlineId())));
            }
        }
        // one more than the cap tells "more exist" apart from "exactly the cap"
        return found.size() <= maxResults;
    }

    private static MissingTransactionView view(NewLine line, Deletion deletion) {
        return new MissingTransactionView(line.onlineId(), line.date(), line.paymentRef(),
                LineAmounts.format(line.amount(), line.currencyCode()), line.currencyCode(), line.partnerName(),
                deletion == null ? MissingTransactionView.Status.MISSING : MissingTransactionView.Status.DELETED,
                deletion == null ? null : deletion.deletedAt(), deletion == null ? null : deletion.deletedBy());
    }

    /**
     * Pages through the posted transactions from the start date while {@code goOn} accepts each page.
     *
     * @return true when the bank's last page was reached, false when {@code goOn} or the page cap stopped
     */
    private boolean pageThrough(SearchScope scope, Predicate<List<NewLine>> goOn) {
        String next = null;
        for (int pages = 0; pages < maxPages; pages++) {
            TransactionPage page = proxy.transactions(scope.session(), new TransactionQuery(scope.onlineIdentifier(),
                    TransactionStatus.POSTED, scope.start(), null, scope.currency().code(), next), context);
            if (!goOn.test(lines(page, scope))) {
                return false;
            }
            next = page.nextData();
            if (next == null) {
                return true;
            }
        }
        return false;
    }

    /** The page's transactions from the start date (a bank may send a few days more) as lines. */
    private static List<NewLine> lines(TransactionPage page, SearchScope scope) {
        List<NewLine> lines = new ArrayList<>(page.transactions().size());
        for (ProxyTransaction t : page.transactions()) {
            NewLine line;
            try {
                line = NewLine.of(t, scope.currency());
            } catch (IllegalArgumentException e) {
                throw ProxyException.of(ProxyFailure.MALFORMED_ANSWER, e.getMessage());
            }
            if (!line.date().isBefore(scope.start())) {
                lines.add(line);
            }
        }
        return lines;
    }
}
