package erp.onlinesync.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 20: on PostgreSQL, each journal's number of statement lines per day in
 * {@code journal_day_lines}, kept by triggers, so a page deep in a journal of a million lines starts
 * at its day instead of walking every line before it (see {@code JdbcLineCounts}). Triggers and not
 * the module's writers: a line written or deleted by any statement, a DBA's script or a bulk load
 * included, moves the count in the same transaction. H2, the embedded database of small
 * installations, has no such triggers (they are Java classes its server cannot load from the WAR) and
 * pages by offset.
 * <p>
 * Statement-level triggers with transition tables: an insert of 500 lines updates each of its days
 * once. Only the date and the journal of a line decide its day; an update of other columns costs
 * nothing.
 */
public class CountLinesPerDay extends ModuleJavaMigration {

    private static final String[] POSTGRES = {
        "create table journal_day_lines (journal_id bigint not null, date date not null, lines bigint not null,"
                + " primary key (journal_id, date))",
        "insert into journal_day_lines (journal_id, date, lines)"
                + " select journal_id, date, count(*) from statement_line group by journal_id, date",
        // in key order, so that two imports into one journal lock its days in the same order
        "create function journal_day_lines_added() returns trigger language plpgsql as $$ begin"
                + " insert into journal_day_lines (journal_id, date, lines)"
                + " select journal_id, date, count(*) from added group by journal_id, date order by journal_id, date"
                + " on conflict (journal_id, date) do update set lines = journal_day_lines.lines + excluded.lines;"
                + " return null; end $$",
        "create function journal_day_lines_removed() returns trigger language plpgsql as $$ begin"
                + " update journal_day_lines d set lines = d.lines - r.lines"
                + " from (select journal_id, date, count(*) as lines from removed group by journal_id, date) r"
                + " where d.journal_id = r.journal_id and d.date = r.date;"
                + " delete from journal_day_lines d using (select distinct journal_id, date from removed) r"
                + " where d.journal_id = r.journal_id and d.date = r.date and d.lines <= 0;"
                + " return null; end $$",
        "create function journal_day_lines_moved() returns trigger language plpgsql as $$ begin"
                + " if (old.journal_id, old.date) is distinct from (new.journal_id, new.date) then"
                + " update journal_day_lines set lines = lines - 1 where journal_id = old.journal_id and date = old.date;"
                + " delete from journal_day_lines where journal_id = old.journal_id and date = old.date and lines <= 0;"
                + " insert into journal_day_lines (journal_id, date, lines) values (new.journal_id, new.date, 1)"
                + " on conflict (journal_id, date) do update set lines = journal_day_lines.lines + 1;"
                + " end if; return null; end $$",
        "create function journal_day_lines_cleared() returns trigger language plpgsql as $$ begin"
                + " delete from journal_day_lines; return null; end $$",
        "create trigger statement_line_days_added after insert on statement_line referencing new table as added"
                + " for each statement execute function journal_day_lines_added()",
        "create trigger statement_line_days_removed after delete on statement_line referencing old table as removed"
                + " for each statement execute function journal_day_lines_removed()",
        "create trigger statement_line_days_moved after update of journal_id, date on statement_line"
                + " for each row execute function journal_day_lines_moved()",
        "create trigger statement_line_days_cleared after truncate on statement_line"
                + " for each statement execute function journal_day_lines_cleared()",
    };

    public CountLinesPerDay() {
        super(20, "count lines per day");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (!isPostgres(context.getConnection())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            for (String sql : POSTGRES) {
                s.execute(sql);
            }
        }
    }
}
