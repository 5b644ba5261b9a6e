-- wrk script: GET requests at a FIXED rate, open-loop style, cycling through
-- a file of queries (one per line) sent to /v1/search.
--
--   wrk -t N -c N -d 20s -s bench/fixed_rate.lua http://127.0.0.1:PORT -- QUERIES RATE N PACING [EXTRA]
--
-- N threads of one connection each (-t and -c equal). Each connection sends
-- every N/RATE s on a schedule fixed in advance, whatever the answers' times
-- (a late answer makes the next request go at once, not shift the schedule).
-- PACING "spread": the connections' schedules are 1/RATE s apart, so requests
-- arrive evenly, one every 1/RATE s; "burst": all N connections send at the
-- same instants, N requests at once every N/RATE s (as hey -q does).
-- EXTRA is appended to every URL (e.g. "&facets=").
-- Prints one tab-separated line: requests, errors, achieved rate, p50, p90,
-- p99, p99.9, max (ms, wrk's own latency: request written to answer read).

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } silkdex_timespec;
  int clock_gettime(int clock, silkdex_timespec* ts);
]]
local ts = ffi.new("silkdex_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC, shared by every thread
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local started, start_at = 0, nil

-- Main thread, once per worker thread before it starts: its number and the
-- instant every schedule counts from.
function setup(thread)
  start_at = start_at or now_ms() + 50
  thread:set("id", started)
  thread:set("epoch", start_at)
  started = started + 1
end

local paths, period, next_at, count

-- Worker thread (globals id and epoch set by setup).
function init(args)
  local file, rate, n, pacing, extra = args[1], tonumber(args[2]), tonumber(args[3]), args[4], args[5] or ""
  assert(file and rate and rate > 0 and n and n > 0, "usage: -- QUERIES RATE N spread|burst [EXTRA]")
  assert(pacing == "spread" or pacing == "burst", "PACING must be spread or burst")
  paths = {}
  for line in io.lines(file) do
    if line:match("%S") then table.insert(paths, "/v1/search?q=" .. urlencode(line) .. extra) end
  end
  assert(#paths > 0, "no queries in " .. file)
  period = 1000 * n / rate
  next_at = epoch + (pacing == "spread" and id * 1000 / rate or 0)
  count = id -- each connection starts at another query
end

function delay()
  local wait = next_at - now_ms()
  next_at = next_at + period
  return wait > 0 and math.floor(wait + 0.5) or 0
end

function request()
  count = count + 1
  return wrk.format("GET", paths[(count % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("%d\t%d\t%.1f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
