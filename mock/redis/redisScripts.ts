/**
 * The Lua scripts that make each change one step in Redis, whichever replica sends it: Redis runs
 * a script whole, with no other command in between, so no lock is held in any process. Every
 * script takes the key prefix as ARGV[1] and an account's key (`<prefix>:a:<account>`) as ARGV[2]
 * where it works on one account. An account's keys: `:rec` (hash id → the resource's JSON text),
 * `:names` (hash JSON of a name → id), `:order` (sorted set id by creation sequence), `:meta`
 * (hash: `user`, the account's default user id; `spaces`, JSON).
 */

/** Reserves a creation sequence; answers [sequence, the account's user id or '', a fresh user number when it has none]. */
export const RESERVE = `
local user = redis.call('HGET', ARGV[2]..':meta', 'user')
local sequence = redis.call('INCR', ARGV[1]..':seq')
if user then return {sequence, user, 0} end
return {sequence, '', redis.call('INCR', ARGV[1]..':users')}`;

/**
 * Inserts a created integration (ARGV 3..8: id, sequence, name key, JSON, the account's user id,
 * the account's tag, its key part after `<prefix>:a:`): 1 stored, 0 the name is taken (nothing stored), -1 the reservation went
 * stale (a reset, or another first create gave the account its user): reserve again.
 */
export const INSERT = `
local account = ARGV[2]
local user = redis.call('HGET', account..':meta', 'user')
if (user and user ~= ARGV[7]) or redis.call('HEXISTS', account..':rec', ARGV[3]) == 1 then return -1 end
if redis.call('HEXISTS', account..':names', ARGV[5]) == 1 then return 0 end
if not user then redis.call('HSET', account..':meta', 'user', ARGV[7]) end
redis.call('SADD', ARGV[1]..':accounts', ARGV[8])
redis.call('HSET', account..':names', ARGV[5], ARGV[3])
redis.call('HSET', account..':rec', ARGV[3], ARGV[6])
redis.call('ZADD', account..':order', ARGV[4], ARGV[3])
return 1`;

/**
 * Replaces an integration if it is still what the caller read (ARGV 3..7: id, the JSON read, the
 * new JSON, the old and new name keys): 1 stored, 0 the new name is another's (nothing stored),
 * -1 it changed or went away since it was read: read it again.
 */
export const UPDATE = `
local account = ARGV[2]
if redis.call('HGET', account..':rec', ARGV[3]) ~= ARGV[4] then return -1 end
if ARGV[6] ~= ARGV[7] then
  local holder = redis.call('HGET', account..':names', ARGV[7])
  if holder and holder ~= ARGV[3] then return 0 end
  redis.call('HDEL', account..':names', ARGV[6])
  redis.call('HSET', account..':names', ARGV[7], ARGV[3])
end
redis.call('HSET', account..':rec', ARGV[3], ARGV[5])
return 1`;

/** Removes an integration if it is still what the caller read (ARGV 3..5: id, the JSON read, its name key): 1 removed, -1 read it again. */
export const DELETE = `
local account = ARGV[2]
if redis.call('HGET', account..':rec', ARGV[3]) ~= ARGV[4] then return -1 end
redis.call('HDEL', account..':rec', ARGV[3])
redis.call('HDEL', account..':names', ARGV[5])
redis.call('ZREM', account..':order', ARGV[3])
return 1`;

/** Up to ARGV[4] integrations newest first, below sequence ARGV[3] ('' for none): [sequence, JSON, ...], read in one step. */
export const PAGE = `
local account = ARGV[2]
local top = ARGV[3] == '' and '+inf' or '('..ARGV[3]
local ids = redis.call('ZREVRANGEBYSCORE', account..':order', top, '-inf', 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for i = 1, #ids, 2 do
  local json = redis.call('HGET', account..':rec', ids[i])
  if json then
    out[#out + 1] = ids[i + 1]
    out[#out + 1] = json
  end
end
return out`;

/** Counts one request of a rate-limit key (ARGV[2]) in a window of ARGV[3] ms that its first request opens: [count, ms left]. */
export const HIT = `
local count = redis.call('INCR', ARGV[2])
local left = redis.call('PTTL', ARGV[2])
if left < 0 then
  redis.call('PEXPIRE', ARGV[2], ARGV[3])
  left = tonumber(ARGV[3])
end
return {count, left}`;

/**
 * Lua helpers of the scripts that replace state: a saved state's JSON (see toRedisState) is
 * {sequence, users, accounts: [{tag, key, user, spaces, records: [[id, sequence, name key, JSON]]}]}.
 */
const RESTORE_HELPERS = `
local prefix = ARGV[1]
local function forget(key)
  redis.call('DEL', key..':rec', key..':names', key..':order', key..':meta')
end
local function restore(entry)
  redis.call('SADD', prefix..':accounts', entry.tag)
  redis.call('HSET', entry.key..':meta', 'user', entry.user, 'spaces', entry.spaces)
  for _, record in ipairs(entry.records) do
    redis.call('HSET', entry.key..':rec', record[1], record[4])
    redis.call('HSET', entry.key..':names', record[3], record[1])
    redis.call('ZADD', entry.key..':order', record[2], record[1])
  end
end
local function replaceAll(text)
  local state = cjson.decode(text)
  for _, tag in ipairs(redis.call('SMEMBERS', prefix..':accounts')) do forget(prefix..':a:'..tag) end
  redis.call('DEL', prefix..':accounts')
  for _, entry in ipairs(state.accounts) do restore(entry) end
  redis.call('SET', prefix..':seq', state.sequence)
  redis.call('SET', prefix..':users', state.users)
end`;

/**
 * Every account replaced by a saved state (ARGV[2]), which also becomes the baseline reset returns
 * to, and the format marker ARGV[3] set. With ARGV[4] = 'init', only when the prefix holds no state
 * of this mock yet: answers the marker found (the state kept), or '' when it stored this one.
 */
export const REPLACE = `${RESTORE_HELPERS}
local found = redis.call('GET', prefix..':format')
if ARGV[4] == 'init' and found then return found end
replaceAll(ARGV[2])
redis.call('SET', prefix..':baseline', ARGV[2])
redis.call('SET', prefix..':format', ARGV[3])
return ''`;

/** Every account back to the baseline. */
export const RESET = `${RESTORE_HELPERS}
replaceAll(redis.call('GET', prefix..':baseline') or '{"accounts":[],"sequence":0,"users":0}')
return 1`;

/** One account (tag ARGV[2], key ARGV[3]) back to what the baseline gives it; the others untouched. */
export const RESET_ACCOUNT = `${RESTORE_HELPERS}
forget(ARGV[3])
redis.call('SREM', prefix..':accounts', ARGV[2])
local baseline = redis.call('GET', prefix..':baseline')
if not baseline then return 1 end
for _, entry in ipairs(cjson.decode(baseline).accounts) do
  if entry.key == ARGV[3] then restore(entry) end
end
return 1`;
