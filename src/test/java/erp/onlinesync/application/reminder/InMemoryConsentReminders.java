package erp.onlinesync.application.reminder;

import erp.onlinesync.domain.link.ConsentReminder;
import erp.onlinesync.domain.link.ConsentReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The reminders sent in a set keyed as the table's primary key is (link, expiry date, threshold). */
final class InMemoryConsentReminders implements ConsentReminders {

    private record Key(long linkId, LocalDate expiryDate, int daysBefore) {
    }

    private final Set<Key> sent = new HashSet<>();

    @Override
    public synchronized Set<Integer> sentFor(long linkId, LocalDate expiryDate) {
        return sent.stream().filter(k -> k.linkId() == linkId && k.expiryDate().equals(expiryDate))
                .map(Key::daysBefore).collect(Collectors.toSet());
    }

    @Override
    public synchronized boolean claim(long linkId, ConsentReminder reminder, Instant at) {
        return sent.add(new Key(linkId, reminder.expiryDate(), reminder.daysBefore()));
    }
}
