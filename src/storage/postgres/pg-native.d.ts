/** The part of pg-native (libpq bindings) the PostgreSQL repository uses. */
declare module 'pg-native' {
  interface TypeParsers {
    getTypeParser(oid: number, format?: string): (value: string) => unknown;
  }
  class Client {
    constructor(config?: { types?: TypeParsers; arrayMode?: boolean });
    connectSync(params?: string): void;
    querySync(text: string, values?: Array<string | null>): Array<Record<string, unknown>>;
    escapeIdentifier(value: string): string;
    escapeLiteral(value: string): string;
    end(cb?: () => void): void;
  }
  export default Client;
}
