import selfsigned from 'selfsigned';
import { HOSTS } from '../../lib/hosts.ts';

/** Every name the sandbox answers for: the real Seller Center hosts, www.tiktok.com (the negative case), localhost. */
export const SANDBOX_HOSTS: readonly string[] = [...HOSTS.map((h) => h.host), 'www.tiktok.com', 'localhost'];

let cached: Promise<{ key: string; cert: string }> | undefined;

/** A self-signed certificate made at start (EC keys: fast); one per process. */
export function sandboxCertificate(): Promise<{ key: string; cert: string }> {
  cached ??= selfsigned
    .generate([{ name: 'commonName', value: 'affiliate.tiktok.com' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 30 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        {
          name: 'subjectAltName',
          altNames: [
            ...SANDBOX_HOSTS.map((value) => ({ type: 2 as const, value })),
            { type: 7 as const, ip: '127.0.0.1' },
          ],
        },
      ],
    })
    .then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
