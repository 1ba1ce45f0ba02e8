import packageJson from '../../package.json' with { type: 'json' };

/** The version of kind-audit, as package.json (and so the npm package and the release) gives it. */
export const VERSION: string = packageJson.version;
