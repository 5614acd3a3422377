package erp.onlinesync.sandbox.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The module's {@code return_url}: only an absolute http(s) URL to the module's own callback is accepted,
 * on the host the connect page was asked on (never {@code javascript:}, {@code data:}, a relative path,
 * another page or another host: the page must not redirect a browser anywhere a link says), and the
 * redirect adds its parameters to the URL's own query, before any fragment.
 */
final class ReturnUrl {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private ReturnUrl() {
    }

    /**
     * @param callback the module's callback on the host this page was asked on; its scheme and port are
     *                 not compared, as a proxy in front of the server may change them
     * @throws ConnectRefusal when the text is not an absolute http(s) URL to that host and path
     */
    static URI check(String text, URI callback) {
        try {
            URI url = new URI(text == null ? "" : text.trim());
            if (url.getScheme() == null || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))
                    || url.getHost() == null) {
                throw new ConnectRefusal("return_url must be an absolute http or https URL");
            }
            if (!url.getHost().equalsIgnoreCase(callback.getHost()) || !callback.getPath().equals(url.getPath())) {
                throw new ConnectRefusal("return_url must be the module's own callback, " + callback.getPath() + " on "
                        + callback.getHost());
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ConnectRefusal("return_url is not a valid URL");
        }
    }

    /** @param parameters names and values, alternately; values are URL-encoded */
    static URI with(URI url, String... parameters) {
        String text = url.toString();
        int hash = text.indexOf('#');
        String fragment = hash < 0 ? "" : text.substring(hash);
        StringBuilder out = new StringBuilder(hash < 0 ? text : text.substring(0, hash));
        char separator = url.getRawQuery() == null ? '?' : '&';
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            out.append(separator).append(encode(parameters[i])).append('=').append(encode(parameters[i + 1]));
            separator = '&';
        }
        return URI.create(out.append(fragment).toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
