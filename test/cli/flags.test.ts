import { describe, expect, it } from 'vitest';
import {
  CLUSTER_FLAGS as F,
  flagHelp,
  flagWording,
  inputFlag,
  inputsFrom,
  type FlagInput,
  parseFlags,
} from '../../src/cli/flags.js';
import { UsageError } from '../../src/cli/exit-codes.js';
import { COMMANDS } from '../../src/cli/main.js';
import { INPUTS } from '../../src/inputs/table.js';
import { readClusterOptions } from '../../src/inputs/read.js';
import { InputError } from '../../src/messages/input-error.js';

const flags = [F.name, F.level, F.preset, F.image, F.wait];
const owners = (flag: string) => (flag === 'verb' ? ['policy explain'] : []);
const parse = (argv: string[]) => parseFlags('up', flags, argv, owners);

describe('CLI flags', () => {
  it('reads a flag and its action-input alias alike', () => {
    expect(parse(['--image', 'kindest/node:v1.36.1']).values.image).toBe('kindest/node:v1.36.1');
    expect(parse(['--node-image', 'kindest/node:v1.36.1']).values.image).toBe(
      'kindest/node:v1.36.1',
    );
  });

  it('refuses a flag and its alias together', () => {
    expect(() => parse(['--name', 'a', '--cluster-name', 'b'])).toThrow(
      'give --name or --cluster-name, not both',
    );
  });

  it("refuses another command's flag, naming the command that owns it", () => {
    expect(() => parse(['--verb', 'get'])).toThrow(UsageError);
    expect(() => parse(['--verb', 'get'])).toThrow(
      "--verb is not an option of 'up' (it belongs to 'policy explain'); its options are --name, --level, --preset, --image, --wait",
    );
  });

  it('says which flag lacks its value', () => {
    expect(() => parse(['--name'])).toThrow(/--name/);
  });

  it('maps flags to the action inputs they carry, so the same checks apply', () => {
    const { values } = parse(['--name', 'e2e', '--level', 'Request', '--wait', '5m']);
    const options = readClusterOptions(inputsFrom(values, flags));
    expect(options).toMatchObject({
      clusterName: 'e2e',
      policySource: { kind: 'level', level: 'Request' },
      wait: '5m',
      controlPlanes: 1,
    });
  });

  it('words an input error with the flag the user typed', () => {
    const { values } = parse(['--level', 'metadata']);
    let caught: unknown;
    try {
      readClusterOptions(inputsFrom(values, flags));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).describe(flagWording(flags))).toMatch(
      /^Option --level has the value "metadata": allowed levels are None, Metadata/,
    );
    // The action keeps naming the input.
    expect((caught as InputError).message).toMatch(/^Input 'policy-level' has the value/);
  });

  it('words every bad flag at once, one line each', () => {
    const { values } = parse(['--wait', '120', '--level', 'metadata', '--name', 'Bad_Name']);
    let caught: unknown;
    try {
      readClusterOptions(inputsFrom(values, flags));
    } catch (error) {
      caught = error;
    }
    expect((caught as InputError).describe(flagWording(flags)).split('\n')).toEqual([
      '3 options have bad values:',
      expect.stringMatching(/^Option --name has the value "Bad_Name": kind accepts/),
      expect.stringMatching(/^Option --level has the value "metadata": allowed levels/),
      expect.stringMatching(/^Option --wait has the value "120": expected a duration/),
    ]);
  });

  it('words two policy sources given together with both flags', () => {
    const { values } = parse(['--level', 'Request', '--preset', 'recommended']);
    let caught: unknown;
    try {
      readClusterOptions(inputsFrom(values, flags));
    } catch (error) {
      caught = error;
    }
    expect((caught as InputError).describe(flagWording(flags))).toMatch(
      /^Options --preset \("recommended"\) and --level \("Request"\) were given together/,
    );
  });

  it('gives defaults in help from the one table of defaults', () => {
    expect(flagHelp([F.wait])).toMatch(/--wait D +how long .* \(default 120s\)/);
  });

  it('takes every flag that carries an input from the table of inputs', () => {
    const carried = new Set<string>();
    for (const command of COMMANDS)
      for (const flag of command.flags.filter((f) => f.input !== undefined)) {
        const key = Object.entries(INPUTS).find(([, s]) => s.name === flag.input)?.[0];
        // Only the help may be worded for the command.
        expect({ ...flag, help: '' }, `${command.name} --${flag.flag}`).toEqual({
          ...inputFlag(key as FlagInput),
          help: '',
        });
        carried.add(flag.input ?? '');
      }
    const declared = Object.values(INPUTS)
      .filter((s) => 'cli' in s)
      .map((s) => s.name);
    expect([...carried].sort()).toEqual(declared.sort());
  });
});
