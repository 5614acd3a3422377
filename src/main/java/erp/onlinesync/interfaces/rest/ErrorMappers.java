package erp.onlinesync.interfaces.rest;

import erp.onlinesync.application.BadRequestException;
import erp.onlinesync.domain.link.OnlineLink;
import erp.onlinesync.application.company.CompanyAccess;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.shared.UnknownSealingKeyException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into the documented error body with a fitting status, so a
 * client never sees an HTML error page or a stack trace.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final Map<String, Integer> STATUS_BY_CODE = Map.ofEntries(
            Map.entry("not-found", 404), Map.entry("invalid-field", 400), Map.entry("conflict", 409),
            Map.entry("link-disconnected", 409), Map.entry("currency-mismatch", 409), Map.entry("unprocessable", 422),
            Map.entry("proxy-error", 502), Map.entry("unauthorized", 401), Map.entry("too-large", 413),
            Map.entry(CompanyAccess.NOT_GRANTED, 403),
            // bank files: one that cannot be read or may not go into the journal, and the confirm's refusals
            Map.entry("empty-file", 422), Map.entry("unknown-format", 422), Map.entry("broken-file", 422),
            Map.entry("wrong-account", 422), Map.entry("wrong-currency", 422), Map.entry("file-too-large", 413),
            Map.entry("already-confirmed", 409), Map.entry("preview-expired", 410));
    /** The status of a failed proxy call: the module is a gateway to the proxy, which failed. */
    static final int PROXY_ERROR_STATUS = 502;
    /** Said when the proxy gave no message for a person (transport faults, malformed answers). */
    static final String PROXY_FALLBACK_MESSAGE = "The synchronization service did not answer as expected; try again later";

    private ErrorMappers() {
    }

    /** Refusals of the services: their code decides the status. */
    @Provider
    public static class BadRequestMapper implements ExceptionMapper<BadRequestException> {
        @Override
        public Response toResponse(BadRequestException e) {
            return ApiError.response(STATUS_BY_CODE.getOrDefault(e.code(), 400), e.code(), e.getMessage());
        }
    }

    /**
     * A proxy call that failed after the adapter's retries: {@value #PROXY_ERROR_STATUS}
     * {@code proxy-error} with the proxy's message for a person and its error reference. The
     * technical message (never a secret, by the port's contract) goes to the log only.
     */
    @Provider
    public static class ProxyMapper implements ExceptionMapper<ProxyException> {
        @Override
        public Response toResponse(ProxyException e) {
            LOG.warning(() -> "Proxy call failed: " + e.failure() + " (code " + e.code() + ", reference "
                    + e.errorReference() + "): " + e.getMessage());
            String message = e.userMessage() == null || e.userMessage().isBlank() ? PROXY_FALLBACK_MESSAGE : e.userMessage();
            return ApiError.proxyResponse(PROXY_ERROR_STATUS, "proxy-error", message, e.errorReference());
        }
    }

    /** Errors of JAX-RS itself: unknown path, wrong method, unreadable body, missing role. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = switch (status) {
                case 400 -> "invalid-body";
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 415 -> "unsupported-media-type";
                default -> "http-" + status;
            };
            String message = switch (status) {
                case 400 -> "The request body is not valid JSON of the expected shape";
                case 403 -> "Your role does not allow this call";
                case 404 -> "No such resource";
                default -> e.getResponse().getStatusInfo().getReasonPhrase();
            };
            return ApiError.response(status, code, message);
        }
    }

    /** Anything else is a module bug: logged with its trace, answered without it. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof BadRequestException bad) {
                return new BadRequestMapper().toResponse(bad);
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationMapper().toResponse(web);
            }
            if (cause instanceof ProxyException proxy) {
                return new ProxyMapper().toResponse(proxy);
            }
            if (cause instanceof UnknownSealingKeyException) {
                LOG.warning(cause::getMessage); // names the key id, for the admin who changed sync.secret-key
                return ApiError.response(409, "secret-key-changed", OnlineLink.SECRET_KEY_CHANGED);
            }
            if (causedBy(cause, OptimisticLockException.class)) {
                return ApiError.response(409, "conflict", "Someone else changed this record meanwhile; reload and try again");
            }
            if (cause instanceof ProcessingException) {
                return ApiError.response(400, "invalid-body", "The request body is not valid JSON of the expected shape");
            }
            LOG.log(Level.SEVERE, "API call failed", cause);
            return ApiError.response(500, "internal-error", "The module failed; the server log has the details");
        }
    }

    /** @return true when {@code type} is {@code e} or one of its causes (a commit wraps it in several layers) */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
