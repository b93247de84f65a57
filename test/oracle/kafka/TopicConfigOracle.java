// Kafka's own verdict on topic config values, for kafka-lint's differential test of
// topic/invalid-value (test/oracle/topic-oracle.test.ts). For each line `name<TAB>value` of the
// file given, it parses {name: value} with the release's topic ConfigDef (LogConfig.configDefCopy(),
// the ConfigDef LogConfig.validate parses a topic's configs with when the topic is created or
// altered) and prints one JSON line:
//   {"line":3, "accepted":true}
//   {"line":4, "accepted":false, "error":"<exception chain>"}
// The cross-config checks that follow the parse (compaction lags, remote storage) are not run.
// Compiled with test/oracle/Verdicts.java; Kafka's classes are reached by reflection, so the one
// source runs against every release.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class TopicConfigOracle {
    public static void main(String[] args) throws Exception {
        Object configDef = Class.forName("org.apache.kafka.storage.internals.log.LogConfig").getMethod("configDefCopy").invoke(null);
        java.lang.reflect.Method parse = Class.forName("org.apache.kafka.common.config.ConfigDef").getMethod("parse", Map.class);
        List<String> lines = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t", 2);
            Map<String, String> props = new HashMap<>();
            props.put(parts[0], parts[1]);
            out.append("{\"line\":").append(i + 1);
            try {
                parse.invoke(configDef, props);
                out.append(",\"accepted\":true}\n");
            } catch (java.lang.reflect.InvocationTargetException refused) {
                out.append(",\"accepted\":false,\"error\":").append(Verdicts.quote(Verdicts.chain(refused))).append("}\n");
            }
        }
        System.out.print(out);
    }
}
