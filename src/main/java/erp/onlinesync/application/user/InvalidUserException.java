package erp.onlinesync.application.user;

import erp.onlinesync.application.BadRequestException;

/** A user could not be created: the code says which kind of refusal, the message what to fix. */
public class InvalidUserException extends BadRequestException {

    public InvalidUserException(String code, String message) {
        super(code, message);
    }
}
