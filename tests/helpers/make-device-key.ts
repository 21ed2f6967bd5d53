/**
 * Child process for the device key's durability test: creates the key of the data folder given as its
 * argument (as the web shell does at its first start) and only then says so on stdout.
 *
 *   node --import tsx tests/helpers/make-device-key.ts <dataDir>
 */
import { fileDeviceKey } from '../../src-main/store/device-key.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: make-device-key.ts <dataDir>');
fileDeviceKey(dataDir)();
process.stdout.write('KEY READY\n');
