-- wrk's summary as one JSON line (bench/load.py reads it): requests, time, errors, latency.
-- wrk counts a response with a status of 400 or above as a "status" error; the benchmark
-- checks beforehand that every measured URL answers 200 (no redirects).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "socket_errors": %d, "status_errors": %d, '
      .. '"p50_us": %.0f, "p99_us": %.0f}\n',
    summary.requests,
    summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout,
    errors.status,
    latency:percentile(50),
    latency:percentile(99)
  ))
end
