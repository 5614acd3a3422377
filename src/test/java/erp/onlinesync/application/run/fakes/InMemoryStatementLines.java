package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.journal.FileLine;
import erp.onlinesync.domain.journal.ImportFailedException;
import erp.onlinesync.domain.journal.ImportTarget;
import erp.onlinesync.domain.journal.JournalTarget;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.journal.PageCounts;
import erp.onlinesync.domain.journal.StatementLineStore;
import erp.onlinesync.domain.journal.StatementPeriod;
import erp.onlinesync.domain.run.ClaimLostException;
import erp.onlinesync.domain.run.RunClaim;
import erp.onlinesync.domain.run.SyncRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statement lines of every account in a map keyed as the unique index is, with the JDBC store's
 * fence: a run's write first checks that the run is still held by its claim, and changes nothing
 * otherwise.
 */
public final class InMemoryStatementLines implements StatementLineStore {

    public static final String OPENING = "opening-balance";

    /** The unique index: (online account, transaction identifier). */
    public record Key(long accountId, String onlineId) {
    }

    /** The unique index of file lines: (journal, import key). */
    public record FileKey(long journalId, String importKey) {
    }

    private final Map<Key, NewLine> lines = new LinkedHashMap<>();
    private final Map<Long, List<NewLine>> pending = new LinkedHashMap<>();
    /** Lines from bank files, keyed as their unique index is: (journal, import key). */
    private final Map<FileKey, NewLine> fileLines = new LinkedHashMap<>();
    private final InMemorySyncRuns runs;
    /** The names of the statements each run's lines went into. */
    private final Map<Long, Set<String>> touched = new HashMap<>();
    private int openingWrites;
    private int pageWrites;
    private int failingPageWrite = -1;

    public InMemoryStatementLines(InMemorySyncRuns runs) {
        this.runs = runs;
    }

    @Override
    public PageCounts writePostedPage(RunClaim claim, ImportTarget target, String journalCode, List<NewLine> page,
            String cursor, Instant leaseUntil) {
        if (pageWrites++ == failingPageWrite) {
            throw new ImportFailedException("the database refused the page", null);
        }
        SyncRun run = held(claim, leaseUntil);
        PageCounts counts = insert(target, page, journalCode, touched.computeIfAbsent(claim.runId(), id -> new TreeSet<>()));
        run.count(counts.imported(), counts.skippedDuplicates(), counts.skippedLocked(), 0);
        run.moveCursor(claim, cursor);
        return counts;
    }

    @Override
    public void replacePending(RunClaim claim, ImportTarget target, List<NewLine> list, String cursor, Instant leaseUntil) {
        SyncRun run = held(claim, leaseUntil);
        pending.put(target.accountId(), List.copyOf(list));
        run.count(0, 0, 0, list.size());
        run.moveCursor(claim, cursor);
    }

    @Override
    public BigDecimal finishAccount(RunClaim claim, ImportTarget target, String journalCode, BigDecimal balance,
            BigDecimal availableBalance, LocalDate balanceDate, Instant now, String cursor, Instant leaseUntil) {
        SyncRun run = held(claim, leaseUntil);
        BigDecimal difference = balance == null ? BigDecimal.ZERO : balance.subtract(sum(target.accountId()));
        if (difference.signum() != 0) {
            Key key = new Key(target.accountId(), OPENING);
            NewLine old = lines.get(key);
            BigDecimal amount = old == null ? difference : old.amount().add(difference);
            lines.put(key, new NewLine(OPENING, balanceDate, "Opening balance", amount, target.currency().code(),
                    null, null, null, null));
            openingWrites++;
        }
        run.moveCursor(claim, cursor);
        return difference;
    }

    @Override
    public List<String> statementsTouched(long runId) {
        return List.copyOf(touched.getOrDefault(runId, Set.of()));
    }

    @Override
    public PageCounts writeLines(ImportTarget target, String journalCode, List<NewLine> page, Instant now) {
        return insert(target, page, journalCode, new HashSet<>());
    }

    @Override
    public PageCounts writeFileLines(JournalTarget target, List<FileLine> page, Instant now) {
        int inserted = 0;
        int locked = 0;
        for (FileLine line : page) {
            if (!target.isOpen(line.line().date())) {
                locked++;
            } else if (fileLines.putIfAbsent(new FileKey(target.journalId(), line.importKey()), line.line()) == null) {
                inserted++;
            }
        }
        return new PageCounts(inserted, page.size() - locked - inserted, locked);
    }

    /** @return the import keys of the journal's lines from bank files */
    public Set<String> fileKeysOf(long journalId) {
        Set<String> keys = new HashSet<>();
        fileLines.keySet().stream().filter(k -> k.journalId() == journalId).forEach(k -> keys.add(k.importKey()));
        return keys;
    }

    /** @return the lines written from bank files into the journal, in the order written */
    public List<NewLine> fileLinesOf(long journalId) {
        List<NewLine> of = new ArrayList<>();
        fileLines.forEach((k, v) -> {
            if (k.journalId() == journalId) {
                of.add(v);
            }
        });
        return of;
    }

    @Override
    public Optional<NewestLine> newestImported(long accountId) {
        return lines.entrySet().stream().filter(e -> e.getKey().accountId() == accountId && !e.getKey().onlineId().startsWith(OPENING))
                .map(Map.Entry::getValue).max(Comparator.comparing(NewLine::date))
                .map(l -> new NewestLine(l.date(), l.onlineId()));
    }

    /** The write of posted page {@code index} (from 0, counted over every run) fails, as a database that refused it. */
    public void failPageWrite(int index) {
        failingPageWrite = index;
    }

    public List<NewLine> linesOf(long accountId) {
        List<NewLine> of = new ArrayList<>();
        lines.forEach((k, v) -> {
            if (k.accountId() == accountId) {
                of.add(v);
            }
        });
        return of;
    }

    public BigDecimal sum(long accountId) {
        return linesOf(accountId).stream().map(NewLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<NewLine> pendingOf(long accountId) {
        return pending.getOrDefault(accountId, List.of());
    }

    /** @return how many times an opening-balance line was added or adjusted */
    public int openingWrites() {
        return openingWrites;
    }

    private PageCounts insert(ImportTarget target, List<NewLine> page, String journalCode, Set<String> statements) {
        int inserted = 0;
        int locked = 0;
        for (NewLine line : page) {
            if (!target.isOpen(line.date())) {
                locked++;
            } else if (lines.putIfAbsent(new Key(target.accountId(), line.onlineId()), line) == null) {
                inserted++;
                StatementPeriod period = target.periodicity().periodOf(line.date());
                if (period != null) {
                    statements.add(journalCode + " " + period.label());
                }
            }
        }
        return new PageCounts(inserted, page.size() - locked - inserted, locked);
    }

    private SyncRun held(RunClaim claim, Instant leaseUntil) {
        SyncRun run = runs.find(claim.runId()).orElseThrow();
        if (!run.isHeldBy(claim)) {
            throw new ClaimLostException(claim.runId());
        }
        run.renewLease(claim, leaseUntil);
        return run;
    }
}
