// Kafka's own verdict on server.properties files, for kafka-lint's differential test
// (test/oracle/kafka-oracle.test.ts). Runs, on each file given, what the broker runs at start
// before it touches the disk or the network, in the order kafka.Kafka.main runs it:
//   1. Utils.loadProps(file), as Kafka.getPropsFromArgs;
//   2. KafkaConfig.fromProps(props, false), as Kafka.buildServer: the ConfigDef parse and
//      KafkaConfig's validateValues (roles, node id, listeners, controller listener names, ...);
//   3. in KRaft mode, QuorumConfig.parseVoterConnections and parseBootstrapServers, which
//      KafkaRaftServer hands to SharedServer; in 3.9's ZooKeeper mode, the ZooKeeper client's
//      parsing of zookeeper.connect (ConnectStringParser, with the chroot's path check, and
//      StaticHostProvider), which KafkaServer's ZooKeeper client runs before it connects;
//   4. the authorizer class, created as BrokerServer/ControllerServer (KafkaServer in 3.9's
//      ZooKeeper mode) create it at startup;
//   5. on a broker, LogConfig.validateBrokerLogConfigValues and new LogConfig on the broker's log
//      defaults, as LogManager.apply does.
// What follows in the real start (meta.properties in the log directories, binding the listeners,
// the JAAS file) needs a disk or a network and is not run.
// It prints one JSON line per file:
//   {"file":..., "starts":true}
//   {"file":..., "starts":false, "error":"<exception chain>"}
// Run with test/oracle/Verdicts.java on one release's jars (test/oracle/kafka-oracle.test.ts
// resolves them and compiles both with scripts/catalog/maven.mjs):
//   javac -d classes test/oracle/kafka/KafkaOracle.java test/oracle/Verdicts.java
//   java -cp classes:<kafka classpath> KafkaOracle a.properties b.properties
// One JVM takes every file; nothing a file sets outlives its own check. Kafka's classes are
// reached by reflection, so the one source runs against every release.
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Properties;

public class KafkaOracle {
    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) return m.invoke(target, args);
        }
        throw new NoSuchMethodException(method);
    }

    private static Object callStatic(String cls, String method, Class<?>[] types, Object... args) throws Exception {
        return Class.forName(cls).getMethod(method, types).invoke(null, args);
    }

    private static boolean hasMethod(Object target, String method) {
        for (Method m : target.getClass().getMethods()) if (m.getName().equals(method) && m.getParameterCount() == 0) return true;
        return false;
    }

    /** Throws what the broker would refuse to start with. */
    private static void check(String path) throws Exception {
        Properties props = (Properties) callStatic("org.apache.kafka.common.utils.Utils", "loadProps", new Class<?>[] {String.class}, path);
        Object config = callStatic("kafka.server.KafkaConfig", "fromProps", new Class<?>[] {Properties.class, boolean.class}, props, false);

        // 3.9 still runs ZooKeeper mode (KafkaServer), which has no quorum to parse.
        boolean zooKeeperMode = hasMethod(config, "requiresZookeeper") && (Boolean) call(config, "requiresZookeeper");
        if (zooKeeperMode) {
            Object parser = Class.forName("org.apache.zookeeper.client.ConnectStringParser").getConstructor(String.class).newInstance(call(config, "zkConnect"));
            Class.forName("org.apache.zookeeper.client.StaticHostProvider").getConstructor(java.util.Collection.class).newInstance(call(parser, "getServerAddresses"));
        } else {
            List<?> voters;
            List<?> bootstrap;
            if (hasMethod(config, "quorumConfig")) {
                Object quorum = call(config, "quorumConfig");
                voters = (List<?>) call(quorum, "voters");
                bootstrap = (List<?>) call(quorum, "bootstrapServers");
            } else {
                voters = (List<?>) call(config, "quorumVoters");
                bootstrap = (List<?>) call(config, "quorumBootstrapServers");
            }
            callStatic("org.apache.kafka.raft.QuorumConfig", "parseVoterConnections", new Class<?>[] {List.class}, voters);
            callStatic("org.apache.kafka.raft.QuorumConfig", "parseBootstrapServers", new Class<?>[] {List.class}, bootstrap);
        }

        String authorizer = (String) call(config, "getString", "authorizer.class.name");
        if (authorizer != null && !authorizer.isEmpty()) {
            callStatic("org.apache.kafka.common.utils.Utils", "newInstance", new Class<?>[] {String.class, Class.class},
                authorizer, Class.forName("org.apache.kafka.server.authorizer.Authorizer"));
        }

        Object brokerRole = Class.forName("org.apache.kafka.server.ProcessRole").getField("BrokerRole").get(null);
        if (zooKeeperMode || (Boolean) call(call(config, "processRoles"), "contains", brokerRole)) {
            Map<?, ?> logDefaults = (Map<?, ?>) call(config, "extractLogConfigMap");
            boolean remoteStorage = (Boolean) call(call(config, "remoteLogManagerConfig"), "isRemoteStorageSystemEnabled");
            Class<?> logConfig = Class.forName("org.apache.kafka.storage.internals.log.LogConfig");
            logConfig.getMethod("validateBrokerLogConfigValues", Map.class, boolean.class).invoke(null, logDefaults, remoteStorage);
            logConfig.getConstructor(Map.class).newInstance(logDefaults);
        }
    }

    public static void main(String[] args) {
        // Kafka logs to stdout; stdout carries the verdicts only.
        PrintStream out = System.out;
        System.setOut(System.err);
        Properties original = (Properties) System.getProperties().clone();
        for (String path : args) {
            String line;
            try {
                check(path);
                line = "{\"file\":" + Verdicts.quote(path) + ",\"starts\":true}";
            } catch (Throwable e) {
                line = "{\"file\":" + Verdicts.quote(path) + ",\"starts\":false,\"error\":" + Verdicts.quote(Verdicts.chain(e)) + "}";
            }
            out.println(line);
            System.setProperties((Properties) original.clone());
        }
        out.flush();
    }
}
