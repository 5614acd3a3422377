package erp.onlinesync.infrastructure.bankfile.ofx;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileStatement;
import erp.onlinesync.infrastructure.bankfile.ofx.OfxTokenizer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over an OFX file's tokens. A tag followed by a text is a leaf (closed or not); any other tag
 * opens an aggregate, which its closing tag ends along with any unclosed tag inside it. Leaves are kept
 * by their path below the open statement ({@code LEDGERBAL/BALAMT}) or transaction ({@code CURRENCY/CURSYM}).
 */
final class OfxWalk {

    private static final String ROOT = "OFX";
    private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS");
    private static final String TRANSACTION = "STMTTRN";

    private final OfxTokenizer tokens;
    private final List<String> open = new ArrayList<>();
    private final List<Integer> openedOn = new ArrayList<>();
    private final List<FileStatement> statements = new ArrayList<>();
    private String pending;
    private int pendingLine;
    private String lastLeaf;
    private boolean root;
    private int rows;
    private Scope statementScope;
    private Scope transaction;
    private OfxStatement statement;

    /** An aggregate whose leaves are collected, opened at {@code depth}. */
    private static final class Scope {
        final int depth;
        final int line;
        final Map<String, String> fields = new HashMap<>();

        Scope(int depth, int line) {
            this.depth = depth;
            this.line = line;
        }
    }

    OfxWalk(OfxTokenizer tokens) {
        this.tokens = tokens;
    }

    BankFile read() {
        for (Token token = tokens.next(); token != null; token = tokens.next()) {
            token(token);
        }
        if (!root) {
            throw new BankFileException(Problem.BROKEN, "no <OFX> element: this is not an OFX file");
        }
        if (!open.isEmpty()) {
            int last = open.size() - 1;
            throw new BankFileException(Problem.BROKEN, "the file ends inside <" + open.get(last) + "> opened on line "
                    + openedOn.get(last) + ": it is cut short");
        }
        if (statements.isEmpty()) {
            throw new BankFileException(Problem.BROKEN, "the file holds no bank or credit card statement (STMTRS, CCSTMTRS)");
        }
        return new BankFile(BankFileFormat.OFX, statements);
    }

    private void token(Token token) {
        switch (token.kind()) {
            case OPEN -> opened(token);
            case TEXT -> text(token.value());
            case CLOSE -> closed(token);
        }
    }

    private void opened(Token token) {
        openPending();
        pending = token.value();
        pendingLine = token.line();
        lastLeaf = null;
    }

    private void text(String text) {
        if (pending == null || text.isBlank()) {
            return;
        }
        leaf(pending, text.trim());
        lastLeaf = pending;
        pending = null;
    }

    private void closed(Token token) {
        String name = token.value();
        if (name.equals(pending) || pending == null && name.equals(lastLeaf)) {
            pending = null;
            lastLeaf = null;
            return;
        }
        openPending();
        lastLeaf = null;
        int at = open.lastIndexOf(name);
        if (at < 0) {
            throw new BankFileException(Problem.BROKEN, "line " + token.line() + ": </" + name + "> closes nothing open");
        }
        while (open.size() > at) {
            end(open.size());
            open.remove(open.size() - 1);
            openedOn.remove(openedOn.size() - 1);
        }
    }

    /** A tag with no text after it was an aggregate. */
    private void openPending() {
        if (pending == null) {
            return;
        }
        root |= ROOT.equals(pending);
        open.add(pending);
        openedOn.add(pendingLine);
        int depth = open.size();
        if (statementScope == null && STATEMENTS.contains(pending)) {
            statementScope = new Scope(depth, pendingLine);
            statement = new OfxStatement(statementScope.fields, () -> ++rows);
        } else if (statementScope != null && transaction == null && TRANSACTION.equals(pending)) {
            transaction = new Scope(depth, pendingLine);
        }
        pending = null;
    }

    private void leaf(String name, String text) {
        Scope scope = transaction != null ? transaction : statementScope;
        if (scope == null) {
            return;
        }
        List<String> below = open.subList(scope.depth, open.size());
        scope.fields.putIfAbsent(below.isEmpty() ? name : String.join("/", below) + "/" + name, text);
    }

    private void end(int depth) {
        if (transaction != null && transaction.depth == depth) {
            statement.addTransaction(transaction.fields, transaction.line);
            transaction = null;
        } else if (statementScope != null && statementScope.depth == depth) {
            statements.add(statement.toStatement());
            statementScope = null;
        }
    }
}
