import { afterAll } from 'vitest';
import { TestSchemas } from '../postgres-database.js';
import { describeUpsert } from './upsert-suite.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

describeUpsert('postgres', () => schemas.open());
