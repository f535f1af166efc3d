// npm run neo4j:install | neo4j:start | neo4j:stop | neo4j:status — the managed Neo4j on its own.
import { loadConfig } from '../config';
import { managedOptions } from '../db/connect';
import { installNeo4j } from '../neo4j/install';
import { managedStatus, startManagedNeo4j, stopManagedNeo4j } from '../neo4j/managed';
import { runCli } from './run';

runCli(async () => {
  const config = loadConfig();
  const command = process.argv[2];
  if (command === 'install') {
    await installNeo4j(config.NEO4J_LIB_DIR);
    console.log(`neo4j: jars in ${config.NEO4J_LIB_DIR}`);
  } else if (command === 'start') {
    const n = await startManagedNeo4j(managedOptions(config));
    console.log(`neo4j: running (pid ${n.pid}) at ${n.uri}; user neo4j, password in ${config.NEO4J_HOME_DIR}/password`);
  } else if (command === 'stop') {
    console.log((await stopManagedNeo4j(config.NEO4J_HOME_DIR)) ? 'neo4j: stopped' : 'neo4j: was not running');
  } else if (command === 'status') {
    const s = managedStatus(config.NEO4J_HOME_DIR);
    console.log(s.running ? `neo4j: running (pid ${s.pid})` : 'neo4j: not running');
  } else {
    console.error('usage: tsx src/cli/neo4j.ts install|start|stop|status');
    process.exitCode = 2;
  }
});
