/**
 * Child process that runs verdaccio: `node registry-server.cjs <verdaccio install dir> <config.yaml>`.
 * It listens on 127.0.0.1 on a port the OS picks, reports that port over IPC, and exits when the
 * parent disconnects (so a crashed or killed test never leaves a registry behind).
 */
'use strict';

const [appDir, configPath] = process.argv.slice(2);

process.on('disconnect', () => process.exit(0));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));

(async () => {
  const { runServer } = require(require.resolve('verdaccio', { paths: [appDir] }));
  const server = await runServer(configPath);
  server.on('error', (error) => {
    console.error(`registry-server: ${error.stack || error}`);
    process.exit(1);
  });
  server.listen(0, '127.0.0.1', () => {
    const { address, port } = server.address();
    process.send({ address, port });
  });
})().catch((error) => {
  console.error(`registry-server: ${error.stack || error}`);
  process.exit(1);
});
