package erp.onlinesync.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The module's own JDBC data source, used unless {@code ds.resource} names one of the server's
 * ({@link DataSources}); it chooses its database from MicroProfile Config: {@code ds.url}
 * ({@code DS_URL}), {@code ds.user}, {@code ds.password}. A {@code jdbc:postgresql:} URL selects
 * PostgreSQL; no URL at all selects the embedded H2 file under {@code sync.data-dir}, so the same WAR
 * runs with nothing configured and in production with three environment variables.
 * <p>
 * The server's connection pool instantiates this class (see {@link DataSources}) and only ever calls
 * {@link #getConnection()}; the pool's own url/user/password properties are ignored on purpose.
 */
public class ConfiguredDataSource implements DataSource {

    /** H2 settings: PostgreSQL mode keeps one SQL dialect for both databases. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private volatile DataSource target;
    private int loginTimeout;

    /** @return the JDBC URL the module uses, with no credentials in it */
    public static String configuredUrl(Config config) {
        return config.getOptionalValue("ds.url", String.class).filter(u -> !u.isBlank())
                .orElseGet(() -> "jdbc:h2:file:" + DataDirectory.of(config).resolve("onlinesync").toAbsolutePath() + H2_OPTIONS);
    }

    private DataSource target() {
        DataSource ds = target;
        if (ds == null) {
            synchronized (this) {
                if (target == null) {
                    target = create(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                }
                ds = target;
            }
        }
        return ds;
    }

    private static DataSource create(Config config) {
        String url = configuredUrl(config);
        String user = config.getOptionalValue("ds.user", String.class).orElse("");
        String password = config.getOptionalValue("ds.password", String.class).orElse("");
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException("ds.url must start with jdbc:postgresql: or jdbc:h2:");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    // Bean properties the pool may set from the data source definition; MicroProfile Config wins.
    public void setUrl(String ignored) {
    }

    public void setUser(String ignored) {
    }

    public void setPassword(String ignored) {
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
