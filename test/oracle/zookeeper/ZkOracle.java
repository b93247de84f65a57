// ZooKeeper's own verdict on zoo.cfg files, for kafka-lint's differential test
// (test/zookeeper/oracle.test.ts). Runs QuorumPeerConfig.parse, exactly what zkServer.sh start
// runs first, on each path given and prints one JSON line per file:
//   {"file":..., "accepted":true, "voters":3, "observers":0, "distributed":true, "serverId":1, "clientPort":2181}
//   {"file":..., "accepted":false, "error":"<exception chain>"}
// Run with test/oracle/Verdicts.java against the jars of Debian's zookeeper package (3.8.0):
//   CP=/usr/share/java/zookeeper.jar:/usr/share/java/zookeeper-jute.jar:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-nop.jar
//   javac -cp $CP -d classes test/oracle/zookeeper/ZkOracle.java test/oracle/Verdicts.java
//   java -cp classes:$CP ZkOracle conf1.cfg conf2.cfg
// or against a release's jars from Maven Central (scripts/catalog/maven.mjs resolves them).
// Each file is parsed with a fresh config object; the JVM-wide state parse() changes (System
// properties set from unknown keys, the static standaloneEnabled and reconfigEnabled flags) is
// reset between files so that one file's verdict never depends on another.
import java.util.Properties;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

public class ZkOracle {
    public static void main(String[] args) {
        // ZooKeeper may log to stdout (a release's logback does); stdout carries the verdicts only.
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        Properties original = (Properties) System.getProperties().clone();
        for (String path : args) {
            String line;
            try {
                QuorumPeerConfig config = new QuorumPeerConfig();
                config.parse(path);
                line = "{\"file\":" + Verdicts.quote(path) + ",\"accepted\":true"
                    + ",\"voters\":" + config.getQuorumVerifier().getVotingMembers().size()
                    + ",\"observers\":" + config.getQuorumVerifier().getObservingMembers().size()
                    + ",\"distributed\":" + config.isDistributed()
                    + ",\"serverId\":" + config.getServerId()
                    + ",\"clientPort\":" + (config.getClientPortAddress() == null ? "null" : String.valueOf(config.getClientPortAddress().getPort()))
                    + "}";
            } catch (QuorumPeerConfig.ConfigException e) {
                line = "{\"file\":" + Verdicts.quote(path) + ",\"accepted\":false,\"error\":" + Verdicts.quote(Verdicts.chain(e)) + "}";
            } catch (RuntimeException e) {
                // ZooKeeper crashes instead of reporting (e.g. an empty dataDir): refused all the same.
                line = "{\"file\":" + Verdicts.quote(path) + ",\"accepted\":false,\"crash\":true,\"error\":" + Verdicts.quote(Verdicts.chain(e)) + "}";
            }
            out.println(line);
            System.setProperties((Properties) original.clone());
            QuorumPeerConfig.setStandaloneEnabled(true);
            QuorumPeerConfig.setReconfigEnabled(false);
        }
        out.flush();
    }
}
