import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { runSurvivalReplay } from '../../../src/cli/commands/survival.js';
import { SensorReplayError, parseSensorLine, replaySensorText } from '../../../src/survival/index.js';

const FULL =
  '{"t_s":0,"hz_nodes":1,"heartbeat_age_s":0,"mc_status":"OK","staleness_hours":0,"ob_stale":false,"depth_quality":1,"fill_prob":1,"dvol_spike":false,"t_since_spike_min":0,"drawdown":0}';

function errorOf(fn: () => unknown): SensorReplayError {
  try {
    fn();
  } catch (err: unknown) {
    if (err instanceof SensorReplayError) return err;
    throw err;
  }
  throw new Error('no error thrown');
}

describe('parseSensorLine', () => {
  it('maps every field of the input line', () => {
    const { tMs, snapshot } = parseSensorLine(
      '{"t_s":1.5,"hz_nodes":2,"heartbeat_age_s":3,"mc_status":"ORANGE","staleness_hours":7,"ob_stale":true,"depth_quality":0.4,"fill_prob":0.6,"dvol_spike":true,"t_since_spike_min":12,"drawdown":0.07}',
      1,
    );
    expect(tMs).toBe(1500);
    expect(snapshot).toEqual({ hzNodes: 2, heartbeatAgeS: 3, mcStatus: 'ORANGE', stalenessHours: 7, obStale: true, depthQuality: 0.4, fillProb: 0.6, dvolSpike: true, tSinceSpikeMin: 12, drawdown: 0.07 });
  });

  it('defaults omitted fields to healthy readings', () => {
    expect(parseSensorLine('{"t_s":0}', 1).snapshot).toEqual(parseSensorLine(FULL, 1).snapshot);
  });

  it.each([
    { text: '{"t_s":0,', field: '', message: /line 4: not valid JSON/ },
    { text: '[1,2]', field: '', message: /line 4: not a JSON object/ },
    { text: '{"hz_nodes":1}', field: 't_s', message: /line 4, field t_s:/ },
    { text: '{"t_s":0,"mc_status":"BLUE"}', field: 'mc_status', message: /line 4, field mc_status:/ },
    { text: '{"t_s":0,"drawdown":1.5}', field: 'drawdown', message: /line 4, field drawdown:/ },
    { text: '{"t_s":0,"ob_stale":"yes"}', field: 'ob_stale', message: /line 4, field ob_stale:/ },
    { text: '{"t_s":0,"hz_node":1}', field: 'hz_node', message: /line 4, field hz_node:/ },
  ])('names line 4 and field "$field" for $text', ({ text, field, message }) => {
    const err = errorOf(() => parseSensorLine(text, 4));
    expect(err.line).toBe(4);
    expect(err.field).toBe(field);
    expect(err.message).toMatch(message);
  });
});

describe('replaySensorText', () => {
  it('skips blank lines but counts them', () => {
    const err = errorOf(() => replaySensorText(`${FULL}\n\n{"t_s":"x"}\n`));
    expect(err.line).toBe(3);
  });

  it('refuses a time that goes backwards', () => {
    const err = errorOf(() => replaySensorText('{"t_s":10}\n{"t_s":5}\n'));
    expect([err.line, err.field]).toEqual([2, 't_s']);
  });

  it('prints the documented output shape', () => {
    expect(replaySensorText('{"t_s":0,"drawdown":0.12}')).toEqual([
      { t_s: 0, r_target: 0.5, rm: 0.5, posture: 'APEX', factors: { cat1: 1, cat2: 1, cat3: 1, cat4: 1, cat5: 0.5 } },
    ]);
  });
});

describe('runSurvivalReplay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'survival-replay-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a bad line as a usage error naming the file, line and field', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${FULL}\n{"t_s":5,"fill_prob":2}\n`);
    const lines: string[] = [];
    const run = (): number => runSurvivalReplay({ sensors: file }, (l) => lines.push(l));
    expect(run).toThrow(CliError);
    expect(run).toThrow(`${file}: line 2, field fill_prob:`);
    try {
      run();
    } catch (err: unknown) {
      expect((err as CliError).exitCode).toBe(2);
    }
  });

  it('reports a missing sensors file as a usage error', () => {
    expect(() => runSurvivalReplay({ sensors: join(dir, 'none.jsonl') }, () => undefined)).toThrow(/cannot read sensors file .*none\.jsonl: ENOENT/);
  });

  it('names the bad key of a config file', () => {
    const sensors = join(dir, 'ok.jsonl');
    const config = join(dir, 'settings.yaml');
    writeFileSync(sensors, `${FULL}\n`);
    writeFileSync(config, 'survival:\n  postures:\n    turtle: 2\n');
    expect(() => runSurvivalReplay({ sensors, config }, () => undefined)).toThrow(/invalid survival\.postures\.turtle/);
  });

  it('uses the config file when given', () => {
    const sensors = join(dir, 'dd.jsonl');
    const config = join(dir, 'steep.yaml');
    writeFileSync(sensors, '{"t_s":0,"drawdown":0.1}\n');
    writeFileSync(config, 'survival:\n  cat5:\n    midpoint_drawdown: 0.1\n');
    const lines: string[] = [];
    expect(runSurvivalReplay({ sensors, config }, (l) => lines.push(l))).toBe(1);
    expect((JSON.parse(lines[0] ?? '{}') as { factors: { cat5: number } }).factors.cat5).toBe(0.5);
  });
});
