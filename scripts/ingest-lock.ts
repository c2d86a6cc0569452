/**
 * One ingest at a time per manifest: a lock file beside it, created exclusively, held from
 * reading the dataset to the last rename. Six ingests started at once lost manifest entries
 * without it (each read the manifest, added its brief and wrote it back over the others').
 */
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { InputError } from "./ingest-files";

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** A lock this old is left over whatever its owner: no ingest takes ten minutes. */
const STALE_AFTER_MS = 10 * 60_000;
/** A lock file still empty this long after it was made belongs to a process that died making it. */
const EMPTY_STALE_AFTER_MS = 5_000;

export interface HeldLock {
  /** Printed when a stale lock was removed on the way in. */
  notes: string[];
  release(): void;
}

export async function acquireLock(manifest: string, waitSeconds: number): Promise<HeldLock> {
  const path = `${manifest}.lock`;
  const notes: string[] = [];
  const deadline = Date.now() + waitSeconds * 1000;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (;;) {
    if (tryCreate(path, me)) {
      return { notes, release: () => unlinkSync(path) };
    }
    const owner = readOwner(path);
    const stale = staleReason(path, owner);
    if (stale) {
      breakLock(path, stale.inode);
      notes.push(`Removed a stale lock ${path} (${stale.reason}).`);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = owner ? `pid ${owner.pid} on ${owner.host}, since ${owner.since}` : "unknown";
      throw new InputError(
        `another ingest is writing to ${manifest} (${who}) and did not finish within ${waitSeconds} s; run again when it is done, or, if no ingest is running, delete ${path}`,
      );
    }
    await new Promise((done) => setTimeout(done, 50 + Math.random() * 100));
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new InputError(`cannot create the lock file ${path}: ${(error as Error).message}`);
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof value.pid === "number" && typeof value.host === "string"
      ? { pid: value.pid, host: value.host, since: String(value.since) }
      : null;
  } catch {
    return null;
  }
}

function staleReason(
  path: string,
  owner: LockOwner | null,
): { reason: string; inode: number } | null {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return null; // released meanwhile: the next attempt takes it
  }
  const age = Date.now() - stats.mtimeMs;
  const reason = !owner
    ? age > EMPTY_STALE_AFTER_MS
      ? "it names no process"
      : null
    : owner.host === hostname() && !isAlive(owner.pid)
      ? `its ingest, pid ${owner.pid}, is no longer running`
      : age > STALE_AFTER_MS
        ? `it is from ${owner.since}, over ten minutes ago`
        : null;
  return reason ? { reason, inode: stats.ino } : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the stale lock file (the inode judged stale) by renaming it aside first. When several
 * processes found it stale, one may rename a lock another just took; that one is put back.
 */
function breakLock(path: string, staleInode: number): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // another process broke it first
  }
  try {
    if (statSync(aside).ino !== staleInode) linkSync(aside, path);
  } catch {
    // The lock was taken again meanwhile; the live lock stays.
  } finally {
    unlinkSync(aside);
  }
}
