package erp.onlinesync.application.run.fakes;

import erp.onlinesync.domain.shared.OpenedSecret;
import erp.onlinesync.domain.shared.SealedPlace;
import erp.onlinesync.domain.shared.Secret;
import erp.onlinesync.domain.shared.SecretSealer;
import erp.onlinesync.domain.shared.UnknownSealingKeyException;
import java.nio.charset.StandardCharsets;

/**
 * A sealer that seals nothing but keeps the rules of the real one: the sealed text names its key and its
 * place ({@code fake|key|table:id:column|secret}), {@link #CURRENT} seals, {@link #OLD} still opens (to be
 * sealed again), any other key is unknown, and a value opened at another place is refused.
 */
public final class FakeSealer implements SecretSealer {

    public static final String CURRENT = "new-key";
    public static final String OLD = "old-key";

    /** @return {@code secret} as {@code key} would have sealed it for {@code place} */
    public static String sealedWith(String key, String secret, SealedPlace place) {
        return String.join("|", "fake", key, new String(place.associatedData(), StandardCharsets.UTF_8), secret);
    }

    @Override
    public String seal(Secret secret, SealedPlace place) {
        return sealedWith(CURRENT, secret.reveal(), place);
    }

    @Override
    public OpenedSecret open(String sealed, SealedPlace place) {
        String[] parts = sealed.split("\\|", 4);
        if (parts.length != 4 || !parts[0].equals("fake")) {
            throw new IllegalStateException("not a sealed value");
        }
        if (!parts[1].equals(CURRENT) && !parts[1].equals(OLD)) {
            throw new UnknownSealingKeyException("sealed with the key " + parts[1]);
        }
        if (!parts[2].equals(new String(place.associatedData(), StandardCharsets.UTF_8))) {
            throw new IllegalStateException("sealed for another place");
        }
        return new OpenedSecret(Secret.of(parts[3]), parts[1].equals(OLD));
    }
}
