// The local Neo4j of nqgraph: an embedded Community DBMS with Bolt and HTTP (Browser) connectors.
// Compiled and run by graph/launcher.py (Java 17 or 21) on the class path of the verified, locked jars:
//   java @<home>/classpath.args NeoLauncher <home> <boltPort> <httpPort> <pagecache>
// Settings written by the launcher (<home>/conf/neo4j.conf: the procedure allowlist) load first.
// The neo4j user's password comes from the environment (NQGRAPH_NEO4J_PASSWORD), never argv, so it does
// not show in `ps`. Stops cleanly on SIGTERM through a shutdown hook.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class NeoLauncher {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: NeoLauncher <home> <boltPort> <httpPort> <pagecache>");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int boltPort = Integer.parseInt(args[1]);
        int httpPort = Integer.parseInt(args[2]);
        long pagecache = ByteUnit.parse(args[3]);
        String password = System.getenv("NQGRAPH_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("NeoLauncher: NQGRAPH_NEO4J_PASSWORD is not set");
            System.exit(64);
        }
        Path plugins = home.resolve("plugins");
        Files.createDirectories(plugins);

        log("starting Neo4j in " + home + " (bolt " + HOST + ":" + boltPort + ", http " + HOST + ":" + httpPort + ")");
        // Embedded defaults are not the server's: connectors and auth are off unless set here.
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        Path conf = home.resolve("conf").resolve("neo4j.conf");
        if (Files.exists(conf)) {
            builder.loadPropertiesFromFile(conf);
        }
        DatabaseManagementService dbms = builder
                .setUserLogProvider(new Log4jLogProvider(System.out))
                .setConfig(Map.of(
                        GraphDatabaseSettings.data_directory, home.resolve("data"),
                        GraphDatabaseSettings.logs_directory, home.resolve("logs"),
                        GraphDatabaseSettings.plugin_dir, plugins,
                        GraphDatabaseSettings.auth_enabled, true,
                        GraphDatabaseSettings.pagecache_memory, pagecache,
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress(HOST, boltPort),
                        HttpConnector.enabled, true,
                        HttpConnector.listen_address, new SocketAddress(HOST, httpPort)))
                // Advertised = listened: Browser's connect form and the discovery document at http://host:http/
                // otherwise propose bolt://...:7687, another database when the project runs on other ports.
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping Neo4j");
            dbms.shutdown();
            log("Neo4j stopped");
            stopped.countDown();
        }, "nqgraph-neo4j-shutdown"));

        try {
            setPassword(dbms, home, password);
        } catch (Exception e) {
            log("could not set the password of user neo4j: " + e);
            System.exit(1);
        }
        log("Neo4j ready");
        stopped.await();
    }

    /**
     * The server sets the initial password with neo4j-admin; embedded, the system database does it.
     * The first Cypher query costs seconds, so a digest of the last password set skips the repeat.
     */
    private static void setPassword(DatabaseManagementService dbms, Path home, String password) throws Exception {
        Path stamp = home.resolve("data").resolve("nqgraph-password.sha256");
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(("nqgraph:" + password).getBytes(StandardCharsets.UTF_8)));
        if (Files.exists(stamp) && Files.readString(stamp).strip().equals(digest)) {
            log("password of user neo4j unchanged");
            return;
        }
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            log("password of user neo4j set from settings");
        } catch (RuntimeException e) {
            // Re-setting the same password is refused; anything else is a real failure.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            log("password of user neo4j unchanged");
        }
        Files.writeString(stamp, digest + "\n");
    }

    private static void log(String message) {
        System.out.println(java.time.Instant.now() + " NeoLauncher " + message);
        System.out.flush();
    }
}
