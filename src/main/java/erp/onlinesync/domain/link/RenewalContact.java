package erp.onlinesync.domain.link;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who renews a link's consent and is mailed its reminders: a mail address, or the user name of a module
 * user (by default the admin who connected the link). User names carry no address in this module, so a
 * user name gets the reminders in the chatter and on the dashboard only, until an address is set.
 * <p>
 * The address check is deliberately loose (one {@code @}, no blank): the mail server is the judge, and a
 * refused address is told in the chatter. Why not {@code jakarta.mail.internet.InternetAddress}: the domain
 * depends on no mail API, and its strict parse refuses addresses servers take.
 *
 * @param value the contact as a person typed it, trimmed
 */
public record RenewalContact(String value) {

    /** The longest mail address (RFC 3696), also the column's length. */
    public static final int MAX = 320;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern ONE_WORD = Pattern.compile("\\S+");

    /** @throws IllegalArgumentException for an empty value, a blank inside, or one longer than {@link #MAX}: said for a person */
    public RenewalContact {
        value = value == null ? "" : value.strip();
        if (value.isEmpty() || value.length() > MAX || !ONE_WORD.matcher(value).matches()) {
            throw new IllegalArgumentException("renewal_contact: a mail address or a user name of at most " + MAX
                    + " characters without blanks is required");
        }
    }

    /** @return the address to mail, or empty when the contact is a user name */
    public Optional<String> mailAddress() {
        return ADDRESS.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
