import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { describeUpsert } from './upsert-suite.js';

describeUpsert('sqlite', () => openSqliteStore(':memory:'));
