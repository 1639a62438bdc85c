import { startCli } from './run-cli.js'

/** `chatmock serve --port 0 --no-builtins --spec <file>…` in this process, once it listens: its URL and how to stop it. */
export async function serveSpecs(files: readonly string[], flags: readonly string[] = []) {
  const cli = startCli([
    'serve',
    '--port',
    '0',
    '--no-builtins',
    ...flags,
    ...files.flatMap((file) => ['--spec', file]),
  ])
  const url = (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
  const stop = async () => {
    cli.stop()
    await cli.exited
  }
  return { cli, url, stop }
}
