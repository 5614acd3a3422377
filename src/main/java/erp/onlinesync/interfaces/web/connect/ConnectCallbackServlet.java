package erp.onlinesync.interfaces.web.connect;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.application.connect.ConnectOutcome;
import erp.onlinesync.application.connect.ConnectService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code GET {context}/online-sync/callback}: where the proxy's connect page sends the browser back.
 * Completes the connection for the signed-in user and goes on (303) to the link's page, or for a
 * connect started from the wizard to its accounts step ({@code connect-bank.xhtml?link=}); a bad,
 * stale, reused or foreign {@code state}, or a refusal, creates nothing and shows why.
 */
@WebServlet(ConnectCallbackServlet.PATH)
public class ConnectCallbackServlet extends HttpServlet {

    public static final String PATH = "/online-sync/callback";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConnectService connect;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ConnectOutcome outcome = connect.complete(request.getUserPrincipal().getName(), request.getParameter("state"),
                    request.getParameter("exchange_token"), request.getParameter("error"),
                    request.getParameter("error_description"));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + (outcome.chooseAccounts()
                    ? ConnectBankPage.ACCOUNTS_STEP + outcome.linkId() : "/online-link.xhtml?id=" + outcome.linkId()));
        } catch (BadRequestException e) {
            response.setStatus(e.code().equals("proxy-error") ? HttpServletResponse.SC_BAD_GATEWAY : HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter out = response.getWriter();
            out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Connection not made</title></head>"
                    + "<body><h1>The bank was not connected</h1><p id=\"reason\" data-code=\"" + e.code() + "\">"
                    + escape(e.getMessage()) + "</p><p><a href=\"" + request.getContextPath()
                    + "/online-links.xhtml\">Back to Online Synchronization</a></p></body></html>");
        }
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
