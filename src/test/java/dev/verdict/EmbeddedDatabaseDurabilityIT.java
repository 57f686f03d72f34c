package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The embedded default is durable at commit: a JVM killed with SIGKILL right after a commit
 * returned keeps that commit, with the H2 URL exactly as application.yml configures it.
 */
class EmbeddedDatabaseDurabilityIT {

    /** The writer in its own JVM: commits one row at a time and says so on stdout after each commit. */
    public static final class Writer {
        public static void main(String[] args) throws SQLException {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.createStatement().execute("create table if not exists saved(n int primary key, note varchar(200))");
                ResultSet max = c.createStatement().executeQuery("select coalesce(max(n), 0) from saved");
                max.next();
                c.setAutoCommit(false);
                var insert = c.prepareStatement("insert into saved values (?, ?)");
                for (int n = max.getInt(1) + 1; ; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, "parked item " + n);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println("committed " + n);
                    System.out.flush();
                }
            }
        }
    }

    @TempDir
    Path data;

    @Test
    void every_commit_the_writer_saw_return_survives_a_kill_9_at_a_random_moment() throws Exception {
        String url = configuredUrl().replace("${verdict.data-dir}", data.toString());
        Random random = new Random(20261201);
        for (int round = 0; round < 6; round++) {
            int lastSeen = runAndKill(url, 20 + random.nextInt(200));

            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                ResultSet rs = c.createStatement().executeQuery("select count(*), max(n) from saved");
                rs.next();
                assertThat(rs.getInt(2)).as("round %d: the last commit reported before the kill", round).isGreaterThanOrEqualTo(lastSeen);
                assertThat(rs.getInt(1)).as("round %d: no gaps", round).isEqualTo(rs.getInt(2));
            }
        }
    }

    /** Starts the writer, lets it report {@code commits} commits, kills it with SIGKILL; the last commit it reported. */
    private static int runAndKill(String url, int commits) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int last = 0;
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < commits && (line = out.readLine()) != null) {
                // Libraries may log to stdout as they load (ical4j's time-zone provider does, with
                // logback's default console setup): only the writer's own lines count.
                if (!line.startsWith("committed ")) {
                    continue;
                }
                last = Integer.parseInt(line.substring("committed ".length()));
                seen++;
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(last).as("the writer reported commits").isPositive();
        return last;
    }

    @SuppressWarnings("unchecked")
    private static String configuredUrl() throws Exception {
        Map<String, Object> yaml = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        var spring = (Map<String, Object>) yaml.get("spring");
        return (String) ((Map<String, Object>) spring.get("datasource")).get("url");
    }
}
