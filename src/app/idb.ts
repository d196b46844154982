/**
 * The one connection to IndexedDB, and transactions that always answer. A browser whose storage
 * never answers (a hung profile, a blocked upgrade, some private modes) makes every call fail
 * after STORAGE_TIMEOUT_MS with a StorageError in Chinese, so no button waits forever in silence.
 */
const DB_NAME = 'gov-info-annual-report';
export const STORE = 'drafts';
export const STORAGE_TIMEOUT_MS = 4_000;

/** A storage failure, said in Chinese for the banner that offers the backup download. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

const asStorageError = (error: unknown, fallback: string): StorageError => {
  if (error instanceof StorageError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return new StorageError('本机存储空间已满');
  return new StorageError(fallback);
};

/** `promise`, or a StorageError saying `what` did not answer in time. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = STORAGE_TIMEOUT_MS) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new StorageError(`${what}：本机存储 ${ms / 1000} 秒内没有响应`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let connection: Promise<IDBDatabase> | null = null;

function connect(): Promise<IDBDatabase> {
  if (connection) return connection;
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageError('此浏览器不能在本机保存草稿'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => {
      const db = request.result;
      // Another version of the app wants to upgrade: let it, and reconnect on the next call.
      db.onversionchange = () => {
        db.close();
        connection = null;
      };
      db.onclose = () => {
        connection = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(asStorageError(request.error, '打开本机存储失败'));
    request.onblocked = () => reject(new StorageError('本机存储被另一个窗口中的旧版本占用'));
  });
  connection = withTimeout(opening, '打开本机存储');
  connection.catch(() => {
    connection = null;
  });
  return connection;
}

/**
 * Runs `body` in one transaction and resolves with what its returned getter reads once the
 * transaction has committed (so a read-then-write inside `body` is atomic). Writes ask for strict
 * durability: the data is on disk, not in a cache, when the promise resolves.
 */
export async function transact<T>(
  mode: IDBTransactionMode,
  what: string,
  body: (store: IDBObjectStore) => () => T,
): Promise<T> {
  const work = async () => {
    const db = await connect();
    return new Promise<T>((resolve, reject) => {
      let transaction: IDBTransaction;
      try {
        transaction =
          mode === 'readwrite'
            ? db.transaction(STORE, mode, { durability: 'strict' })
            : db.transaction(STORE, mode);
      } catch (error) {
        // The connection was closed under us (an upgrade elsewhere): the next call reconnects.
        connection = null;
        reject(asStorageError(error, '本机存储已关闭'));
        return;
      }
      const result = body(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = () => reject(asStorageError(transaction.error, '本机存储出错'));
      transaction.onabort = () =>
        reject(asStorageError(transaction.error, '本机存储空间不足或被禁用'));
    });
  };
  return withTimeout(work(), what);
}
