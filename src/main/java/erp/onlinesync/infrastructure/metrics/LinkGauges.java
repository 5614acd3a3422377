package erp.onlinesync.infrastructure.metrics;

import erp.onlinesync.domain.link.LinkState;
import erp.onlinesync.infrastructure.persistence.DataSources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Figures read from the database at scrape time: links by state, consents that expire within
 * {@value #EXPIRING_DAYS} days (the first reminder's horizon), and the scheduler's lag (how long the
 * most overdue link has been due). Read at most once per {@link #FRESH} so a scrape every second
 * costs the database three small queries every 15 s, whatever the number of scrapers.
 */
@ApplicationScoped
public class LinkGauges {

    static final int EXPIRING_DAYS = 15;
    static final Duration FRESH = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(LinkGauges.class.getName());

    @Resource(lookup = DataSources.JNDI)
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private volatile Figures figures;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (LinkState state : LinkState.values()) {
            registry.gauge(new MetadataBuilder().withName("onlinesync_links").withDescription("Online links, by state").build(),
                    () -> fresh().byState().getOrDefault(state, 0L), new Tag("state", state.name().toLowerCase(Locale.ROOT)));
        }
        registry.gauge(new MetadataBuilder().withName("onlinesync_consents_expiring")
                .withDescription("Connected links whose consent expires within " + EXPIRING_DAYS + " days").build(),
                () -> fresh().expiring());
        registry.gauge(new MetadataBuilder().withName("onlinesync_scheduler_lag").withUnit("seconds")
                .withDescription("How long the most overdue link with automatic synchronization has been due").build(),
                () -> fresh().lagSeconds());
    }

    private Figures fresh() {
        Figures f = figures;
        Instant now = clock.instant();
        if (f == null || f.readAt().plus(FRESH).isBefore(now)) {
            f = read(now);
            figures = f;
        }
        return f;
    }

    /** A database that does not answer shows as zeros for one period, logged: a scrape must not fail. */
    private Figures read(Instant now) {
        try (Connection c = dataSource.getConnection()) {
            return new Figures(now, byState(c), expiring(c, LocalDate.ofInstant(now, ZoneOffset.UTC)), lag(c, now));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the links' figures for monitoring: " + e.getMessage());
            return new Figures(now, Map.of(), 0, 0);
        }
    }

    private static Map<LinkState, Long> byState(Connection c) throws SQLException {
        Map<LinkState, Long> counts = new EnumMap<>(LinkState.class);
        try (PreparedStatement ps = c.prepareStatement("select state, count(*) from online_link group by state");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(LinkState.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    private static long expiring(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from online_link where state <> 'DISCONNECTED'"
                + " and consent_expiring_date is not null and consent_expiring_date <= ?")) {
            ps.setDate(1, Date.valueOf(today.plusDays(EXPIRING_DAYS)));
            return single(ps);
        }
    }

    private static long lag(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select min(next_refresh) from online_link"
                + " where auto_sync and state <> 'DISCONNECTED' and next_refresh <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp oldest = rs.next() ? rs.getTimestamp(1) : null;
                return oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toSeconds();
            }
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Figures(Instant readAt, Map<LinkState, Long> byState, long expiring, long lagSeconds) {
    }
}
