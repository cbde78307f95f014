-- wrk script for scripts/soak.sh: each connection alternates between the queries in QUERY_A and QUERY_B (POST
-- /graphql), and counts answers that are not HTTP 200 and 200 answers whose body has "errors". done() prints one
-- machine-readable line:
--   SOAK requests=N req_s=R p50_ms=X p99_ms=Y max_ms=Z non200=N graphql_errors=N socket_errors=N
local query_a = os.getenv("QUERY_A")
local query_b = os.getenv("QUERY_B")
local threads = {}

local function json_escape(s)
  return s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', ' ')
end

local function post(query)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" },
      '{"query":"' .. json_escape(query) .. '"}')
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
  graphql_errors = 0
  sent = 0
  requests_ab = { post(query_a), post(query_b) }
end

function request()
  sent = sent + 1
  return requests_ab[sent % 2 + 1]
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local non200_total, graphql_total = 0, 0
  for _, thread in ipairs(threads) do
    non200_total = non200_total + thread:get("non200")
    graphql_total = graphql_total + thread:get("graphql_errors")
  end
  local e = summary.errors
  io.write(string.format(
      "SOAK requests=%d req_s=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non200=%d graphql_errors=%d socket_errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, non200_total, graphql_total,
      e.connect + e.read + e.write + e.timeout))
end
