package erp.onlinesync.domain.bankfile;

/**
 * A file that cannot be read or may not go into this journal. The message is for the person who
 * uploaded it (what is wrong and where: a line, an element), never a stack trace; nothing is written.
 */
public class BankFileException extends RuntimeException {

    /** What kind of problem, as the API's error code names it. */
    public enum Problem {
        EMPTY("empty-file"), TOO_LARGE("file-too-large"), UNKNOWN_FORMAT("unknown-format"),
        BROKEN("broken-file"), WRONG_ACCOUNT("wrong-account"), WRONG_CURRENCY("wrong-currency");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Problem problem;

    public BankFileException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public BankFileException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
