import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

// The latency runs' load generator: an open loop. Request i is sent at t0 + i/rate, whether or not earlier ones
// were answered, and its latency runs from that scheduled time, so a slow answer delays nothing and queueing is
// counted (no coordinated omission). autocannon's overallRate, used before, lets each connection send its share of
// a second back to back, so requests arrived in bursts and its "p50 at a fixed rate" measured the bursts.

export interface OpenLoopOptions {
  port: number;
  path: string;
  body: string;
  /** Requests per second. */
  rate: number;
  /** Seconds of sending; the run ends when the last answer is in (or timed out). */
  duration: number;
  /** Sockets the generator may open; a request waits for one only when this many are busy (counted in its latency). */
  maxSockets?: number;
  timeoutMs?: number;
}

export interface OpenLoopResult {
  /** Latency of each successful answer, ms from its scheduled time, sorted. */
  latencies: number[];
  sent: number;
  ok: number;
  /** Non-200 answers, answers carrying GraphQL `errors`, socket errors and timeouts. */
  failures: number;
  /** Seconds from the first scheduled send to the last answer. */
  elapsed: number;
  /** How late the generator itself sent a request, at worst (ms): a figure far above 1 ms means the harness lagged. */
  sendLagMax: number;
}

export function openLoop(o: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 64 });
  const total = Math.max(1, Math.round(o.rate * o.duration));
  const interval = 1000 / o.rate;
  const body = Buffer.from(o.body);
  const latencies: number[] = [];
  let failures = 0;
  let settled = 0;
  let sendLagMax = 0;
  let lastAnswer = 0;
  const t0 = performance.now() + 10;
  return new Promise((done) => {
    const settle = () => {
      settled += 1;
      if (settled < total) return;
      agent.destroy();
      latencies.sort((x, y) => x - y);
      done({
        latencies,
        sent: total,
        ok: latencies.length,
        failures,
        elapsed: (lastAnswer - t0) / 1000,
        sendLagMax,
      });
    };
    const fire = (scheduled: number) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: o.port,
          path: o.path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            lastAnswer = performance.now();
            const ok = res.statusCode === 200 && !Buffer.concat(chunks).includes('"errors"');
            if (ok) latencies.push(lastAnswer - scheduled);
            else failures += 1;
            settle();
          });
          res.on('error', () => {
            failures += 1;
            settle();
          });
        },
      );
      req.setTimeout(o.timeoutMs ?? 30_000, () => req.destroy(new Error('timed out')));
      req.on('error', () => {
        lastAnswer = performance.now();
        failures += 1;
        settle();
      });
      req.end(body);
    };
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && t0 + next * interval <= now) {
        const scheduled = t0 + next * interval;
        sendLagMax = Math.max(sendLagMax, now - scheduled);
        fire(scheduled);
        next += 1;
      }
      if (next < total) setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
    };
    setTimeout(tick, 10);
  });
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time a process has used so far (user + system, ms), from /proc/<pid>/stat; null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
