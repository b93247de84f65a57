/**
 * Prints the feature level of the newest production metadata.version of the Kafka release on the
 * classpath (what its brokers advertise as the highest metadata.version they support), for
 * test/cli/live.test.ts to check METADATA_VERSION_RELEASES of src/deploy/live.ts. Reached by
 * reflection, so it compiles without the jars.
 */
public class LatestMetadataVersion {
  public static void main(String[] args) throws Exception {
    Class<?> c = Class.forName("org.apache.kafka.server.common.MetadataVersion");
    Object latest = c.getMethod("latestProduction").invoke(null);
    System.out.println(c.getMethod("featureLevel").invoke(latest));
  }
}
