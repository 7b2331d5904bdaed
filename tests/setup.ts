// Under the jsdom environment, Uint8Array is jsdom's while TextEncoder returns Node's arrays,
// and esbuild (loaded by WXT's test plugin) refuses to start. Make encode() return arrays of the
// global realm.
const NodeTextEncoder = globalThis.TextEncoder;
if (!(new NodeTextEncoder().encode('') instanceof Uint8Array)) {
  globalThis.TextEncoder = class extends NodeTextEncoder {
    override encode(input?: string): Uint8Array<ArrayBuffer> {
      return new Uint8Array(super.encode(input));
    }
  };
}
