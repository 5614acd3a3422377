package erp.onlinesync.infrastructure.bankfile.camt;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import erp.onlinesync.domain.bankfile.BankFileFormat;
import erp.onlinesync.domain.bankfile.FileStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass over a camt document's events. It keeps the path of local names to the current element and
 * the open scopes (statement, balance, entry, transaction); each scope collects the texts below it in a
 * {@link CamtFields}, and is turned into balances and entries when it closes, so memory holds one entry's
 * elements at a time besides the entries already read.
 */
final class CamtWalk {

    private static final Pattern CAMT_NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05[234]\\..*");
    /** camt.053's {@code Stmt}, camt.052's {@code Rpt}, camt.054's {@code Ntfctn}: Document/BkToCstmr…/here. */
    private static final Set<String> STATEMENTS = Set.of("Stmt", "Rpt", "Ntfctn");
    private static final int STATEMENT_DEPTH = 3;

    private final XMLStreamReader xml;
    private final List<String> names = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<FileStatement> statements = new ArrayList<>();
    private int lastStartDepth;
    private int rows;
    private Scope statementScope;
    private Scope balance;
    private Scope entry;
    private Scope transaction;
    private CamtStatement statement;
    private List<CamtFields> transactions;

    /** An element whose descendants' texts are collected, opened at {@code depth} in the path. */
    private static final class Scope {
        final int depth;
        final int line;
        final CamtFields fields = new CamtFields();

        Scope(int depth, int line) {
            this.depth = depth;
            this.line = line;
        }
    }

    CamtWalk(XMLStreamReader xml) {
        this.xml = xml;
    }

    BankFile read() throws XMLStreamException {
        while (xml.hasNext()) {
            event(xml.next());
        }
        if (statements.isEmpty()) {
            throw new BankFileException(Problem.BROKEN, "the file holds no statement (no Stmt, Rpt or Ntfctn element)");
        }
        return new BankFile(BankFileFormat.CAMT, statements);
    }

    private void event(int type) {
        switch (type) {
            case XMLStreamConstants.DTD -> throw new BankFileException(Problem.BROKEN, "line "
                    + xml.getLocation().getLineNumber() + ": the file declares a DOCTYPE, which no bank file has;"
                    + " it is refused, as it could make the reader fetch other files or expand entities without end");
            case XMLStreamConstants.START_ELEMENT -> start();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
            case XMLStreamConstants.END_ELEMENT -> end();
            default -> {
                // comments, processing instructions, whitespace: nothing to read
            }
        }
    }

    private void start() {
        if (names.isEmpty()) {
            checkRoot();
        }
        names.add(xml.getLocalName());
        lastStartDepth = names.size();
        text.setLength(0);
        open(xml.getLocalName(), names.size());
        String currency = xml.getAttributeValue(null, "Ccy");
        Scope scope = innermost();
        if (currency != null && scope != null && scope.depth < names.size()) {
            scope.fields.put(path(scope) + "@Ccy", currency);
        }
    }

    private void checkRoot() {
        String namespace = xml.getNamespaceURI();
        if (namespace == null || !CAMT_NAMESPACE.matcher(namespace).matches()) {
            throw new BankFileException(Problem.UNKNOWN_FORMAT, "not a camt.052, camt.053 or camt.054 file: its root <"
                    + xml.getLocalName() + "> has the namespace '" + namespace + "'");
        }
    }

    private void open(String name, int depth) {
        int line = xml.getLocation().getLineNumber();
        if (statementScope == null) {
            if (depth == STATEMENT_DEPTH && STATEMENTS.contains(name)) {
                statementScope = new Scope(depth, line);
                statement = new CamtStatement(statementScope.fields, () -> ++rows);
            }
        } else if (entry == null && balance == null && depth == statementScope.depth + 1) {
            if ("Bal".equals(name)) {
                balance = new Scope(depth, line);
            } else if ("Ntry".equals(name)) {
                entry = new Scope(depth, line);
                transactions = new ArrayList<>();
            }
        } else if (entry != null && transaction == null && "TxDtls".equals(name) && "NtryDtls".equals(parent())) {
            transaction = new Scope(depth, line);
        }
    }

    private void end() {
        int depth = names.size();
        Scope scope = innermost();
        if (scope != null && lastStartDepth == depth && depth > scope.depth && !text.toString().isBlank()) {
            scope.fields.put(path(scope), text.toString().trim());
        }
        close(depth);
        names.remove(depth - 1);
    }

    private void close(int depth) {
        if (transaction != null && transaction.depth == depth) {
            transactions.add(transaction.fields);
            transaction = null;
        } else if (entry != null && entry.depth == depth) {
            statement.addEntry(entry.fields, transactions, entry.line);
            entry = null;
        } else if (balance != null && balance.depth == depth) {
            statement.addBalance(balance.fields, balance.line);
            balance = null;
        } else if (statementScope != null && statementScope.depth == depth) {
            statements.add(statement.toStatement());
            statementScope = null;
        }
    }

    private Scope innermost() {
        if (transaction != null) {
            return transaction;
        }
        if (entry != null) {
            return entry;
        }
        return balance != null ? balance : statementScope;
    }

    private String parent() {
        return names.size() < 2 ? null : names.get(names.size() - 2);
    }

    /** @return the path from the scope's element to the current one, without either's own name at the start */
    private String path(Scope scope) {
        return String.join("/", names.subList(scope.depth, names.size()));
    }
}
