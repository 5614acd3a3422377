package erp.onlinesync.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error body, {@code {"error": {"code", "message"}}}: never a stack trace, never a secret. */
public record ApiError(Detail error) {

    public record Detail(String code, String message) {
    }

    public static Response response(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(new Detail(code, message))).build();
    }
}
