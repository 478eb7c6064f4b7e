/**
 * The action modules api.php provides, by name.
 */
import type { ActionModule } from './action-module.ts';
import { block, unblock } from './block.ts';
import { compare } from './compare.ts';
import { deleteModule } from './delete.ts';
import { edit } from './edit.ts';
import { clientlogin, login, logout } from './login.ts';
import { move } from './move.ts';
import { parse } from './parse.ts';
import { purge } from './purge.ts';
import { query } from './query/query.ts';
import { watch } from './watch.ts';

export const actionModules: Record<string, ActionModule> = {
  query, parse, edit, move, delete: deleteModule, purge, login, clientlogin, logout, compare, block, unblock, watch,
};
