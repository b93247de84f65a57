import { ruleTester } from '../../test/rule-tester.js';
import rule from './migration-state.js';

const MIGRATION = 'zookeeper.metadata.migration.enable';
const controller = (flag: boolean, id = 3000) => ({
  file: `controller${id}/controller.properties`,
  text: `process.roles=controller\nnode.id=${id}\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.connect=zk1:2181\n${flag ? `${MIGRATION}=true\n` : ''}`,
});
const zkBroker = (id: number, flag: boolean) => ({
  file: `broker${id}/server.properties`,
  text: `broker.id=${id}\nzookeeper.connect=zk1:2181\n${flag ? `${MIGRATION}=true\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n` : ''}`,
});
const kraftBroker = (id: number) => ({
  file: `broker${id}/server.properties`,
  text: `process.roles=broker\nnode.id=${id}\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n`,
});
const v39 = { kafkaVersion: '3.9' as const };

ruleTester(rule, {
  valid: [
    { name: 'ZooKeeper cluster, no migration', files: [zkBroker(1, false), zkBroker(2, false)], options: v39 },
    { name: 'phase: controllers and every ZooKeeper broker migrating', files: [controller(true), zkBroker(1, true), zkBroker(2, true)], options: v39 },
    { name: 'phase: brokers in KRaft, controllers still writing to ZooKeeper', files: [controller(true), kraftBroker(1), kraftBroker(2)], options: v39 },
    { name: 'finalized', files: [controller(false), kraftBroker(1), kraftBroker(2)], options: v39 },
    { name: 'ZooKeeper and KRaft files with no sign of a migration: two clusters', files: [zkBroker(1, false), kraftBroker(2)], options: v39 },
    {
      name: 'a templated migration flag leaves the phase unknown',
      files: [controller(true), zkBroker(1, true), { file: 'broker2/server.properties', text: `broker.id=2\nzookeeper.connect=zk1:2181\n${MIGRATION}={{ migrate }}\n` }],
      options: v39,
    },
    { name: 'judged only under 3.9', files: [controller(true), zkBroker(1, true), kraftBroker(2)], options: { kafkaVersion: '4.0' } },
  ],
  invalid: [
    {
      name: 'half migrated: one broker in ZooKeeper mode, one in KRaft',
      files: [controller(true), zkBroker(1, true), kraftBroker(2)],
      options: v39,
      findings: [{
        messageId: 'half-migrated', file: 'broker1/server.properties', line: 2, column: 1, severity: 'warning', key: 'zookeeper.connect',
        message: 'This broker still runs in ZooKeeper mode while other brokers of this cluster run KRaft (broker2/server.properties): the cluster is half migrated. Finish the migration by restarting this broker with process.roles=broker and node.id (Kafka 4.0 no longer starts ZooKeeper-mode brokers).',
      }],
    },
    {
      name: 'a ZooKeeper broker left out of the migration',
      files: [controller(true), zkBroker(1, true), zkBroker(2, false)],
      options: v39,
      findings: [{
        messageId: 'broker-left-out', file: 'broker2/server.properties', line: 2, column: 1,
        message: `This ZooKeeper-mode broker lacks ${MIGRATION}=true while other nodes of this cluster migrate to KRaft (broker1/server.properties, controller3000/controller.properties): it never registers with the KRaft controllers, and the migration waits for every broker. Set ${MIGRATION}=true here, with controller.quorum.voters and controller.listener.names.`,
      }],
    },
    {
      name: 'a controller left out of the migration',
      files: [controller(true), controller(false, 3001), zkBroker(1, true)],
      options: v39,
      findings: [{
        messageId: 'controller-left-out', file: 'controller3001/controller.properties', line: 1, column: 1, key: 'process.roles',
        message: `This controller has no ${MIGRATION}=true while brokers of this cluster still run in ZooKeeper mode (broker1/server.properties): it never copies their metadata, so the brokers and the KRaft quorum stay separate clusters. Set ${MIGRATION}=true and zookeeper.connect here until the migration is finalized.`,
      }],
    },
    {
      name: 'half finalized',
      files: [controller(true), controller(false, 3001), kraftBroker(1)],
      options: v39,
      findings: [{
        messageId: 'half-finalized', file: 'controller3000/controller.properties', line: 5, column: 1, key: MIGRATION,
        message: `${MIGRATION}=true here, while other controllers of this cluster already run without it (controller3001/controller.properties): the migration is half finalized. Remove ${MIGRATION} and zookeeper.connect from this node too (Kafka 4.0 starts only finished migrations).`,
      }],
    },
  ],
});
