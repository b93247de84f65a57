// What the oracles (kafka/KafkaOracle.java, zookeeper/ZkOracle.java) print: JSON strings and a
// refusal's exception chain. Compiled beside each oracle (scripts/catalog/maven.mjs javaArgs).
final class Verdicts {
    private Verdicts() {}

    /** A JSON string, ASCII only. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** `Class: message <- Cause: message ...`, leaving out the wrappers reflection adds. */
    static String chain(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.lang.reflect.InvocationTargetException) continue;
            if (b.length() > 0) b.append(" <- ");
            b.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return b.toString();
    }
}
