package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.proxy.CallContext;
import erp.onlinesync.domain.proxy.ProxySession;
import erp.onlinesync.domain.proxy.ProxyTransaction;
import erp.onlinesync.domain.proxy.RefreshResult;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A proxy whose answers a test writes: posted pages, pending transactions and the balance per
 * account, failures to throw at the next calls, and a hook before each posted page (to take the run
 * over in the middle, say). It records the calls it got.
 */
public final class ScriptedProxy extends UnusedProxy {

    private final Map<String, List<List<ProxyTransaction>>> posted = new HashMap<>();
    private final Map<String, List<ProxyTransaction>> pending = new HashMap<>();
    private final Map<String, BigDecimal> balances = new HashMap<>();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final List<TransactionQuery> queries = new ArrayList<>();
    private final List<CallContext> contexts = new ArrayList<>();
    private final List<ProxySession> sessions = new ArrayList<>();
    private IntConsumer beforePostedPage = page -> { };
    private int stillFetching;

    public ScriptedProxy posted(String account, List<List<ProxyTransaction>> pages) {
        posted.put(account, pages);
        return this;
    }

    public ScriptedProxy pending(String account, List<ProxyTransaction> list) {
        pending.put(account, list);
        return this;
    }

    public ScriptedProxy balance(String account, String amount) {
        balances.put(account, new BigDecimal(amount));
        return this;
    }

    /** In {@link #failNext}: this call answers as scripted. */
    public static final RuntimeException ANSWER = new RuntimeException("answer");

    /** The next calls (refresh or transactions) throw these, one each, in order ({@link #ANSWER}: answer that one). */
    public ScriptedProxy failNext(RuntimeException... errors) {
        failures.addAll(List.of(errors));
        return this;
    }

    public ScriptedProxy beforePostedPage(IntConsumer hook) {
        this.beforePostedPage = hook;
        return this;
    }

    /** The next {@code times} refresh calls answer "currently fetching". */
    public ScriptedProxy stillFetching(int times) {
        this.stillFetching = times;
        return this;
    }

    public List<TransactionQuery> queries() {
        return queries;
    }

    public List<CallContext> contexts() {
        return contexts;
    }

    /** @return the session of every refresh call, in order */
    public List<ProxySession> sessions() {
        return sessions;
    }

    @Override
    public RefreshResult refresh(ProxySession session, String accountId, CallContext context) {
        contexts.add(context);
        sessions.add(session);
        throwScripted();
        if (stillFetching > 0) {
            stillFetching--;
            return new RefreshResult(true, true);
        }
        return new RefreshResult(false, true);
    }

    @Override
    public TransactionPage transactions(ProxySession session, TransactionQuery query, CallContext context) {
        queries.add(query);
        contexts.add(context);
        if (query.status() == TransactionStatus.PENDING) {
            throwScripted();
            return new TransactionPage(pending.getOrDefault(query.accountId(), List.of()),
                    balances.get(query.accountId()), null, LocalDate.of(2026, 11, 30), null);
        }
        int index = query.nextData() == null ? 0 : Integer.parseInt(query.nextData());
        beforePostedPage.accept(index);
        throwScripted();
        List<List<ProxyTransaction>> pages = posted.getOrDefault(query.accountId(), List.of(List.of()));
        String next = index + 1 < pages.size() ? String.valueOf(index + 1) : null;
        return new TransactionPage(pages.get(index), balances.get(query.accountId()), null, LocalDate.of(2026, 11, 30), next);
    }

    private void throwScripted() {
        RuntimeException e = failures.poll();
        if (e != null && e != ANSWER) {
            throw e;
        }
    }
}
