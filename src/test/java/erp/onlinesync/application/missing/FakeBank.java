package erp.onlinesync.application.missing;

import erp.onlinesync.application.run.fakes.UnusedProxy;
import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.SyncProxy;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank in memory behind the {@link SyncProxy} port: {@code size} posted EUR transactions
 * {@code t0, t1, ...}, one a day from {@link #FIRST_DAY}, served {@code pageSize} at a time with
 * {@code next_data} the next index. Counts the pages asked; only {@code transactions} is offered.
 */
final class FakeBank extends UnusedProxy {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    private final int size;
    private final int pageSize;
    private final boolean endless;
    private final List<TransactionQuery> asked = new ArrayList<>();

    private FakeBank(int size, int pageSize, boolean endless) {
        this.size = size;
        this.pageSize = pageSize;
        this.endless = endless;
    }

    static FakeBank of(int size, int pageSize) {
        return new FakeBank(size, pageSize, false);
    }

    /** A bank whose paging never ends: every page names a next one. */
    static FakeBank endless(int pageSize) {
        return new FakeBank(Integer.MAX_VALUE, pageSize, true);
    }

    static String id(int index) {
        return "t" + index;
    }

    int pagesAsked() {
        return asked.size();
    }

    List<TransactionQuery> asked() {
        return asked;
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        asked.add(query);
        int from = query.nextData() == null ? 0 : Integer.parseInt(query.nextData());
        int to = endless ? from + pageSize : Math.min(size, from + pageSize);
        List<ProxyTransaction> page = new ArrayList<>();
        for (int i = from; i < to; i++) {
            page.add(new ProxyTransaction(id(i), FIRST_DAY.plusDays(i % 300), null, "payment " + i,
                    new BigDecimal("-1.50"), "EUR", "Partner " + i, null, null, null, null, null, null));
        }
        return new TransactionPage(page, BigDecimal.ZERO, null, null, to < size ? String.valueOf(to) : null);
    }
}
