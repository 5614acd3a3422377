package erp.onlinesync.it;

import java.util.List;

/** A small camt.053 file written for the tests, of the account a test names, and bad files of each kind made of it. */
final class CamtSample {

    /** The account of {@link #badFiles()}'s journal. */
    static final String IBAN = "BE68539007547034";

    /**
     * A file a journal of {@link #IBAN} in EUR refuses.
     *
     * @param format the format chosen with it, or null
     * @param code the API's error code
     * @param says what the message on screen says
     */
    record BadFile(String name, String content, String format, String code, String says) {
    }

    static List<BadFile> badFiles() {
        String camt = of(IBAN);
        return List.of(new BadFile("empty.xml", "", null, "empty-file", "empty"),
                new BadFile("logo.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", null, "unknown-format", "not one of the formats"),
                new BadFile("cut.xml", camt.substring(0, camt.length() / 2), "camt", "broken-file", "line 1"),
                new BadFile("usd.xml", camt.replace("Ccy=\"EUR\"", "Ccy=\"USD\"").replace("<Ccy>EUR</Ccy>", "<Ccy>USD</Ccy>"), null,
                        "wrong-currency", "USD"),
                new BadFile("other.xml", of("BE71096123456769"), null, "wrong-account", "BE71096123456769"),
                new BadFile("xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + camt.substring(camt.indexOf("<Document")).replace("Refund", "&x;"), null, "broken-file", "DOCTYPE"),
                new BadFile("statement.ofx", "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>", null, "broken-file", "cut short"));
    }

    private CamtSample() {
    }

    /** A camt.053 statement of one booked credit of 10.00 EUR on 2026-11-03, opening 0 and closing 10. */
    static String of(String iban) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-04T00:00:00</CreDtTm></GrpHdr><Stmt><Id>S1</Id>"
                + "<CreDtTm>2026-11-04T00:00:00</CreDtTm><Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + balance("OPBD", "0.00") + balance("CLBD", "10.00")
                + "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-03</Dt></BookgDt>"
                + "<ValDt><Dt>2026-11-03</Dt></ValDt><AcctSvcrRef>ACSV-1</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Refund</Ustrd>"
                + "</RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>";
    }

    private static String balance(String code, String amount) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-03</Dt></Dt></Bal>";
    }
}
