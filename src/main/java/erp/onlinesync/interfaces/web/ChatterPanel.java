package erp.onlinesync.interfaces.web;

import erp.onlinesync.application.link.MessageView;
import erp.onlinesync.application.link.Slice;
import erp.onlinesync.domain.chatter.ChainCheck;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What a page shows of a record's chatter ({@code resources/sync/chatter.xhtml}): the messages read so
 * far, a slice at a time from the newest, whether older ones may exist, and the order the person chose.
 * The page gives the reads, so one panel serves a link's, a journal's and the module's chatter.
 */
public final class ChatterPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int slice;
    /** Newest first, as read. */
    private List<MessageView> messages = List.of();
    private boolean older;
    private boolean newestFirst = true;

    /** @param slice messages read at a time */
    public ChatterPanel(int slice) {
        this.slice = slice;
    }

    /** Forgets what was shown and reads the newest slice. */
    public void reload(Function<Slice, List<MessageView>> before) {
        messages = List.of();
        loadOlder(before);
    }

    /** Adds the slice below the oldest message shown; {@code before} reads newest first below a cursor. */
    public void loadOlder(Function<Slice, List<MessageView>> before) {
        Long oldest = messages.isEmpty() ? null : messages.get(messages.size() - 1).id();
        List<MessageView> read = before.apply(Slice.before(oldest, slice));
        messages = concat(messages, read);
        older = read.size() == slice;
    }

    /** Adds the messages newer than the newest shown; {@code after} reads oldest first above a cursor. */
    public void loadNewer(Function<Slice, List<MessageView>> after) {
        long newest = messages.isEmpty() ? 0 : messages.get(0).id();
        List<MessageView> newer = new ArrayList<>(after.apply(Slice.after(newest, Slice.MAX_LIMIT)));
        Collections.reverse(newer);
        messages = concat(newer, messages);
    }

    /** Shows the verdict of a chain check to the auditor who asked for it. */
    public static void tell(ChainCheck check) {
        if (check.ok()) {
            Pages.info("link.chatter-verified", check.count());
        } else {
            Pages.error("link.chatter-broken", check.firstBrokenId() == null ? "-" : check.firstBrokenId(), check.reason());
        }
    }

    public void toggleOrder() {
        newestFirst = !newestFirst;
    }

    /** @return the chatter in the order the person chose */
    public List<MessageView> getMessages() {
        if (!newestFirst) {
            return messages;
        }
        List<MessageView> reversed = new ArrayList<>(messages);
        Collections.reverse(reversed);
        return reversed;
    }

    /** @return true when the last slice was full: older messages may exist */
    public boolean isOlder() {
        return older;
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> both = new ArrayList<>(first.size() + then.size());
        both.addAll(first);
        both.addAll(then);
        return both;
    }
}
