import type { Server } from 'node:http';

/** How many ports after the asked one are tried before giving up. */
const TRIES = 50;

/**
 * Starts `server` listening on `host` at `port`, or, when that port is taken, at the next free one
 * (port + 1, port + 2, … up to 50 further); `0` lets the system pick. Resolves with the port it got.
 */
export async function listenOnFreePort(server: Server, port: number, host: string): Promise<number> {
  for (let candidate = port; ; candidate++) {
    try {
      await new Promise<void>((resolve, reject) => {
        const failed = (error: Error) => reject(error);
        server.once('error', failed);
        server.listen(candidate, host, () => {
          server.off('error', failed);
          resolve();
        });
      });
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || (error as NodeJS.ErrnoException).code === 'EACCES';
      if (!busy || port === 0 || candidate >= Math.min(port + TRIES, 65535)) {
        throw new Error(`No free port on ${host} from ${port} to ${candidate}: ${(error as Error).message}. Set PORT to a free port (PORT=0 picks any).`);
      }
    }
  }
}
