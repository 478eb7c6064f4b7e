import { SqliteRepository } from '../../storage/sqlite/sqlite-repository.ts';
import { searchIndexContract } from '../search-index-contract.ts';

searchIndexContract('sqlite-fts5', () => new SqliteRepository(':memory:'));
