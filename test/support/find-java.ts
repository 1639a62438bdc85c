import { spawnSync } from 'node:child_process'

/**
 * The java that runs Specmatic's jar: $JAVA, else `java` on the PATH (Debian's
 * openjdk-17-jre-headless). Where there is none, say so loudly; under CI (whose run installs it)
 * that is a failure.
 */
export function findJava(): string | undefined {
  const java = process.env.JAVA ?? 'java'
  if (spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0) return java
  const message = `\n${'!'.repeat(78)}\n  No java (${java}): the Specmatic contract tests cannot run.\n  Install it (apt-get install -y openjdk-17-jre-headless) or set JAVA.\n${'!'.repeat(78)}\n`
  if (process.env.CI) throw new Error(message)
  console.warn(message)
  return undefined
}
