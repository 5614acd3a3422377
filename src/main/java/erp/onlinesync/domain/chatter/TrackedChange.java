package erp.onlinesync.domain.chatter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field's change in a tracking message: old and new values as shown to a person. */
@Embeddable
public class TrackedChange {

    @Column(name = "field", nullable = false, length = 100)
    private String field;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    protected TrackedChange() {
    }

    public TrackedChange(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
