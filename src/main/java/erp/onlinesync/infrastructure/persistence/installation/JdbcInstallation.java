package erp.onlinesync.infrastructure.persistence.installation;

import erp.onlinesync.domain.shared.Installation;
import erp.onlinesync.infrastructure.persistence.DataDirectory;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * {@link Installation} in the row {@value #NAME} of table {@code module_setting}: MicroProfile Config
 * {@value #KEY} when set (it wins, on every node), else the row, created by the first node that asks
 * with an insert-if-absent, so two nodes starting at once agree on the winner's id.
 * <p>
 * An installation from before the id moved into the database kept it in
 * {@code <sync.data-dir>/}{@value #LEGACY_FILE}: that id seeds the row, so the proxy keeps seeing the
 * same installation. Read once per process: only {@link #renew()} changes it.
 */
@ApplicationScoped
public class JdbcInstallation implements Installation {

    static final String KEY = "sync.db-uuid";
    static final String NAME = "db_uuid";
    static final String LEGACY_FILE = "db-uuid";

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Inject
    Config config;

    private Optional<String> configured;
    private Path dataDir;
    private volatile String id;

    /** For CDI: the data source and config come by injection. */
    public JdbcInstallation() {
    }

    /** @param configured {@value #KEY}, blank counting as unset */
    JdbcInstallation(DataSource dataSource, Optional<String> configured, Path dataDir) {
        this.dataSource = dataSource;
        this.configured = configured.map(String::trim).filter(v -> !v.isEmpty());
        this.dataDir = dataDir;
    }

    @PostConstruct
    void readConfig() {
        configured = config.getOptionalValue(KEY, String.class).map(String::trim).filter(v -> !v.isEmpty());
        dataDir = DataDirectory.of(config);
    }

    @Override
    public String id() {
        String known = id;
        if (known == null) {
            known = configured.orElseGet(this::stored);
            id = known;
        }
        return known;
    }

    @Override
    public String renew() {
        String fresh = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update module_setting set setting_value = ? where setting_name = ?")) {
            update.setString(1, fresh);
            update.setString(2, NAME);
            if (update.executeUpdate() == 0) {
                insertIfAbsent(c, fresh);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store a new installation id", e);
        }
        id = configured.orElse(fresh);
        return id;
    }

    private String stored() {
        try (Connection c = dataSource.getConnection()) {
            insertIfAbsent(c, legacyId().orElseGet(() -> UUID.randomUUID().toString()));
            try (PreparedStatement select = c.prepareStatement("select setting_value from module_setting where setting_name = ?")) {
                select.setString(1, NAME);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the installation id", e);
        }
    }

    private static void insertIfAbsent(Connection c, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into module_setting (setting_name, setting_value) values (?, ?) on conflict do nothing")) {
            insert.setString(1, NAME);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private Optional<String> legacyId() {
        Path file = dataDir.resolve(LEGACY_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).trim()).filter(v -> !v.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the former installation id file " + file, e);
        }
    }
}
