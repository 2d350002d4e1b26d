// Where webhooks may go: http(s) URLs only, and never to loopback, private, link-local or other
// special addresses (which would let a company's admin reach the servers beside ours), unless
// WEBHOOK_ALLOW_PRIVATE says so (tests, local setups). Checked on registration (the URL as
// written) and on every connection (each address the name resolves to), so a name that later
// resolves inward is refused too.
import dns from 'node:dns';
import net from 'node:net';
import { badInput } from '../../shared/errors.ts';

const BLOCKED = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
] as const)
  BLOCKED.addSubnet(address, prefix, 'ipv6');

/** Whether `address` (an IP) is one a webhook must not reach. */
export function isInternalAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? BLOCKED.check(mapped[1], 'ipv4') : BLOCKED.check(address, 'ipv6');
}

/** The URL, checked (BAD_USER_INPUT naming `field` otherwise). */
export function checkWebhookUrl(field: string, value: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput(field, 'Not a URL.');
  }
  if (value.length > 2000) throw badInput(field, 'At most 2000 characters.');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput(field, 'Only http and https URLs.');
  if (url.username || url.password) throw badInput(field, 'No user or password in the URL.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const internal = net.isIP(host) ? isInternalAddress(host) : /(^|\.)localhost$/i.test(host) || !host.includes('.');
  if (internal && !allowPrivate) throw badInput(field, 'Loopback, private and link-local addresses are not allowed.');
  return url;
}

/** A `lookup` for http(s).request that refuses names resolving to an internal address. */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const bad = !allowPrivate && list.find((a) => isInternalAddress(a.address));
      if (bad) return callback(new Error(`${hostname} resolves to an internal address`), '', 0);
      if ((options as dns.LookupOptions).all)
        return (callback as never as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
