// Where a request comes from, for the sign-in limits: the socket's peer, or, when that peer is a
// proxy TRUST_PROXY names, the nearest address in X-Forwarded-For that is not such a proxy (the
// ones left of it could be written by the client). An IPv6 client counts by its /64, the block
// one host usually holds.
import { BlockList, isIP } from 'node:net';

/** `::ffff:1.2.3.4` is the IPv4 client 1.2.3.4. */
const unmapped = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/** The first four groups of an IPv6 address, written in full. */
function prefix64(address: string): string {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export class ClientAddresses {
  private readonly trusted: BlockList | null;

  constructor(trustProxy: readonly string[]) {
    if (!trustProxy.length) {
      this.trusted = null;
      return;
    }
    this.trusted = new BlockList();
    for (const entry of trustProxy) {
      const [address, bits] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.trusted.addAddress(address, family);
      else this.trusted.addSubnet(address, Number(bits), family);
    }
  }

  private isTrusted(address: string): boolean {
    const family = isIP(address);
    return !!this.trusted && family !== 0 && this.trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }

  /** The key a request's source is counted under, or null when it is not known (no socket). */
  of(peer: string | undefined, forwardedFor: string | null): string | null {
    if (!peer) return null;
    let address = unmapped(peer);
    if (this.isTrusted(address) && forwardedFor) {
      const hops = forwardedFor
        .split(',')
        .map((hop) => unmapped(hop.trim()))
        .reverse();
      for (const hop of hops) {
        if (!isIP(hop)) break; // garbage from here on was written by the client
        address = hop;
        if (!this.isTrusted(hop)) break;
      }
    }
    return isIP(address) === 6 ? prefix64(address) : address;
  }
}
