package erp.onlinesync.infrastructure.bankfile.camt;

import erp.onlinesync.domain.bankfile.BankFile;
import erp.onlinesync.domain.bankfile.BankFileException;
import erp.onlinesync.domain.bankfile.BankFileException.Problem;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 bank-to-customer files: camt.053 statements ({@code Stmt}), camt.052 intraday reports
 * ({@code Rpt}) and camt.054 notifications ({@code Ntfctn}), in every version banks send (.001.02 to
 * .001.13). Elements are matched by their local names, so one reader serves all versions; the few places
 * where versions differ ({@code Sts} against {@code Sts/Cd}, {@code Nm} against {@code Pty/Nm},
 * {@code TxDtls/Amt} against {@code AmtDtls/TxAmt/Amt}) are read both ways.
 * <p>
 * Why StAX and not JAXB classes generated from the XSDs: one set of classes per message and version (15
 * and more), all needed at once since banks mix them; and a DOM or JAXB tree of a 50 MB year statement
 * would be held whole in memory. StAX streams the file; only the entries read are kept.
 * <p>
 * Safety: DTDs and external entities are off, and a file with a DOCTYPE is refused outright, so no entity
 * can be expanded (billion laughs) and no other file or URL can be read (XXE).
 */
public final class CamtReader {

    private static final String JDK_MESSAGE_START = "Message: ";

    /**
     * @param in the file, read once and not closed
     * @throws BankFileException BROKEN for XML that does not parse (with its line and column), UNKNOWN_FORMAT
     *         for XML that is not camt
     */
    public BankFile read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return new CamtWalk(xml).read();
        } catch (XMLStreamException e) {
            throw broken(e);
        } finally {
            close(xml);
        }
    }

    /** The JDK's own StAX (never another one on the class path) with every way to reach outside turned off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static BankFileException broken(XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": ";
        return new BankFileException(Problem.BROKEN, where + reason(e), e);
    }

    /** The JDK puts "ParseError at [row,col]:[5,3]" before the reason: the position is said once, above. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf(JDK_MESSAGE_START);
        return start < 0 ? message : message.substring(start + JDK_MESSAGE_START.length());
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream belongs to the caller, who closes it: nothing of ours is left open
        }
    }
}
