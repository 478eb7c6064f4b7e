import { postgresTestFactory } from '../../storage/postgres/test-database.ts';
import { searchIndexContract } from '../search-index-contract.ts';

searchIndexContract('postgres', postgresTestFactory());
