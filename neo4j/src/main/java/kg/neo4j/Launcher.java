package kg.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A local Neo4j Community with the Bolt connector on 127.0.0.1, for development, tests and CI.
 * Usage: java -cp neo4j-launcher.jar:lib/* kg.neo4j.Launcher [--port N] [--data DIR] [--pagecache BYTES]
 * Env: NEO4J_PORT (when --port is absent), NEO4J_PASSWORD (turns authentication on for user neo4j),
 * NEO4J_SETTINGS (more Neo4j settings, "name=value name=value", read as neo4j.conf lines).
 * Prints the bolt URL on a line of its own once the default database is available; stops on SIGTERM/SIGINT.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    String portText = opts.getOrDefault("port", System.getenv().getOrDefault("NEO4J_PORT", ""));
    int port = portText.isBlank() || Integer.parseInt(portText.trim()) == 0 ? freePort() : Integer.parseInt(portText.trim());
    Path data = Path.of(opts.getOrDefault("data", ".data/neo4j")).toAbsolutePath();
    long pagecache = Long.parseLong(opts.getOrDefault("pagecache", String.valueOf(512L << 20)));
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data);
    builder
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
        // A development store keeps at most ~1 GiB of transaction logs (pruned at each checkpoint):
        // repeated loads of a large graph otherwise fill the disk with logs kept "2 days" by default.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, opts.getOrDefault("tx-log-retention", "1G size"));
    String extra = System.getenv().getOrDefault("NEO4J_SETTINGS", "").trim();
    if (!extra.isEmpty()) {
      // Neo4j setting lines (name=value, whitespace-separated), read the way neo4j.conf is read.
      Path conf = java.nio.file.Files.createTempFile("kg-neo4j", ".conf");
      java.nio.file.Files.writeString(conf, String.join("\n", extra.split("\\s+")) + "\n");
      conf.toFile().deleteOnExit();
      builder.loadPropertiesFromFile(conf);
    }
    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("neo4j: shutting down");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    if (auth) {
      try {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      } catch (RuntimeException e) {
        // Restarting on old data with the same password: Neo4j refuses to "change" it to itself.
        if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) throw e;
      }
    }
    if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.err.println("neo4j: the default database did not become available");
      System.exit(1);
    }
    System.err.println("neo4j: data in " + data + (auth ? ", authentication on (user neo4j)" : ", authentication off"));
    System.out.println("bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static Map<String, String> parseArgs(String[] args) {
    java.util.HashMap<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: [--port N] [--data DIR] [--pagecache BYTES] [--tx-log-retention POLICY]; bad argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
