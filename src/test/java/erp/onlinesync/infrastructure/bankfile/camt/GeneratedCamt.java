package erp.onlinesync.infrastructure.bankfile.camt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A camt.053 of any number of entries, written as it is read: only one entry's bytes exist at a time, so a
 * test can feed a reader a file far larger than what it may keep.
 */
public final class GeneratedCamt extends InputStream {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
            <GrpHdr><MsgId>GENERATED</MsgId><CreDtTm>2024-12-31T23:00:00</CreDtTm></GrpHdr>
            <Stmt><Id>YEAR</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id><Ccy>EUR</Ccy></Acct>
            """;
    private static final String ENTRY = """
            <Ntry><Amt Ccy="EUR">%d.%02d</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
            <BookgDt><Dt>2024-06-30</Dt></BookgDt><AcctSvcrRef>GEN-%d</AcctSvcrRef>
            <NtryDtls><TxDtls><Refs><EndToEndId>E2E-%d</EndToEndId></Refs>
            <RltdPties><Dbtr><Nm>Customer number %d of the generated year</Nm></Dbtr>
            <DbtrAcct><Id><IBAN>BE68539007547034</IBAN></Id></DbtrAcct></RltdPties>
            <RmtInf><Ustrd>Invoice %d, paid in full, thank you for your business</Ustrd></RmtInf>
            </TxDtls></NtryDtls></Ntry>
            """;
    private static final String TAIL = "</Stmt></BkToCstmrStmt></Document>\n";

    private final int entries;
    private int written;
    private byte[] chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    private int position;
    private long size;

    public GeneratedCamt(int entries) {
        this.entries = entries;
    }

    /** @return the bytes handed out so far */
    public long size() {
        return size;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        size++;
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        size += count;
        return count;
    }

    private boolean fill() {
        if (position < chunk.length) {
            return true;
        }
        if (written > entries) {
            return false;
        }
        written++;
        String next = written <= entries ? ENTRY.formatted(written, written % 100, written, written, written, written)
                : TAIL;
        chunk = next.getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
