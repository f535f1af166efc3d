// Tests start servers on ports the OS picks.
export { freePort } from '../../src/net';
