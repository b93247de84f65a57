// Dumps, by running each release's own code, the facts scripts/catalog/generate.mjs turns into
// src/catalog/data/. Run as a single-file program, with the classpath of each release (from
// scripts/catalog/maven.mjs) as arguments:
//   java scripts/catalog/CatalogDump.java [--strings <class>,<class>...] kafka <classpath> ... zookeeper <classpath> ...
// Each release is loaded in a class loader of its own, one JVM for all, and gives one JSON line
// on stdout. Kafka's and ZooKeeper's classes are reached by reflection only.
//
// kafka: every ConfigKey of kafka.server.KafkaConfig.configDef() (the ConfigDef the broker
// parses server.properties with) with its type, ConfigDef.convertToString of the default,
// validator as structure, importance and internal flag; and the key names of the producer,
// consumer, admin, Connect worker and Streams ConfigDefs; the topic config names of LogConfig and
// their broker synonyms (ServerTopicConfigSynonyms); and for each class named by --strings,
// its string constants (null when the release lacks the class).
// zookeeper: every "zookeeper.<key>" string constant in the classes of the zookeeper jar (the
// system properties zoo.cfg sets as <key>: QuorumPeerConfig.parseProperties passes unknown keys
// on as zookeeper.<key>), with the class that holds it; the keys X509Util's getters name for the
// client and quorum prefixes; and the string constants of the classes that parse zoo.cfg, so that
// the generator can check its table of parsed keys against them.
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

public class CatalogDump {
    /** The class loader of the release being dumped. */
    static ClassLoader release;

    /** The classes whose string constants the Kafka dump lists. */
    static List<String> stringClasses = List.of();

    public static void main(String[] args) throws Exception {
        int first = 0;
        if (args.length > 1 && args[0].equals("--strings")) {
            stringClasses = List.of(args[1].split(","));
            first = 2;
        }
        if (args.length == first || (args.length - first) % 2 != 0) throw new IllegalArgumentException("usage: CatalogDump [--strings <classes>] (kafka|zookeeper <classpath>)...");
        // Whatever the releases log goes to stderr: stdout carries the JSON lines only.
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        for (int i = first; i < args.length; i += 2) {
            List<URL> urls = new ArrayList<>();
            for (String jar : args[i + 1].split(File.pathSeparator)) urls.add(new File(jar).toURI().toURL());
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
                release = loader;
                Thread.currentThread().setContextClassLoader(loader);
                if (args[i].equals("kafka")) out.println(json(kafka()));
                else if (args[i].equals("zookeeper")) out.println(json(ZooKeeperDump.dump()));
                else throw new IllegalArgumentException("unknown kind " + args[i]);
            }
        }
    }

    static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, release);
    }

    // ---- Kafka ----

    static final String CONFIG_DEF = "org.apache.kafka.common.config.ConfigDef";

    static Map<String, Object> kafka() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("release", kafkaRelease());
        Object broker = load("kafka.server.KafkaConfig").getMethod("configDef").invoke(null);
        List<Object> keys = new ArrayList<>();
        for (Object k : new TreeMap<>(configKeys(broker)).values()) keys.add(configKey(k));
        out.put("broker", keys);
        Map<String, Object> clients = new LinkedHashMap<>();
        clients.put("producer", keyNames("org.apache.kafka.clients.producer.ProducerConfig"));
        clients.put("consumer", keyNames("org.apache.kafka.clients.consumer.ConsumerConfig"));
        clients.put("admin", keyNames("org.apache.kafka.clients.admin.AdminClientConfig"));
        Set<String> connect = keyNames("org.apache.kafka.connect.runtime.distributed.DistributedConfig");
        connect.addAll(keyNames("org.apache.kafka.connect.runtime.standalone.StandaloneConfig"));
        clients.put("connect", connect);
        clients.put("streams", keyNames("org.apache.kafka.streams.StreamsConfig"));
        out.put("clients", clients);
        // Topic configs: the names LogConfig validates a topic's configs against (creation and
        // alter refuse others), and the broker key each one defaults to.
        // Each with its type, default and validator, as ConfigDef.parse checks a topic's configs.
        List<Object> topic = new ArrayList<>();
        for (Object k : new TreeMap<>(configKeys(configDefOf("org.apache.kafka.storage.internals.log.LogConfig"))).values()) topic.add(configKey(k));
        out.put("topic", topic);
        Map<String, String> synonyms = new TreeMap<>();
        Field field = load("org.apache.kafka.server.config.ServerTopicConfigSynonyms").getField("TOPIC_CONFIG_SYNONYMS");
        for (Map.Entry<?, ?> e : ((Map<?, ?>) field.get(null)).entrySet()) synonyms.put((String) e.getKey(), (String) e.getValue());
        out.put("topicSynonyms", synonyms);
        Map<String, Object> strings = new TreeMap<>();
        for (String name : stringClasses) {
            try (InputStream in = release.getResourceAsStream(name.replace('.', '/') + ".class")) {
                strings.put(name, in == null ? null : stringConstants(in, null));
            }
        }
        out.put("classStrings", strings);
        return out;
    }

    /** The release of kafka-clients on the classpath, from the resource its build writes. */
    static String kafkaRelease() throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = release.getResourceAsStream("kafka/kafka-version.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    static Map<?, ?> configKeys(Object configDef) throws Exception {
        return (Map<?, ?>) load(CONFIG_DEF).getMethod("configKeys").invoke(configDef);
    }

    static Map<String, Object> configKey(Object k) throws Exception {
        Class<?> def = load(CONFIG_DEF);
        Object type = field(k, "type");
        Object dflt = field(k, "defaultValue");
        Object validator = field(k, "validator");
        boolean required = dflt == def.getField("NO_DEFAULT_VALUE").get(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", field(k, "name"));
        m.put("type", type.toString());
        m.put("default", required || dflt == null ? null : def.getMethod("convertToString", Object.class, type.getClass()).invoke(null, dflt, type));
        m.put("required", required);
        m.put("validator", validator == null ? null : validator(validator, type.toString()));
        m.put("importance", field(k, "importance").toString());
        m.put("internal", field(k, "internalConfig"));
        return m;
    }

    /** Values an unknown validator of an INT or LONG key is tried on. */
    static final long[] PROBES = {Integer.MIN_VALUE, -2, -1, 0, 1, 2, 9, 10, Integer.MAX_VALUE};

    /**
     * A validator as structure; one this does not know as its class, toString() and, for an INT
     * or LONG key, which of PROBES it accepts.
     */
    static Object validator(Object v, String type) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        String cls = v.getClass().getName();
        switch (cls) {
            case CONFIG_DEF + "$Range": {
                Object min = field(v, "min"), max = field(v, "max");
                if (min != null && max != null) m.put("between", List.of(min, max));
                else if (min != null) m.put("atLeast", min);
                else if (max != null) m.put("atMost", max);
                break;
            }
            case CONFIG_DEF + "$ValidString":
                m.put("in", field(v, "validStrings"));
                break;
            case CONFIG_DEF + "$CaseInsensitiveValidString":
                m.put("inIgnoreCase", new ArrayList<>((Collection<?>) field(v, "validStrings")));
                break;
            case CONFIG_DEF + "$ValidList": {
                m.put("list", true);
                Object allowed = field(field(v, "validString"), "validStrings");
                if (allowed != null && !((Collection<?>) allowed).isEmpty()) m.put("eachIn", allowed);
                // From 4.2 a ValidList also says whether an empty list and null are accepted, and
                // it refuses duplicates and empty elements.
                if (hasField(v, "isEmptyAllowed")) {
                    m.put("allowEmptyList", field(v, "isEmptyAllowed"));
                    m.put("allowNull", field(v, "isNullAllowed"));
                    m.put("noDuplicates", true);
                    m.put("noEmptyElements", true);
                }
                break;
            }
            case CONFIG_DEF + "$NonNullValidator":
                m.put("nonNull", true);
                break;
            case CONFIG_DEF + "$NonEmptyString":
                m.put("nonEmptyString", true);
                break;
            case "org.apache.kafka.server.common.MetadataVersionValidator":
                m.put("class", cls);
                m.put("metadataVersions", metadataVersions());
                break;
            default:
                m.put("class", cls);
                m.put("text", v.toString());
                if (type.equals("INT") || type.equals("LONG")) {
                    Method ensureValid = load(CONFIG_DEF + "$Validator").getMethod("ensureValid", String.class, Object.class);
                    Map<String, Object> accepts = new LinkedHashMap<>();
                    for (long probe : PROBES) {
                        try {
                            ensureValid.invoke(v, "probe", type.equals("INT") ? (Object) (int) probe : (Object) probe);
                            accepts.put(String.valueOf(probe), true);
                        } catch (java.lang.reflect.InvocationTargetException refused) {
                            accepts.put(String.valueOf(probe), false);
                        }
                    }
                    m.put("accepts", accepts);
                }
        }
        return m;
    }

    /**
     * The strings MetadataVersion.fromVersionString accepts: every version's full name, then
     * each short name (`3.9`) that it accepts too.
     */
    static List<String> metadataVersions() throws Exception {
        Class<?> mv = load("org.apache.kafka.server.common.MetadataVersion");
        Method from = mv.getMethod("fromVersionString", String.class);
        Set<String> accepted = new LinkedHashSet<>();
        Object[] versions = (Object[]) mv.getField("VERSIONS").get(null);
        for (Object v : versions) accepted.add((String) mv.getMethod("version").invoke(v));
        for (Object v : versions) {
            String shortVersion = (String) mv.getMethod("shortVersion").invoke(v);
            try {
                from.invoke(null, shortVersion);
                accepted.add(shortVersion);
            } catch (java.lang.reflect.InvocationTargetException refused) {
                // Not a production release's short form.
            }
        }
        return new ArrayList<>(accepted);
    }

    /** The key names of a config class's ConfigDef: its static configDef(), CONFIG, or config(Crypto.SYSTEM) (Connect). */
    static Set<String> keyNames(String className) throws Exception {
        Set<String> names = new TreeSet<>();
        for (Object name : configKeys(configDefOf(className)).keySet()) names.add((String) name);
        return names;
    }

    /** The ConfigDef a config class defines: its configDef() or config(SYSTEM) method, else its CONFIG field. */
    static Object configDefOf(String className) throws Exception {
        Class<?> c = load(className);
        Class<?> def = load(CONFIG_DEF);
        Object configDef = null;
        for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != def) continue;
            m.setAccessible(true);
            if (m.getName().equals("configDef") && m.getParameterCount() == 0) configDef = m.invoke(null);
            else if (m.getName().equals("config") && m.getParameterCount() == 1) configDef = m.invoke(null, m.getParameterTypes()[0].getField("SYSTEM").get(null));
        }
        if (configDef == null) {
            Field f = c.getDeclaredField("CONFIG");
            f.setAccessible(true);
            configDef = f.get(null);
        }
        return configDef;
    }

    static boolean hasField(Object o, String name) {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                c.getDeclaredField(name);
                return true;
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return false;
    }

    static Object field(Object o, String name) throws Exception {
        if (o == null) return null;
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return null;
    }

    /**
     * The CONSTANT_String entries of a class file's constant pool: its string literals. When
     * `declared` is given, the values of its own constant fields (static final String X = "...")
     * are added to it.
     */
    static Set<String> stringConstants(InputStream raw, Set<String> declared) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] stringRef = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: utf8[i] = in.readUTF(); break;
                case 8: stringRef[i] = in.readUnsignedShort(); break;
                case 7: case 16: case 19: case 20: in.readUnsignedShort(); break;
                case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                case 5: case 6: in.readLong(); i++; break;
                default: throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> out = new TreeSet<>();
        for (int ref : stringRef) if (ref != 0) out.add(utf8[ref]);
        if (declared == null) return out;
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6); // access flags, name, descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String name = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (name.equals("ConstantValue")) {
                    int value = in.readUnsignedShort();
                    if (stringRef[value] != 0) declared.add(utf8[stringRef[value]]);
                } else in.skipBytes(length);
            }
        }
        return out;
    }

    // ---- JSON ----

    static String json(Object o) {
        StringBuilder b = new StringBuilder();
        write(b, o);
        return b.toString();
    }

    static void write(StringBuilder b, Object o) {
        if (o == null) b.append("null");
        else if (o instanceof String) quote(b, (String) o);
        else if (o instanceof Boolean || o instanceof Integer || o instanceof Long || o instanceof Short) b.append(o);
        else if (o instanceof Number) {
            double d = ((Number) o).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d)) b.append((long) d);
            else b.append(d);
        } else if (o instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (!first) b.append(',');
                first = false;
                quote(b, String.valueOf(e.getKey()));
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (o instanceof Collection) {
            b.append('[');
            boolean first = true;
            for (Object e : (Collection<?>) o) {
                if (!first) b.append(',');
                first = false;
                write(b, e);
            }
            b.append(']');
        } else quote(b, String.valueOf(o));
    }

    static void quote(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        b.append('"');
    }
}

/** The ZooKeeper part: reads the zookeeper jar's class files and runs X509Util's getters. */
class ZooKeeperDump {
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("zookeeper\\.[A-Za-z0-9_.-]*[A-Za-z0-9_]");
    /** The classes whose string constants hold the keys QuorumPeerConfig.parseProperties reads. */
    private static final Pattern PARSER = Pattern.compile("org/apache/zookeeper/server/(quorum/QuorumPeerConfig|quorum/auth/QuorumAuth|util/JvmPauseMonitor)(\\$.*)?\\.class");

    static Map<String, Object> dump() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Class<?> version = CatalogDump.load("org.apache.zookeeper.Version");
        // getFullVersion() is `3.9.5-<commit>, built on <date>`.
        out.put("release", ((String) version.getMethod("getFullVersion").invoke(null)).replaceAll("-.*", ""));
        File jar = new File(version.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, String> properties = new TreeMap<>();
        Set<String> parserStrings = new TreeSet<>();
        try (JarFile j = new JarFile(jar)) {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith("org/apache/zookeeper/") && name.endsWith(".class")) names.add(name);
            }
            names.sort(null);
            // A key's source is the class that declares it as a constant, else the first that uses it
            // (constants are copied into every class that uses them).
            Map<String, String> declaredIn = new TreeMap<>();
            for (String name : names) {
                Set<String> strings;
                Set<String> declared = new TreeSet<>();
                try (InputStream in = j.getInputStream(j.getEntry(name))) {
                    strings = CatalogDump.stringConstants(in, declared);
                }
                String source = name.substring("org/apache/zookeeper/".length()).replaceAll("(\\$.*)?\\.class$", ".java");
                for (String s : strings) {
                    if (!SYSTEM_PROPERTY.matcher(s).matches()) continue;
                    String key = s.substring("zookeeper.".length());
                    properties.putIfAbsent(key, source);
                    if (declared.contains(s)) declaredIn.putIfAbsent(key, source);
                }
                if (PARSER.matcher(name).matches()) parserStrings.addAll(strings);
            }
            properties.putAll(declaredIn);
        }
        out.put("systemProperties", properties);
        Map<String, List<String>> x509 = new LinkedHashMap<>();
        x509.put("ssl.", x509Keys("org.apache.zookeeper.common.ClientX509Util"));
        x509.put("ssl.quorum.", x509Keys("org.apache.zookeeper.common.QuorumX509Util"));
        out.put("x509", x509);
        out.put("parserStrings", parserStrings);
        return out;
    }

    /** What X509Util's get*Property() getters return for one prefix, without `zookeeper.`. */
    static List<String> x509Keys(String className) throws Exception {
        Object util = CatalogDump.load(className).getConstructor().newInstance();
        Set<String> keys = new TreeSet<>();
        for (Method m : CatalogDump.load("org.apache.zookeeper.common.X509Util").getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() == String.class && m.getName().startsWith("getSsl") && m.getName().endsWith("Property")) {
                String key = (String) m.invoke(util);
                if (key.startsWith("zookeeper.")) keys.add(key.substring("zookeeper.".length()));
            }
        }
        return new ArrayList<>(keys);
    }

}
