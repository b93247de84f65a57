import { describe, it, expect } from 'vitest';
import { hasTemplate, maskTemplateControl, renderedName, templateSpans } from '../../src/parse/template.js';

describe('template values', () => {
  it.each([
    ['${KAFKA_HOST}:9092', [[0, 13]]],
    ['${A:-${B}}x', [[0, 10]]],
    ['PLAINTEXT://{{ inventory_hostname }}:9092', [[12, 36]]],
    ['{% if x %}', [[0, 10]]],
    ['<%= @host %>', [[0, 12]]],
    ['kafka@INSTANCE_NUMBER@', [[5, 22]]],
    ['%HOSTNAME%:2181', [[0, 10]]],
    ['PLAINTEXT://<ip>:9092', [[12, 16]]],
    ['PLAINTEXT://{}:9092', [[12, 14]]],
    ['${UNCLOSED', [[0, 10]]],
  ])('%s holds template parts', (value, spans) => {
    expect(templateSpans(value).map((s) => [s.start, s.end])).toEqual(spans);
    expect(hasTemplate(value)).toBe(true);
  });
  it.each([
    '/var/lib/kafka',
    '1@ctrl1:9093,2@ctrl2:9093',
    'RULE:[1:$1@$0](.*@EXAMPLE.COM)s/@.*//',
    'User:admin;User:kafka',
    '50%',
    'PLAINTEXT://[::1]:9092',
    'a@B@',
    '<>',
  ])('%s holds none', (value) => {
    expect(hasTemplate(value)).toBe(false);
  });
});

describe('template files', () => {
  it('names the file beneath a template suffix', () => {
    expect(['server.properties.j2', 'zoo.cfg.jinja2', 'myid.tpl', 'kafka.service.erb', 'x.env.template', 'docker-compose.yml.tmpl'].map(renderedName)).toEqual([
      'server.properties', 'zoo.cfg', 'myid', 'kafka.service', 'x.env', 'docker-compose.yml',
    ]);
    expect(renderedName('server.properties')).toBeUndefined();
    expect(renderedName('.j2')).toBeUndefined();
  });
  it('blanks control tags, keeps positions, and marks the lines of conditional blocks', () => {
    const text = '{% if ssl %}\nlisteners=SSL://:9093\n{% else %}\nlisteners=PLAINTEXT://:9092\n{% endif %}\nbroker.id={{ id }}\n';
    const masked = maskTemplateControl(text);
    expect(masked.text.length).toBe(text.length);
    expect(masked.text.split('\n')).toEqual(['            ', 'listeners=SSL://:9093', '          ', 'listeners=PLAINTEXT://:9092', '           ', 'broker.id={{ id }}', '']);
    expect([...masked.conditionalLines].sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it('reads Go templates and ERB blocks', () => {
    expect([...maskTemplateControl('{{- if .Values.ssl }}\nssl=true\n{{- end }}\nx={{ .Values.x }}\n').conditionalLines]).toEqual([1, 2, 3]);
    expect([...maskTemplateControl('<% @brokers.each do |b| %>\nserver=<%= b %>\n<% end %>\n').conditionalLines]).toEqual([1, 2, 3]);
    expect(maskTemplateControl('{# a comment #}\nkey=1\n').text).toBe('               \nkey=1\n');
  });
  it('leaves files without control tags as they are', () => {
    const masked = maskTemplateControl('a=1\nb={{ b }}\n');
    expect([masked.hasControl, masked.text, masked.conditionalLines.size]).toEqual([false, 'a=1\nb={{ b }}\n', 0]);
  });
  it('is linear on long runs of openers', () => {
    for (const unit of ['${', '{{', '{%', '<%', '@', '%a', '{a', '<a']) {
      expect(() => templateSpans(unit.repeat(200_000))).not.toThrow();
      expect(() => maskTemplateControl(unit.repeat(200_000))).not.toThrow();
    }
  });
});
