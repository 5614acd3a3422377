package erp.onlinesync.infrastructure.ponto;

import erp.onlinesync.infrastructure.proxy.ProxyJson;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Where the next page of a listing starts: Ponto Connect's cursor paging by resource id, after it (older
 * transactions, the next accounts) or before it (newer transactions). Travels through the engine as the
 * opaque {@code next_data} JSON text {@code {"after": id}} or {@code {"before": id}}.
 *
 * @param id the resource id, or null for the first page
 */
record PontoCursor(String id, boolean backward) {

    private static final String AFTER = "after";
    private static final String BEFORE = "before";

    static PontoCursor after(String id) {
        return new PontoCursor(id, false);
    }

    static PontoCursor before(String id) {
        return new PontoCursor(id, true);
    }

    /**
     * @param nextData a cursor's {@link #text()}, or null
     * @return the cursor, or null for null
     * @throws IllegalArgumentException for a text this adapter did not write
     */
    static PontoCursor parse(String nextData) {
        if (nextData == null) {
            return null;
        }
        try {
            if (ProxyJson.parse(nextData) instanceof JsonObject o && o.size() == 1) {
                boolean backward = o.containsKey(BEFORE);
                if (o.get(backward ? BEFORE : AFTER) instanceof JsonString id) {
                    return new PontoCursor(id.getString(), backward);
                }
            }
        } catch (JsonException e) {
            // refused below
        }
        throw new IllegalArgumentException("next_data is not a cursor this adapter wrote");
    }

    /** @return the cursor of {@code nextData}, or the first page's for null */
    static PontoCursor orFirst(String nextData) {
        return nextData == null ? after(null) : parse(nextData);
    }

    String text() {
        return ProxyJson.object().add(backward ? BEFORE : AFTER, id).build().toString();
    }
}
