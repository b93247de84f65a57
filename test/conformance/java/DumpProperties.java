import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Ground truth for kafka-lint's .properties parser. For each file given, loads it with
 * java.util.Properties.load(InputStream) -- the bytes read as ISO-8859-1, exactly as Kafka's
 * Utils.loadProps and ZooKeeper's QuorumPeerConfig.parse read server.properties and zoo.cfg --
 * and writes <outDir>/<file name>.json with:
 *   puts:  every put(key, value) load made, in order (repeated keys included);
 *   final: the resulting properties, sorted by key (the last put of a key wins);
 *   error: null, or the exception load threw (type and message).
 * Strings are JSON with every character outside printable ASCII written as a \\uXXXX escape.
 *
 * Usage: java -cp <classes> DumpProperties <outDir> <file>...   (see ../generate-golden.sh)
 */
public final class DumpProperties {
    /** Records every put in order; Properties.load calls put(key, value) once per logical line. */
    private static final class RecordingProperties extends Properties {
        final List<String[]> puts = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            puts.add(new String[] {(String) key, (String) value});
            return super.put(key, value);
        }
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') out.append("\\\"");
            else if (c == '\\') out.append("\\\\");
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static String dump(String name, Path file) throws IOException {
        RecordingProperties props = new RecordingProperties();
        String error = "null";
        try (InputStream in = new FileInputStream(file.toFile())) {
            props.load(in);
        } catch (IllegalArgumentException e) {
            error = "{ \"type\": " + json(e.getClass().getName()) + ", \"message\": " + json(e.getMessage()) + " }";
        }
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"case\": ").append(json(name)).append(",\n");
        out.append("  \"java\": ").append(json(System.getProperty("java.version"))).append(",\n");
        out.append("  \"puts\": [");
        for (int i = 0; i < props.puts.size(); i++) {
            String[] kv = props.puts.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    [").append(json(kv[0])).append(", ").append(json(kv[1])).append("]");
        }
        out.append(props.puts.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"final\": [");
        TreeSet<String> keys = new TreeSet<>(props.stringPropertyNames());
        int i = 0;
        for (String key : keys) {
            out.append(i++ == 0 ? "\n" : ",\n").append("    [").append(json(key)).append(", ").append(json(props.getProperty(key))).append("]");
        }
        out.append(keys.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"error\": ").append(error).append("\n}\n");
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DumpProperties <outDir> <file>...");
            System.exit(2);
        }
        Path outDir = Path.of(args[0]);
        Files.createDirectories(outDir);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = file.getFileName().toString();
            Files.writeString(outDir.resolve(name + ".json"), dump(name, file), StandardCharsets.US_ASCII);
        }
        PrintStream err = System.err;
        err.println("wrote " + (args.length - 1) + " golden files to " + outDir);
    }
}
