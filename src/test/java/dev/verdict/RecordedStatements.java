package dev.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's SQL as it is sent, recorded for the calling thread while a test asks for it
 * (installed with {@code spring.jpa.properties.hibernate.session_factory.statement_inspector}).
 */
public class RecordedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements {@code work} sent from this thread. */
    public static List<String> of(Supplier<?> work) {
        List<String> sent = new ArrayList<>();
        RECORDING.set(sent);
        try {
            work.get();
        } finally {
            RECORDING.remove();
        }
        return sent;
    }

    @Override
    public String inspect(String sql) {
        List<String> sent = RECORDING.get();
        if (sent != null) {
            sent.add(sql);
        }
        return sql;
    }
}
