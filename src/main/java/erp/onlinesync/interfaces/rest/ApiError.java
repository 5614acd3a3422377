package erp.onlinesync.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body, {@code {"error": {"code", "message"}}}: never a stack trace, never a secret. */
public record ApiError(Detail error) {

    public record Detail(String code, String message) {
    }

    /**
     * The body of a failed proxy call: the same two fields plus {@code error_reference}, the
     * reference a person quotes to the proxy's support (null when the proxy gave none).
     */
    public record ProxyError(ProxyDetail error) {

        public record ProxyDetail(String code, String message, String errorReference) {
        }
    }

    public static Response response(int status, String code, String message) {
        return json(status, new ApiError(new Detail(code, message)));
    }

    public static Response proxyResponse(int status, String code, String message, String errorReference) {
        return json(status, new ProxyError(new ProxyError.ProxyDetail(code, message, errorReference)));
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
