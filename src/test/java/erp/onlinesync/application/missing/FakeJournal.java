package erp.onlinesync.application.missing;

import erp.onlinesync.domain.journal.Deletion;
import erp.onlinesync.domain.journal.KnownTransactions;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link KnownTransactions} in memory for one account; records the largest batch of identifiers it
 * was asked about, which shows the comparison never asks for more than one page.
 */
final class FakeJournal implements KnownTransactions {

    private final Set<String> lines = new HashSet<>();
    private final Map<String, Deletion> deleted = new HashMap<>();
    private int largestQuestion;

    FakeJournal holding(Collection<String> ids) {
        lines.addAll(ids);
        return this;
    }

    FakeJournal deleting(String id, Deletion deletion) {
        deleted.put(id, deletion);
        return this;
    }

    int largestQuestion() {
        return largestQuestion;
    }

    @Override
    public Set<String> inJournal(long accountId, Collection<String> ids) {
        largestQuestion = Math.max(largestQuestion, ids.size());
        Set<String> found = new HashSet<>(ids);
        found.retainAll(lines);
        return found;
    }

    @Override
    public Map<String, Deletion> deleted(long accountId, Collection<String> ids) {
        largestQuestion = Math.max(largestQuestion, ids.size());
        Map<String, Deletion> found = new HashMap<>();
        ids.stream().filter(deleted::containsKey).forEach(id -> found.put(id, deleted.get(id)));
        return found;
    }
}
