-- Generic cell rate algorithm: one atomic step per request, on Redis' own clock so that every
-- Kairos instance sharing this Redis counts against the same budget.
-- KEYS[1] = the bucket; ARGV[1] = emission interval in ms (60000 / perMinute); ARGV[2] = burst.
-- Returns {allowed (1|0), remaining, retry after ms, ms until the bucket is full again, now ms}.
pcall(redis.replicate_commands)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tolerance = interval * burst
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then
  tat = now
end
local new_tat = tat + interval
local allow_at = new_tat - tolerance
if now < allow_at then
  return {0, 0, allow_at - now, tat - now, now}
end
redis.call('SET', KEYS[1], new_tat, 'PX', new_tat - now)
local remaining = math.floor((now - allow_at) / interval)
return {1, remaining, 0, new_tat - now, now}
