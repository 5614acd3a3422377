package erp.onlinesync.application;

import jakarta.ejb.ApplicationException;

/**
 * A request the services refuse because of what was asked, not because of a fault: the code is
 * stable kebab-case for programs ({@code invalid-field}, {@code not-found}, {@code conflict},
 * {@code link-disconnected}), the message is for a person and never holds a secret. Rolls back.
 */
@ApplicationException(rollback = true)
public class BadRequestException extends RuntimeException {

    private final String code;

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
