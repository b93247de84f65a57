import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './voter-address.js';

const FIXTURES = 'rules/kraft/voter-address';
const controller = (id: number, voters: string, listeners = 'CONTROLLER://:9093', extra = '') => ({
  file: `c${id}/controller.properties`,
  text: `process.roles=controller\nnode.id=${id}\ncontroller.quorum.voters=${voters}\nlisteners=${listeners}\ncontroller.listener.names=CONTROLLER\n${extra}`,
});
const V3 = '1@c1:9093,2@c2:9093,3@c3:9093';
const FORM = 'Each entry should be in the form `{id}@{host}:{port}`.';
const WRITE = 'write each voter as <id>@<host>:<port>, comma-separated, e.g. 1@kafka1:9093,2@kafka2:9093,3@kafka3:9093.';
const PORT_C2 = 'Voter 2@c2:9094 points at port 9094, but controller 2 (c2/controller.properties) listens for the quorum on CONTROLLER://c2:9093. Kafka accepts this, since a load balancer or port forward may stand at that address; if nothing forwards port 9094 to the controller, the other nodes never reach it: write 2@c2:9093.';

ruleTester(rule, {
  valid: [
    { name: 'well-formed voters, controllers elsewhere', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,2@[fe80::1]:9093,3@10.0.0.3:9093\n' },
    { name: 'each voter matches its controller listener', files: [controller(1, V3), controller(2, V3), controller(3, V3)] },
    { name: 'a controller bound to one host named by the voter', files: [controller(1, '1@10.0.0.1:9093', 'CONTROLLER://10.0.0.1:9093')] },
    { name: 'a host name and a bound IP may be the same machine', files: [controller(1, '1@c1:9093', 'CONTROLLER://10.0.0.1:9093')] },
    { name: 'localhost and 127.0.0.1 are one address', files: [controller(1, '1@localhost:9093', 'CONTROLLER://127.0.0.1:9093')] },
    {
      name: 'a voter port that the controller advertises (NAT, port forwarding)',
      files: [controller(1, '1@c1:19093', 'CONTROLLER://:9093', 'advertised.listeners=CONTROLLER://c1:19093\n')],
    },
    { name: 'issue 13: voters at load balancers in front of the controllers, other ports (Kafka accepts them)', files: fixtureFiles(`${FIXTURES}/load-balancer`) },
    { name: 'a controller whose controller listener is missing is startup-constraints\' finding', files: [controller(1, '1@c1:9094', 'PLAINTEXT://:9092')] },
    { name: 'templated voters are not judged', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters={{ kafka_voters }}\n' },
    { name: 'templated controller listeners are not judged', files: [controller(1, '1@c1:9094', '{{ controller_listeners }}')] },
    { name: 'well-formed bootstrap servers', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=c1:9093,[::1]:9093\n' },
  ],
  invalid: [
    {
      name: 'colon instead of @',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1:c1:9093,2:c2:9093\n',
      findings: [{
        messageId: 'unparsable', line: 3, column: 26, severity: 'error', key: 'controller.quorum.voters',
        message: `Kafka refuses to start this node ("Invalid configuration value for controller.quorum.voters. ${FORM}"); ${WRITE}`,
      }],
    },
    {
      name: 'a trailing comma',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,\n',
      findings: [{ messageId: 'unparsable', line: 3, column: 26, message: `Kafka refuses to start this node ("Invalid configuration value for controller.quorum.voters. ${FORM}"); ${WRITE}` }],
    },
    {
      name: 'no port',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1\n',
      findings: [{ messageId: 'unparsable', line: 3, column: 26, message: `Kafka refuses to start this node ("Failed to parse host name from entry 1@c1 for the configuration controller.quorum.voters. ${FORM}"); ${WRITE}` }],
    },
    {
      name: 'a name instead of an id',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=c1@c1:9093\n',
      findings: [{ messageId: 'unparsable', line: 3, column: 26, message: `Kafka refuses to start this node ("Failed to parse voter ID as an integer from c1"); ${WRITE}` }],
    },
    {
      name: 'host 0.0.0.0',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@0.0.0.0:9093\n',
      findings: [{
        messageId: 'unroutable-host', line: 3, column: 26, severity: 'error',
        message: 'Voter 1@0.0.0.0:9093 has the host 0.0.0.0, which names no machine: Kafka refuses to start ("Host string (0.0.0.0) is not routeable"). Write the host name or IP address the other nodes reach controller 1 at.',
      }],
    },
    {
      name: 'no host is a warning',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@:9093\n',
      findings: [{
        messageId: 'no-host', line: 3, column: 26, severity: 'warning',
        message: 'Voter 1@:9093 has no host, so every node connects to its own loopback address for controller 1, which works only when all nodes share one machine. Write the host name or IP address of controller 1.',
      }],
    },
    {
      name: 'a repeated id: Kafka starts, one voter is silently dropped',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,2@c3:9093\n',
      findings: [{
        messageId: 'repeated-id', line: 3, column: 26, severity: 'warning',
        message: 'Voter id 2 is listed twice (2@c2:9093, then 2@c3:9093): Kafka keeps only the last, so 2@c2:9093 is silently not a voter. Give each controller its own node.id and list each once.',
      }],
    },
    {
      name: 'issue 13: a voter port on the controller\'s own host that it does not listen on is an info, in every file that lists it',
      files: fixtureFiles(`${FIXTURES}/port-mismatch`),
      findings: [1, 2, 3].map((i) => ({ messageId: 'port-not-listened', file: `c${i}/controller.properties`, line: 6, column: 26, severity: 'info' as const, message: PORT_C2 })),
    },
    {
      name: 'a voter port when the controller\'s host is not known',
      files: [controller(1, '1@c1:9094')],
      findings: [{
        messageId: 'port-not-listened', line: 3, column: 26, severity: 'info',
        message: 'Voter 1@c1:9094 points at port 9094, but controller 1 (c1/controller.properties) listens for the quorum on CONTROLLER://:9093. Kafka accepts this, since a load balancer or port forward may stand at that address; if nothing forwards port 9094 to the controller, the other nodes never reach it: write 1@c1:9093.',
      }],
    },
    {
      name: 'a voter address other than the bound IP',
      files: [controller(1, '1@10.0.0.9:9093', 'CONTROLLER://10.0.0.1:9093')],
      findings: [{
        messageId: 'address-not-bound', line: 3, column: 26, severity: 'info',
        message: 'Voter 1@10.0.0.9:9093 points at 10.0.0.9, but controller 1 (c1/controller.properties) binds its controller listener to 10.0.0.1 only (CONTROLLER://10.0.0.1:9093). Kafka accepts this, since a load balancer or NAT may stand at that address; if nothing forwards it to 10.0.0.1, the other nodes never reach the controller: write the address it listens on, or bind the listener to 10.0.0.9 or to all interfaces.',
      }],
    },
    {
      name: 'malformed bootstrap servers',
      text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=c1:9093;c2:9093\n',
      findings: [{
        messageId: 'bootstrap-unparsable', line: 3, column: 37, key: 'controller.quorum.bootstrap.servers',
        message: 'Kafka refuses to start this node ("Failed to parse host name from c1:9093;c2:9093 for the configuration controller.quorum.bootstrap.servers. Each entry should be in the form "{host}:{port}""); write each controller as <host>:<port>, comma-separated, e.g. kafka1:9093,kafka2:9093,kafka3:9093.',
      }],
    },
  ],
});
