package erp.onlinesync.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a sealed value is stored: table, row id and column. The sealer binds it into the seal as
 * associated data, so a value copied into another row or column (one link's token into another's, a
 * refresh token into the access token's column) does not open there.
 *
 * @param table the table's name, {@code online_link}
 * @param rowId the row's id: the row must have one before its values are sealed
 * @param column the value's name in the row, {@code refresh_token}
 */
public record SealedPlace(String table, long rowId, String column) {

    public SealedPlace {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** @return {@code table:rowId:column}, the bytes the seal is bound to */
    public byte[] associatedData() {
        return (table + ":" + rowId + ":" + column).getBytes(StandardCharsets.UTF_8);
    }
}
