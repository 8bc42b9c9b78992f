/** The shared endpoint table (test/golden/endpoints/endpoints.json): the same messages as python_bridge's endpoint_problem. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpointProblem } from '../../../src/transport/endpoint.js';
import { formatZodIssues, transportSectionSchema } from '../../../src/config/index.js';

interface EndpointCase {
  readonly endpoint: string;
  readonly bind: string | null;
  readonly connect: string | null;
}

const TABLE = JSON.parse(readFileSync(new URL('../../golden/endpoints/endpoints.json', import.meta.url), 'utf8')) as { cases: EndpointCase[] };

describe('endpointProblem (shared table)', () => {
  it.each(TABLE.cases.map((c) => [JSON.stringify(c.endpoint).slice(0, 50), c] as const))('%s', (_name, c) => {
    expect(endpointProblem(c.endpoint, 'bind')).toBe(c.bind);
    expect(endpointProblem(c.endpoint, 'connect')).toBe(c.connect);
  });

  it('has cases only a binding socket accepts', () => {
    expect(TABLE.cases.some((c) => c.bind === null && c.connect !== null)).toBe(true);
  });
});

describe('transport settings', () => {
  it('refuses a tcp port ZeroMQ would wrap, naming the key and the fix', () => {
    const input = { endpoint: 'tcp://127.0.0.1:99999' };
    const r = transportSectionSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(formatZodIssues(r.error, input, 'transport')).toContain(
      'transport.endpoint: port 99999 is out of range, ZeroMQ would silently use another port; give 1-65535 (or * for any free port), was "tcp://127.0.0.1:99999"',
    );
  });

  it('refuses a telemetry endpoint that is the ROUTER endpoint (the second bind would fail)', () => {
    const input = { endpoint: 'tcp://127.0.0.1:5599', telemetry_endpoint: 'tcp://127.0.0.1:5599' };
    const r = transportSectionSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(formatZodIssues(r.error, input, 'transport')).toEqual([
      'transport.telemetry_endpoint: is the ROUTER endpoint too (transport.endpoint); give the telemetry socket its own port or path, was "tcp://127.0.0.1:5599"',
    ]);
  });

  it('accepts a wildcard port for the host and checks the telemetry endpoint the same way', () => {
    expect(transportSectionSchema.safeParse({ endpoint: 'tcp://127.0.0.1:*' }).success).toBe(true);
    const r = transportSectionSchema.safeParse({ telemetry_endpoint: 'tcp://127.0.0.1' });
    expect(r.success).toBe(false);
  });
});
