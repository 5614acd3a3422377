package erp.onlinesync.infrastructure.proxy;

import static erp.onlinesync.infrastructure.proxy.ProxyFixtures.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import erp.onlinesync.application.run.fakes.Engine;
import erp.onlinesync.application.run.fakes.InMemoryStatementLines;
import erp.onlinesync.application.run.fakes.ScriptedProxy;
import erp.onlinesync.domain.chatter.MessageKind;
import erp.onlinesync.domain.journal.NewLine;
import erp.onlinesync.domain.proxy.ProxyException;
import erp.onlinesync.domain.proxy.TransactionPage;
import erp.onlinesync.domain.proxy.TransactionQuery;
import erp.onlinesync.domain.proxy.TransactionStatus;
import erp.onlinesync.domain.run.RunState;
import erp.onlinesync.domain.run.RunTrigger;
import erp.onlinesync.domain.run.SyncRun;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile answers to {@code transactions} (wrong types, missing fields, huge
 * strings, broken text, negative, huge and malformed amounts, dates out of range, deep JSON, cut or
 * empty bodies) through the adapter, and its outcome through the engine: the adapter gives a clean page
 * or a {@link ProxyException}, nothing else; the run then ends done with the whole page, or failed with
 * an error in the chatter and no line of the page.
 * <p>
 * {@code -Dfuzz.cases} (1,000; 10,000 with {@code -Pfuzz}) and {@code -Dfuzz.seed}: a failure names its
 * case and seed, so it can be replayed.
 */
class HostileAnswersFuzzTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 1_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
    /** A call and its retries. */
    private static final int ATTEMPTS = 4;
    private static final TransactionQuery QUERY = new TransactionQuery(Engine.ACCOUNT, TransactionStatus.POSTED, null, null,
            "EUR", null);
    private static final String[] FIELDS = {"online_transaction_identifier", "date", "value_date", "payment_ref", "amount",
        "currency_code", "partner_name", "account_number", "foreign_currency_code", "amount_currency", "end_to_end_uuid",
        "pending_transaction_identifier", "transaction_details"};
    private static final String[] AMOUNTS = {"-99999999999999999999999.9999", "1e400", "-1E-400", "NaN", "Infinity", "1,50", "0x10",
        "", " 12.5 ", "12.34567", "--1", "+7", "٣٤", "1_000", "9".repeat(400)};
    private static final String[] DATES = {"0000-01-01", "9999-12-31", "+10000-01-01", "2026-02-30", "2026-13-01", "yesterday",
        "", "2026-1-1", "2026-02-27T10:00:00Z", "-2026-02-27", "1970-01-01"};
    private static final String[] TEXTS = {"\u0000", "\uD800", "\uDC00x", "\uFFFD\uFFFD", "\u202Eevil", "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>", "\r\n\t", "'; drop table statement_line; --", "\u0085\u2028"};

    /** The module's logger, kept from writing a line per refused case to the build's output. */
    private static final Logger MODULE_LOG = Logger.getLogger("erp.onlinesync");

    @Test
    void everyHostileAnswerEndsAsACleanRunOrACleanRefusal() {
        MODULE_LOG.setUseParentHandlers(false);
        try {
            run();
        } finally {
            MODULE_LOG.setUseParentHandlers(true);
        }
    }

    private static void run() {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            Case hostile = Case.generate(random);
            String where = "case " + i + " of seed " + SEED + " (" + hostile.what + ")";
            ProxyFixtures fixtures = new ProxyFixtures();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                fixtures.transport.ok(hostile.body); // a malformed body is asked again: each time the same
            }
            TransactionPage page = null;
            ProxyException refused = null;
            try {
                page = fixtures.adapter.transactions(fixtures.session, QUERY, PERSON);
            } catch (ProxyException e) {
                refused = e;
            } catch (RuntimeException | StackOverflowError e) {
                fail(where + ": " + e + " escaped the adapter");
            }
            Engine engine = new Engine();
            if (page == null) {
                engine.proxy.failNext(ScriptedProxy.ANSWER, refused); // the refresh answers, the page is refused
            } else {
                engine.proxy.posted(Engine.ACCOUNT, List.of(page.transactions()));
            }
            SyncRun run;
            try {
                run = engine.run(RunTrigger.MANUAL);
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": the engine threw " + e, e);
            }
            long imported = lines(engine);
            if (run.getState() == RunState.DONE) {
                assertEquals(page == null ? 0 : page.transactions().size(), imported, where + ": the whole page");
            } else {
                assertEquals(RunState.FAILED, run.getState(), where);
                assertEquals(0, imported, where + ": no line of a refused page");
                assertFalse(engine.chatterLog.ofKind(MessageKind.ERROR).isEmpty(), where + ": the error is in the chatter");
            }
            outcomes.merge(run.getState() + (refused == null ? "" : " " + refused.failure()), 1, Integer::sum);
        }
        System.out.println("HostileAnswersFuzzTest: " + CASES + " cases of seed " + SEED + ": " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("FAILED")), "some answers were refused: " + outcomes);
    }

    private static long lines(Engine engine) {
        return engine.lines.linesOf(engine.account.getId()).stream().map(NewLine::onlineId)
                .filter(id -> !InMemoryStatementLines.OPENING.equals(id)).count();
    }

    /** One generated answer: a valid page of one to four transactions, then one to three hostile changes. */
    private record Case(String body, String what) {

        static Case generate(Random random) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                return whole(random);
            }
            int count = 1 + random.nextInt(4);
            JsonObjectBuilder[] transactions = new JsonObjectBuilder[count];
            StringBuilder what = new StringBuilder();
            for (int t = 0; t < count; t++) {
                transactions[t] = ProxyFixtures.transaction("tx-" + t);
            }
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                JsonObjectBuilder target = transactions[random.nextInt(count)];
                String field = FIELDS[random.nextInt(FIELDS.length)];
                what.append(what.length() == 0 ? "" : ", ").append(mutate(random, target, field));
            }
            return new Case(ProxyFixtures.transactionPage(transactions), what.toString());
        }

        private static String mutate(Random random, JsonObjectBuilder transaction, String field) {
            switch (random.nextInt(9)) {
                case 0:
                    transaction.remove(field);
                    return field + " missing";
                case 1:
                    transaction.add(field, random.nextLong());
                    return field + " a number";
                case 2:
                    transaction.add(field, random.nextBoolean());
                    return field + " a boolean";
                case 3:
                    transaction.addNull(field);
                    return field + " null";
                case 4:
                    transaction.add(field, Json.createArrayBuilder().add("x").add(Json.createObjectBuilder()));
                    return field + " an array";
                case 5:
                    transaction.add(field, "x".repeat(1 + random.nextInt(300_000)));
                    return field + " a huge string";
                case 6:
                    transaction.add(field, "ab" + TEXTS[random.nextInt(TEXTS.length)] + "cd");
                    return field + " broken text";
                case 7:
                    transaction.add("amount", AMOUNTS[random.nextInt(AMOUNTS.length)]);
                    return "amount malformed";
                default:
                    transaction.add(random.nextBoolean() ? "date" : "value_date", DATES[random.nextInt(DATES.length)]);
                    return "date out of range";
            }
        }

        /** A page broken as a whole: deep nesting, cut, empty, not an object, transactions of the wrong shape. */
        private static Case whole(Random random) {
            String valid = ProxyFixtures.transactionPage(ProxyFixtures.transaction("tx-0"), ProxyFixtures.transaction("tx-1"));
            switch (random.nextInt(7)) {
                case 0:
                    int depth = 1_000 + random.nextInt(50_000);
                    return new Case("{\"result\":{\"transactions\":" + "[".repeat(depth) + "]".repeat(depth) + "}}", "deep JSON " + depth);
                case 1:
                    return new Case(valid.substring(0, random.nextInt(valid.length())), "cut");
                case 2:
                    return new Case("", "empty");
                case 3:
                    return new Case("[" + valid + "]", "an array");
                case 4:
                    return new Case(ProxyFixtures.result(Json.createObjectBuilder().add("transactions", "none")), "transactions a string");
                case 5:
                    return new Case(ProxyFixtures.result(Json.createObjectBuilder().add("transactions", array(a -> a.add(1).add("x")))),
                            "transactions not objects");
                default:
                    return new Case(valid.replace("\"balance\":\"1000.00\"", "\"balance\":\"1000.00\",\"balance\":[]"),
                            "a key twice");
            }
        }

        private static JsonArrayBuilder array(Consumer<JsonArrayBuilder> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.accept(array);
            return array;
        }
    }
}
