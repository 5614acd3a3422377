package erp.onlinesync.domain.shared;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A secret in memory: a proxy token, a client secret, a password. It has no getter, so JSON
 * binding writes nothing of it, and {@link #toString()} is a fixed mask, so a log line, an
 * exception message or a debugger view that prints it shows no secret. Only {@link #reveal()}
 * gives the value, for the one place that must send or seal it.
 */
public final class Secret {

    private static final String MASK = "Secret[******]";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when the value is null or empty */
    public static Secret of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A secret must not be empty");
        }
        return new Secret(value);
    }

    /** @return the value in clear: send it or seal it, never print or store it */
    public String reveal() {
        return value;
    }

    /** Compares in constant time, so a timing side channel tells nothing of the value. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Secret.class);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
