package erp.onlinesync.sandbox.connect;

import erp.onlinesync.sandbox.bank.Bank;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code GET {sandbox}/logos/<institution id>.svg}: a generated logo (the institution's initials on a
 * coloured disc), so the institutions' {@code logo_url} and the connect page show an image without any
 * asset to ship.
 */
@Path("logos")
@RequestScoped
public class LogoResource {

    private static final String SVG = "image/svg+xml";
    private static final String SUFFIX = ".svg";
    private static final int HUE_STEP = 45;
    private static final int MAX_INITIALS = 2;

    @GET
    @Path("{file}")
    public Response logo(@PathParam("file") String file) {
        String id = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
        return Bank.byId(id)
                .map(bank -> Response.ok(svg(bank), SVG).header("Cache-Control", "max-age=86400").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    private static String svg(Bank bank) {
        String initials = Arrays.stream(bank.displayName().split(" ")).limit(MAX_INITIALS)
                .map(word -> word.substring(0, 1)).collect(Collectors.joining());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"hsl(" + bank.ordinal() * HUE_STEP + ",55%,45%)\"/>"
                + "<text x=\"24\" y=\"31\" font-family=\"sans-serif\" font-size=\"20\" text-anchor=\"middle\" fill=\"#fff\">"
                + Html.escape(initials) + "</text></svg>";
    }
}
