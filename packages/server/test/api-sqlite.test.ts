import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { describeApi } from './api-suite.js';

describeApi('sqlite', () => openSqliteStore(':memory:'));
