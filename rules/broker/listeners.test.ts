import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './listeners.js';

const FIXTURES = 'rules/broker/listeners';

ruleTester(rule, {
  valid: [
    { name: 'a fragment leaves controller.listener.names to the config it is layered over', file: 'broker.properties', text: 'broker.rack=rack1\n' },
    { name: 'ZooKeeper-mode broker with named listeners (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=INTERNAL://:9092,EXTERNAL://:9093\nadvertised.listeners=INTERNAL://kafka1:9092,EXTERNAL://kafka1.example.com:9093\nlistener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:SSL\ninter.broker.listener.name=INTERNAL\n', options: { kafkaVersion: '3.9' } },
    { name: 'KRaft combined node, controller bound to 0.0.0.0 without advertising it (4.0+)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092,CONTROLLER://0.0.0.0:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\n', options: { kafkaVersion: '4.0' } },
    { name: 'IPv4 and IPv6 literals share a port', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://10.0.0.1:9092,SSL://[::1]:9092\nadvertised.listeners=PLAINTEXT://10.0.0.1:9092,SSL://[::1]:9092\n', options: { kafkaVersion: '3.9' } },
    { name: 'templated listeners are not judged', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://{{ ansible_host }}:9092\n', options: { kafkaVersion: '3.9' } },
    { name: 'KRaft broker-only node', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka4:9092\n', options: { kafkaVersion: '4.3' } },
    { name: 'control.plane.listener.name is not judged on 4.3, which removed it (broker/removed-key reports it)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\ncontrol.plane.listener.name=PLAINTEXT\n', options: { kafkaVersion: '4.3' } },
    // KAFKA-18281: 3.9.1 advertises this host's name for a controller bound to 0.0.0.0.
    { name: 'a 0.0.0.0 controller listener on an image the files name as 3.9.1', files: fixtureFiles(`${FIXTURES}/controller-wildcard-3.9.1`) },
    { name: 'KRaft broker-only node, version assumed (holds in every version)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka4:9092\n' },
  ],
  invalid: [
    {
      name: 'seed 004\'s SSL//:0901 (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://:9092,SSL//:0901\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'listener-malformed', line: 3, column: 11, severity: 'error',
          message: 'listeners element \'SSL//:0901\' is not NAME://host:port; write it like PLAINTEXT://kafka1:9092 (empty host for all interfaces: PLAINTEXT://:9092). Kafka 3.9 refuses to start: "Unable to parse SSL//:0901 to a broker endpoint"' },
      ],
    },
    {
      name: '0.0.0.0 bound and advertised by fallback (4.4)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://0.0.0.0:9092,CONTROLLER://:9093\n', options: { kafkaVersion: '4.4' },
      findings: [
        { messageId: 'advertised-wildcard', line: 5, column: 11, severity: 'error',
          message: 'listeners binds PLAINTEXT to 0.0.0.0 and advertised.listeners is not set, so Kafka advertises 0.0.0.0, which clients cannot connect to; set advertised.listeners=PLAINTEXT://<this host\'s name>:9092. Kafka 4.4 refuses to start: "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."' },
      ],
    },
    {
      name: '0.0.0.0 controller listener without advertised entry: a warning in 3.9 (3.9.0 refuses it, 3.9.1 does not)', text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://0.0.0.0:9093\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'controller-wildcard-3-9-0', line: 5, column: 11, severity: 'warning',
          message: 'listeners binds CONTROLLER to 0.0.0.0 and advertised.listeners is not set: Kafka 3.9.0 advertises 0.0.0.0 and refuses to start ("advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."); 3.9.1 and later advertise this host\'s name instead (KAFKA-18281). This assumes 3.9.0 may run here; set advertised.listeners=CONTROLLER://<this host\'s name>:9093, or run 3.9.1 or later.' },
      ],
    },
    {
      name: 'the same on an image the files name as 3.9.0', files: fixtureFiles(`${FIXTURES}/controller-wildcard-3.9.0`),
      findings: [
        { messageId: 'controller-wildcard-3-9-0', line: 9, column: 24, severity: 'warning',
          message: 'listeners binds CONTROLLER to 0.0.0.0 and advertised.listeners is not set: Kafka 3.9.0 advertises 0.0.0.0 and refuses to start ("advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."); 3.9.1 and later advertise this host\'s name instead (KAFKA-18281). This assumes 3.9.0 may run here; set advertised.listeners=CONTROLLER://<this host\'s name>:9093, or run 3.9.1 or later.' },
      ],
    },
    {
      name: 'unmapped names, both inter-broker keys (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1\nlisteners=INTERNAL://:9092,EXTERNAL://:9093\nadvertised.listeners=INTERNAL://k:9092,EXTERNAL://k:9093\ninter.broker.listener.name=INTERNAL\nsecurity.inter.broker.protocol=PLAINTEXT\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'listener-without-protocol', line: 3, column: 11, severity: 'error',
          message: 'listeners uses the listener names INTERNAL, EXTERNAL, which are neither a security protocol nor in listener.security.protocol.map. Add INTERNAL:<protocol>,EXTERNAL:<protocol> to listener.security.protocol.map (e.g. INTERNAL:SSL), or name the listener after its protocol. Kafka 3.9 refuses to start: "No security protocol defined for listener INTERNAL"' },
        { messageId: 'inter-broker-listener-unmapped', line: 5, column: 28, severity: 'error',
          message: 'inter.broker.listener.name is INTERNAL, which listener.security.protocol.map does not map; add INTERNAL:<protocol> to the map or name an existing listener. Kafka 3.9 refuses to start: "Listener with name INTERNAL defined in inter.broker.listener.name not found in listener.security.protocol.map."' },
        { messageId: 'inter-broker-keys-both-set', line: 6, column: 32, severity: 'error',
          message: 'inter.broker.listener.name and security.inter.broker.protocol are both set; keep inter.broker.listener.name and delete security.inter.broker.protocol (the listener map gives its protocol). Kafka 3.9 refuses to start: "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set."' },
      ],
    },
    {
      name: 'duplicate ports and names', text: 'broker.id=1\nzookeeper.connect=zk1\nlisteners=PLAINTEXT://:9092,SSL://:9092,SSL://:9094\nadvertised.listeners=PLAINTEXT://k:9092\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'duplicate-port', line: 3, column: 11, severity: 'error',
          message: 'listeners PLAINTEXT,SSL all bind port 9092; give each listener its own port (only one IPv4 and one IPv6 literal address may share a port). Kafka 3.9 refuses to start: "requirement failed: Each listener must have a different port, listeners: PLAINTEXT://:9092,SSL://:9092,SSL://:9094"' },
        { messageId: 'duplicate-listener-name', line: 3, column: 11, severity: 'error',
          message: 'listeners names the listener SSL twice; give each listener its own name (and map it in listener.security.protocol.map). Kafka 3.9 refuses to start: "Each listener must have a different name, listeners: PLAINTEXT://:9092,SSL://:9092,SSL://:9094"' },
      ],
    },
    {
      name: 'two IPv4 literals on one port (4.4 message)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://10.0.0.1:9092,SSL://10.0.0.2:9092\nadvertised.listeners=PLAINTEXT://kafka4:9092\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,SSL:SSL,CONTROLLER:PLAINTEXT\n', options: { kafkaVersion: '4.4' },
      findings: [
        { messageId: 'duplicate-port', line: 5, column: 11, severity: 'error',
          message: 'listeners PLAINTEXT,SSL all bind port 9092; give each listener its own port (only one IPv4 and one IPv6 literal address may share a port). Kafka 4.4 refuses to start: "If you have two listeners on the same port then one needs to be IPv4 and the other IPv6, listeners: PLAINTEXT://10.0.0.1:9092,SSL://10.0.0.2:9092, port: 9092"' },
      ],
    },
    {
      name: 'advertised name not bound, inter-broker listener not advertised', text: 'broker.id=1\nzookeeper.connect=zk1\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=SSL://kafka1:9093\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'inter-broker-listener-not-advertised', line: 4, column: 22, severity: 'error',
          message: 'Brokers talk to each other over PLAINTEXT (the default, as neither inter.broker.listener.name nor security.inter.broker.protocol is set), but no advertised listener has that name; set inter.broker.listener.name to one of SSL. Kafka 3.9 refuses to start: "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are SSL"' },
        { messageId: 'advertised-not-bound', line: 4, column: 22, severity: 'error',
          message: 'advertised.listeners names SSL, which listeners does not bind; every advertised listener name must also be in listeners. Kafka 3.9 refuses to start: "advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found SSL. The valid options based on the current configuration are PLAINTEXT"' },
      ],
    },
    {
      name: 'lower-case controller listener name (4.4)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=controller\nlisteners=PLAINTEXT://kafka1:9092,controller://:9093\n', options: { kafkaVersion: '4.4' },
      findings: [
        { messageId: 'no-controller-listener', line: 4, column: 27, severity: 'error',
          message: 'No listener in listeners matches controller.listener.names (controller); Kafka upper-cases listener names but compares controller.listener.names as written; write CONTROLLER. Kafka 4.4 refuses to start: "controller.listener.names must contain at least one value appearing in the \'listeners\' configuration when running the KRaft controller role"' },
        { messageId: 'listener-without-protocol', line: 5, column: 11, severity: 'error',
          message: 'listeners uses the listener name CONTROLLER, which is neither a security protocol nor in listener.security.protocol.map. Kafka maps the controller listener under its name exactly as written in controller.listener.names; write CONTROLLER in upper case there. Kafka 4.4 refuses to start: "No security protocol defined for listener CONTROLLER"' },
      ],
    },
    {
      name: 'broker-only node binds the controller listener (4.1)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka4:9092,CONTROLLER://:9093\n', options: { kafkaVersion: '4.1' },
      findings: [
        { messageId: 'broker-binds-controller-listener', line: 5, column: 11, severity: 'error',
          message: 'This broker-only node binds the controller listener CONTROLLER; remove it from listeners (only controllers bind it). Kafka 4.1 refuses to start: "controller.listener.names must not contain a value appearing in the \'listeners\' configuration when running KRaft with just the broker role"' },
      ],
    },
    {
      name: 'controller-only node with a broker listener (4.4)', text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://ctrl1:9093,PLAINTEXT://ctrl1:9092\ninter.broker.listener.name=CONTROLLER\n', options: { kafkaVersion: '4.4' },
      findings: [
        { messageId: 'controller-binds-broker-listeners', line: 5, column: 11, severity: 'error',
          message: 'A controller-only node may bind only its controller listeners, but listeners also has PLAINTEXT; remove it or add it to controller.listener.names. Kafka 4.4 refuses to start: "The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller"' },
        { messageId: 'controller-inter-broker-listener', line: 6, column: 28, severity: 'error',
          message: 'inter.broker.listener.name names the controller listener CONTROLLER; on a controller-only node remove inter.broker.listener.name. Kafka 4.4 refuses to start: "controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value when process.roles=controller\'"' },
      ],
    },
    {
      name: 'controller.listener.names missing (required from 4.2)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\nlisteners=PLAINTEXT://kafka4:9092\n', options: { kafkaVersion: '4.2' },
      findings: [
        { messageId: 'controller-names-required', line: 1, column: 1, severity: 'error',
          message: 'controller.listener.names is required from Kafka 4.2 on, on brokers and controllers alike; set it to the controller listener name, e.g. controller.listener.names=CONTROLLER. Kafka 4.2 refuses to start: "Missing required configuration "controller.listener.names" which has no default value."' },
      ],
    },
    {
      name: 'controller.listener.names with a blank is not trimmed in 4.0', text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER, CTRL2\nlisteners=CONTROLLER://ctrl1:9093,CTRL2://ctrl1:9094\nlistener.security.protocol.map=CONTROLLER:PLAINTEXT,CTRL2:PLAINTEXT\n', options: { kafkaVersion: '4.0' },
      findings: [
        { messageId: 'controller-names-untrimmed', line: 4, column: 27, severity: 'error',
          message: 'Kafka 4.0 does not trim controller.listener.names, so it looks for a listener named \' CTRL2\' (with the blank); write the names without blanks, e.g. CONTROLLER,CTRL2. Kafka 4.0 refuses to start: "controller.listener.names must only contain values appearing in the \'listeners\' configuration when running the KRaft controller role"' },
        { messageId: 'controller-binds-broker-listeners', line: 5, column: 11, severity: 'error',
          message: 'A controller-only node may bind only its controller listeners, but listeners also has CTRL2; remove it or add it to controller.listener.names. Kafka 4.0 refuses to start: "The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller"' },
      ],
    },
    {
      name: 'controller.listener.names in ZooKeeper mode (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1\ncontroller.listener.names=CONTROLLER\nadvertised.listeners=PLAINTEXT://kafka1:9092\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'controller-names-in-zookeeper-mode', line: 3, column: 27, severity: 'error',
          message: 'controller.listener.names belongs to KRaft nodes; in ZooKeeper mode remove it (or set process.roles to run in KRaft mode). Kafka 3.9 refuses to start: "controller.listener.names must be empty when not running in KRaft mode: [CONTROLLER]"' },
      ],
    },
    {
      name: 'early.start.listeners names a listener in lower case', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\nearly.start.listeners=plaintext\n',
      findings: [
        { messageId: 'early-start-unknown-listener', line: 6, column: 23, severity: 'error',
          message: 'early.start.listeners names plaintext, which is not a listener of this node. Kafka compares these names as written: write PLAINTEXT. Kafka 4.4 refuses to start: "early.start.listeners contains listener plaintext, but this is not contained in listeners or controller.listener.names"' },
      ],
    },
    // Corpus (issue 13): b0 is started by cli/b0-start.sh with --override listeners=SSL://...; b1's
    // start script is not in view, so Kafka's default listeners are not a known fact for it: warning.
    {
      name: 'a broker without listeners whose sibling gets them from a start script --override: warning, not error', files: [
        { file: 'brokers/b0/config/server.properties', text: 'broker.id=0\nzookeeper.connect=zk1:2181\nsecurity.inter.broker.protocol=SSL\n' },
        { file: 'brokers/b1/config/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nsecurity.inter.broker.protocol=SSL\n' },
        { file: 'cli/b0-start.sh', text: '#!/bin/bash\nexport SERVER_IP=10.0.0.10\nexport KAFKA_HEAP_OPTS="-Xms512m -Xmx512m"\nsh ./brokers/b0/bin/kafka-server-start.sh ./brokers/b0/config/server.properties --override listeners=SSL://$SERVER_IP:9093\n' },
      ], options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'inter-broker-listener-default-listeners', line: 3, column: 32, severity: 'warning', file: 'brokers/b1/config/server.properties',
          message: 'Brokers talk to each other over SSL (security.inter.broker.protocol), but this broker sets neither listeners nor advertised.listeners, so Kafka\'s default PLAINTEXT://:9092 applies, which has no listener of that name: if nothing else sets its listeners, Kafka 3.9 refuses to start it ("inter.broker.listener.name must be a listener name defined in advertised.listeners"). Another broker of this cluster gets its listeners from the --override of its start command (cli/b0-start.sh), so this one is probably started the same way by a script not in view: lint that script with this file, or set listeners here.' },
      ],
    },
    {
      name: 'the same brokers with no start script in view: Kafka\'s default listeners are known, error on each', files: [
        { file: 'brokers/b0/config/server.properties', text: 'broker.id=0\nzookeeper.connect=zk1:2181\nsecurity.inter.broker.protocol=SSL\n' },
        { file: 'brokers/b1/config/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nsecurity.inter.broker.protocol=SSL\n' },
      ], options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'inter-broker-listener-not-advertised', line: 3, column: 32, severity: 'error', file: 'brokers/b0/config/server.properties',
          message: 'Brokers talk to each other over SSL (security.inter.broker.protocol), but no advertised listener has that name; set inter.broker.listener.name to one of PLAINTEXT. Kafka 3.9 refuses to start: "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are PLAINTEXT"' },
        { messageId: 'inter-broker-listener-not-advertised', line: 3, column: 32, severity: 'error', file: 'brokers/b1/config/server.properties',
          message: 'Brokers talk to each other over SSL (security.inter.broker.protocol), but no advertised listener has that name; set inter.broker.listener.name to one of PLAINTEXT. Kafka 3.9 refuses to start: "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are PLAINTEXT"' },
      ],
    },
    {
      name: 'invalid protocol and unparsable map', files: [
        { file: 'a/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1\nlisteners=INTERNAL://k:9092\nlistener.security.protocol.map=INTERNAL:TLS\n' },
        { file: 'b/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1\nlistener.security.protocol.map=INTERNAL\n' },
      ], options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'inter-broker-listener-not-advertised', line: 3, column: 11, severity: 'error', file: 'a/server.properties',
          message: 'Brokers talk to each other over PLAINTEXT (the default, as neither inter.broker.listener.name nor security.inter.broker.protocol is set), but no advertised listener has that name; set inter.broker.listener.name to one of INTERNAL. Kafka 3.9 refuses to start: "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are INTERNAL"' },
        { messageId: 'unknown-security-protocol', line: 4, column: 32, severity: 'error', file: 'a/server.properties',
          message: '\'TLS\' is not a security protocol; map each listener name to PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL. Kafka 3.9 refuses to start: "Invalid security protocol `TLS` defined in listener.security.protocol.map"' },
        { messageId: 'protocol-map-unparsable', line: 3, column: 32, severity: 'error', file: 'b/server.properties',
          message: 'listener.security.protocol.map must be a comma-separated list of NAME:PROTOCOL pairs, e.g. INTERNAL:PLAINTEXT,EXTERNAL:SSL. Kafka 3.9 refuses to start: "Error parsing configuration property \'listener.security.protocol.map\': the entry \'INTERNAL\' has no \':\' between listener name and protocol"' },
      ],
    },
    {
      name: 'control.plane.listener.name (3.9 only)', text: 'broker.id=1\nzookeeper.connect=zk1\nlisteners=PLAINTEXT://k:9092,CONTROL://k:9094\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROL:PLAINTEXT\ncontrol.plane.listener.name=PLAINTEXT\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'control-plane-is-inter-broker', line: 5, column: 29, severity: 'error',
          message: 'control.plane.listener.name and the inter-broker listener are both PLAINTEXT; give the control plane its own listener. Kafka 3.9 refuses to start: "control.plane.listener.name, when defined, should have a different value from the inter broker listener name. Currently they both have the value PLAINTEXT"' },
      ],
    },
    {
      name: 'empty listener name (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=://:9092\nadvertised.listeners=PLAINTEXT://kafka1:9092\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'listener-name-empty', line: 3, column: 11, severity: 'error',
          message: 'listeners has a listener with an empty name; write NAME://host:port. Kafka 3.9 refuses to start: "The provided listener name is null or empty string"' },
      ],
    },
    {
      name: 'broker-only node without controller.listener.names (4.1)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\nlisteners=PLAINTEXT://:9092\n', options: { kafkaVersion: '4.1' },
      findings: [
        { messageId: 'broker-without-controller-names', line: 1, column: 1, severity: 'error',
          message: 'A KRaft broker must know how to reach the controllers; set controller.listener.names to the controllers\' listener name (e.g. CONTROLLER). Kafka 4.1 refuses to start: "controller.listener.names must contain at least one value when running KRaft with just the broker role"' },
      ],
    },
    {
      name: 'controller listener missing from an explicit protocol map (4.3)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT\n', options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'controller-listener-unmapped', line: 4, column: 27, severity: 'error',
          message: 'The controller listener CONTROLLER has no protocol: add CONTROLLER:<protocol> to listener.security.protocol.map. Kafka 4.3 refuses to start: "Controller listener with name CONTROLLER defined in controller.listener.names not found in listener.security.protocol.map"' },
      ],
    },
    {
      name: 'a combined node with only the controller listener (4.3)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://:9093\n', options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'no-broker-listener-advertised', line: 5, column: 11, severity: 'error',
          message: 'This node has the broker role but advertises no broker listener; add a broker listener (e.g. PLAINTEXT://kafka1:9092) that is not in controller.listener.names. Kafka 4.3 refuses to start: "There must be at least one broker advertised listener. Perhaps all listeners appear in controller.listener.names?"' },
      ],
    },
    {
      name: 'a controller listener name without a listener (4.3)', text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER,CTRL2\nlisteners=CONTROLLER://ctrl1:9093\n', options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'controller-listener-not-bound', line: 4, column: 27, severity: 'error',
          message: 'controller.listener.names lists CTRL2, which listeners does not define. Add a listener for each or remove the name. Kafka 4.3 refuses to start: "controller.listener.names must only contain values appearing in the \'listeners\' configuration when running the KRaft controller role"' },
      ],
    },
    {
      name: 'control.plane.listener.name on a KRaft node (3.9)', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\ncontrol.plane.listener.name=PLAINTEXT\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'control-plane-in-kraft', line: 7, column: 29, severity: 'error',
          message: 'control.plane.listener.name is a ZooKeeper-mode setting; remove it from KRaft nodes. Kafka 3.9 refuses to start: "control.plane.listener.name is not supported in KRaft mode."' },
      ],
    },
    {
      name: 'control.plane.listener.name unmapped (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka1:9092\ncontrol.plane.listener.name=CONTROL\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'control-plane-unmapped', line: 5, column: 29, severity: 'error',
          message: 'control.plane.listener.name is CONTROL, which listener.security.protocol.map does not map; add CONTROL:<protocol> to the map. Kafka 3.9 refuses to start: "Listener with CONTROL defined in control.plane.listener.name not found in listener.security.protocol.map."' },
      ],
    },
    {
      name: 'control.plane.listener.name not advertised (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka1:9092\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROL:PLAINTEXT\ncontrol.plane.listener.name=CONTROL\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'control-plane-not-advertised', line: 6, column: 29, severity: 'error',
          message: 'control.plane.listener.name is CONTROL, which is not an advertised listener; add it to listeners and advertised.listeners. Kafka 3.9 refuses to start: "control.plane.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are PLAINTEXT"' },
      ],
    },
    {
      name: 'a 4.0+ check with the version assumed is a warning that says so', text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://ctrl1:9093,PLAINTEXT://ctrl1:9092\ninter.broker.listener.name=CONTROLLER\n',
      findings: [
        { messageId: 'controller-binds-broker-listeners', line: 5, column: 11, severity: 'error',
          message: 'A controller-only node may bind only its controller listeners, but listeners also has PLAINTEXT; remove it or add it to controller.listener.names. Kafka 4.4 refuses to start: "The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller"' },
        { messageId: 'controller-inter-broker-listener', line: 6, column: 28, severity: 'warning',
          message: 'inter.broker.listener.name names the controller listener CONTROLLER; on a controller-only node remove inter.broker.listener.name. Kafka 4.4 refuses to start: "controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value when process.roles=controller\'" kafka-lint assumed Kafka 4.4 (the newest release kafka-lint knows); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.' },
      ],
    },
  ],
});
