package erp.onlinesync.domain.bankfile;

/** Why a preview cannot be confirmed, with the API's error code. */
public enum ConfirmRefusal {
    /** No such preview, or one of another journal: the same answer, so ids of other journals cannot be probed. */
    NOT_FOUND("not-found"),
    ALREADY_CONFIRMED("already-confirmed"),
    EXPIRED("preview-expired");

    private final String code;

    ConfirmRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
