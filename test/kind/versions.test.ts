import { describe, expect, it } from 'vitest';
import { checkNodeVersion, KindCompatibilityError } from '../../src/kind/compatibility.js';
import {
  defaultNodeImage,
  imageKubernetesVersion,
  KIND_RELEASES,
  nearestKnownRelease,
  PINNED_KIND_VERSION,
  parseKindVersion,
  parseKindVersionOutput,
  type KindVersion,
} from '../../src/kind/versions.js';
import { DEFAULT_KUBERNETES_VERSION } from '../../src/kubernetes/version.js';

function kind(text: string): KindVersion {
  const version = parseKindVersion(text);
  if (!version) throw new Error(`bad kind version ${text}`);
  return version;
}

describe('kind versions', () => {
  it.each([
    ['v0.32.0', '0.32.0'],
    ['0.32.0', '0.32.0'],
    ['0.33.0-alpha.12+0123456789abcd', '0.33.0-alpha.12+0123456789abcd'],
  ])('%s is a kind version', (input, text) => {
    expect(parseKindVersion(input)?.text).toBe(text);
  });

  it.each(['latest', '0.32', 'v0.32.0.1', 'vv0.32.0', '0.32.0 ; rm -rf /', '../0.32.0', ''])(
    '%j is not',
    (input) => {
      expect(parseKindVersion(input)).toBeUndefined();
    },
  );

  it.each([
    ['kind v0.32.0 go1.24.4 linux/amd64\n', '0.32.0'],
    ['0.31.0\n', '0.31.0'],
    [
      'kind v0.33.0-alpha.12+0123456789abcd go1.25.1 darwin/arm64',
      '0.33.0-alpha.12+0123456789abcd',
    ],
  ])('`kind version` printing %j is kind %s', (stdout, text) => {
    expect(parseKindVersionOutput(stdout)?.text).toBe(text);
  });

  it('does not read a version out of an error message', () => {
    expect(parseKindVersionOutput('unknown command "version" for "kind"')).toBeUndefined();
  });

  it.each([
    ['kindest/node:v1.36.1', '1.36.1'],
    ['kindest/node:v1.37.0-rc.1@sha256:aabb', '1.37.0-rc.1'],
    ['registry.local:5000/kindest/node:v1.35.0', '1.35.0'],
    ['registry.local:5000/kindest/node:latest', undefined],
    ['registry.local:5000/kindest/node', undefined],
    ['kindest/node@sha256:aabb', undefined],
  ])('image %s is Kubernetes %s', (image, version) => {
    expect(imageKubernetesVersion(image)?.text).toBe(version);
  });

  it("pins the newest release in the table, whose default image sets the policy's default version", () => {
    expect(KIND_RELEASES[0]?.kind).toBe(PINNED_KIND_VERSION);
    const image = defaultNodeImage(kind(PINNED_KIND_VERSION));
    expect(image).toBe('kindest/node:v1.37.0');
    expect(imageKubernetesVersion(image ?? '')).toEqual(DEFAULT_KUBERNETES_VERSION);
  });

  // kind `pkg/apis/config/defaults/image.go` of each release names its default node image.
  it('knows kind 0.31 defaults to 1.35, and no default for an unreleased build', () => {
    expect(defaultNodeImage(kind('v0.31.0'))).toBe('kindest/node:v1.35.0');
    expect(defaultNodeImage(kind('0.32.0-alpha.3'))).toBeUndefined();
  });
});

describe('kind and node image pairs', () => {
  it.each([
    ['0.31.0', 'kindest/node:v1.37.0'],
    ['0.31.0', 'kindest/node:v1.37.0-rc.1'],
    ['0.20.0', 'kindest/node:v1.38.2'],
  ])('refuses kind %s with %s, naming both and what to use', (k, image) => {
    const check = () => checkNodeVersion(kind(k), { nodeImage: image });
    expect(check).toThrow(KindCompatibilityError);
    expect(check).toThrow(new RegExp(`kind v${k.replace(/\./g, '\\.')} .*Kubernetes 1\\.3[78]`));
    expect(check).toThrow(/v1beta3.*Use kind v0\.32\.0 or newer/);
  });

  it.each([
    ['0.31.0', 'kindest/node:v1.36.1', '1.36'],
    ['0.32.0', 'kindest/node:v1.37.0', '1.37'],
    ['0.33.0', 'kindest/node:v1.37.1', '1.37'],
    ['0.31.0', 'kindest/node:v1.35.0', '1.35'],
  ])('accepts kind %s with %s (Kubernetes %s)', (k, image, minor) => {
    const result = checkNodeVersion(kind(k), { nodeImage: image });
    expect(`${result.kubernetesVersion.major}.${result.kubernetesVersion.minor}`).toBe(minor);
    expect(result.notice).toBeUndefined();
  });

  it("uses the kind's default image when no image is given", () => {
    expect(checkNodeVersion(kind('0.31.0'), {})).toMatchObject({
      images: ['kindest/node:v1.35.0'],
      kubernetesVersion: { minor: 35 },
    });
  });

  it("checks the config's control-plane images, and the policy against the oldest", () => {
    const configImages = ['kindest/node:v1.36.1', 'kindest/node:v1.35.0'];
    expect(checkNodeVersion(kind('0.32.0'), { configImages }).kubernetesVersion.minor).toBe(35);
    const mixed = ['kindest/node:v1.36.1', 'kindest/node:v1.37.0'];
    expect(() => checkNodeVersion(kind('0.31.0'), { configImages: mixed })).toThrow(
      KindCompatibilityError,
    );
  });

  it("lets node-image win over the config's images, as kind's --image does", () => {
    const result = checkNodeVersion(kind('0.31.0'), {
      nodeImage: 'kindest/node:v1.35.0',
      configImages: ['kindest/node:v1.37.0'],
    });
    expect(result.images).toEqual(['kindest/node:v1.35.0']);
  });

  it('skips the check with a notice when the tag names no version', () => {
    const result = checkNodeVersion(kind('0.31.0'), { nodeImage: 'my/node:latest' });
    expect(result.notice).toMatch(/my\/node:latest names no Kubernetes version.*not checked/);
    expect(result.kubernetesVersion).toEqual(DEFAULT_KUBERNETES_VERSION);
  });
});

describe('a kind the table does not know', () => {
  it.each([
    ['0.34.0', '0.33.0'],
    ['1.2.3', '0.33.0'],
    ['0.33.0-alpha.12+0123456789abcd', '0.32.0'],
    ['0.32.1', '0.32.0'],
    ['0.19.0', '0.20.0'],
  ])('kind %s: the nearest known release is %s', (k, nearest) => {
    expect(nearestKnownRelease(kind(k)).kind).toBe(nearest);
  });

  it("is warned about; without node-image the policy is checked as the nearest release's default", () => {
    const result = checkNodeVersion(kind('0.34.0'), {});
    expect(result.warning).toMatch(
      /kind v0\.34\.0 is not a release kind-audit knows \(it knows v0\.20\.0 to v0\.33\.0\).*Kubernetes 1\.37\.0 would load it, from the default image of kind v0\.33\.0.*set 'node-image'/,
    );
    expect(result.images).toEqual(['kindest/node:v1.37.0']);
    expect(result.kubernetesVersion.text).toBe('1.37.0');
    expect(result.fromImages).toBe(false);
  });

  it("uses node-image's own version when it is given", () => {
    const result = checkNodeVersion(kind('0.34.0'), { nodeImage: 'kindest/node:v1.35.8' });
    expect(result.kubernetesVersion.text).toBe('1.35.8');
    expect(result.fromImages).toBe(true);
    expect(result.warning).toMatch(/from the Kubernetes version of 'node-image'\.$/);
  });

  it('a pre-release build is not the release, and its pair is still checked', () => {
    expect(checkNodeVersion(kind('0.33.0-alpha.3'), {}).images).toEqual(['kindest/node:v1.36.1']);
    expect(() =>
      checkNodeVersion(kind('0.31.0-alpha.1'), { nodeImage: 'kindest/node:v1.37.0' }),
    ).toThrow(KindCompatibilityError);
  });

  it('a known release, or one with build metadata only, gets no warning', () => {
    expect(checkNodeVersion(kind('0.33.0'), {}).warning).toBeUndefined();
    expect(checkNodeVersion(kind('0.32.0+abc'), {}).images).toEqual(['kindest/node:v1.36.1']);
  });
});
