package erp.onlinesync.sandbox.connect;

import erp.onlinesync.sandbox.bank.AccountHistory;

/**
 * The connect page's HTML, written by hand (no template engine for one page); every echoed value goes
 * through {@link Html#escape}. The form posts to {@code connect} relative to the page, so to the sandbox
 * whatever its context root, and repeats the request's parameters as hidden fields.
 */
final class ConnectPage {

    private static final String STYLE = "body{font-family:sans-serif;background:#f3f4f6;margin:0}"
            + "main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:8px}"
            + "label{display:block;margin:.6rem 0}input[type=text],input[type=password]{width:100%}"
            + ".note{color:#555;font-size:.9rem}.error{color:#b00020}header{display:flex;gap:1rem;align-items:center}"
            + "fieldset{margin:1rem 0}button{margin-right:.5rem}";

    private static final int SHOWN_CHARACTERS = 4;

    private ConnectPage() {
    }

    /**
     * @param username what the user typed before an error, or null
     * @param error    why the form came back, or null the first time
     */
    static String form(ConnectRequest request, String username, String error) {
        StringBuilder body = new StringBuilder()
                .append("<header><img src=\"logos/").append(Html.escape(request.bank().id()))
                .append(".svg\" alt=\"\" width=\"48\" height=\"48\"><h1>").append(Html.escape(request.bank().displayName()))
                .append("</h1></header>")
                .append("<p class=\"note\">Sandbox proxy: no real bank is involved. Any user name and password work.</p>")
                .append("<p>Mode: <strong>").append(Html.escape(request.mode().wireName())).append("</strong></p>");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"connect\">");
        hidden(body, ConnectRequest.MODE, request.mode().wireName());
        hidden(body, ConnectRequest.INSTITUTION, request.bank().id());
        hidden(body, ConnectRequest.CLIENT_ID, request.clientId());
        hidden(body, ConnectRequest.RETURN_URL, request.returnUrl().toString());
        hidden(body, ConnectRequest.STATE, request.state());
        hidden(body, ConnectRequest.LANG, request.lang());
        hidden(body, ConnectRequest.SEED, Long.toHexString(request.seed()));
        hidden(body, ConnectFlow.ACCOUNT_CHOICE, ConnectFlow.EXPLICIT);
        body.append("<label>User name <input type=\"text\" name=\"").append(ConnectFlow.USERNAME)
                .append("\" autocomplete=\"off\" value=\"").append(Html.escape(username)).append("\"></label>")
                .append("<label>Password <input type=\"password\" name=\"").append(ConnectFlow.PASSWORD)
                .append("\"></label><fieldset><legend>Accounts to share</legend>");
        for (AccountHistory account : request.accounts()) {
            body.append("<label><input type=\"checkbox\" name=\"").append(ConnectFlow.ACCOUNT).append("\" value=\"")
                    .append(Html.escape(account.id())).append("\" checked> ").append(Html.escape(account.name()))
                    .append(" (").append(Html.escape(account.currencyCode())).append(") ")
                    .append(Html.escape(masked(account.accountNumber()))).append("</label>");
        }
        body.append("</fieldset><label><input type=\"checkbox\" name=\"").append(ConnectFlow.CONSENT)
                .append("\" value=\"yes\"> I allow the application to read these accounts' balances and transactions.</label>")
                .append("<button type=\"submit\" name=\"").append(ConnectFlow.ACTION).append("\" value=\"")
                .append(ConnectFlow.ALLOW).append("\">Allow</button>")
                .append("<button type=\"submit\" name=\"").append(ConnectFlow.ACTION).append("\" value=\"")
                .append(ConnectFlow.REFUSE).append("\">Refuse</button></form>");
        return page(request.bank().displayName(), request.language(), body.toString());
    }

    /** The page for a request that cannot be served: nowhere to send the browser back to. */
    static String refusal(String message) {
        return page("Cannot connect", "en", "<h1>Cannot connect</h1><p class=\"error\">" + Html.escape(message)
                + "</p><p class=\"note\">Go back to the application and start again.</p>");
    }

    private static String page(String title, String language, String body) {
        return "<!DOCTYPE html><html lang=\"" + Html.escape(language) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
                + Html.escape(title) + " - sandbox connect</title><style>" + STYLE + "</style></head><body><main>"
                + body + "</main></body></html>";
    }

    private static void hidden(StringBuilder body, String name, String value) {
        if (value != null) {
            body.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.escape(value))
                    .append("\">");
        }
    }

    /** Shows only the last four characters of an account number, as banks do on such pages. */
    private static String masked(String accountNumber) {
        return accountNumber.length() <= SHOWN_CHARACTERS ? accountNumber
                : "•••• " + accountNumber.substring(accountNumber.length() - SHOWN_CHARACTERS);
    }
}
