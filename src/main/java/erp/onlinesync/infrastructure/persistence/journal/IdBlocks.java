package erp.onlinesync.infrastructure.persistence.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out ids from a database sequence the way EclipseLink does ({@code allocationSize} 50): one
 * {@code nextval} reserves the 50 ids up to the value it returns, so JDBC batch inserts and JPA never
 * collide and a batch needs one round trip per 50 rows, not one per row.
 */
final class IdBlocks {

    static final int BLOCK = 50;

    private final String sequence;
    private long next;
    private long last = -1;

    IdBlocks(String sequence) {
        this.sequence = sequence;
    }

    long next(Connection connection) throws SQLException {
        if (next > last) {
            try (PreparedStatement ps = connection.prepareStatement("select nextval('" + sequence + "')");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
