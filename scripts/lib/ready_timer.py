#!/usr/bin/env python3
"""Start-to-ready timer for the Khabar service.

Launches the server command given after `--`, then polls POST /graphql with `{ ingestion { pagesLoaded } }` every
INTERVAL seconds (10 ms by default) until it answers pagesLoaded=EXPECT (with --health: until GET /q/health/ready
answers UP). Prints one line

    ready_ms=<ms from launch to the first such answer> cpu_ms=<user+sys CPU of the server until then>

then stops the server (SIGTERM, SIGKILL after a grace period) unless --keep is given, in which case it prints
`pid=<server pid>` and leaves it running. Exits 1 if the server dies or does not get ready within --timeout.

    ready_timer.py --port 8190 --log server.log [--timeout 120] [--expect 5 | --health] [--keep] -- java -jar app.jar
"""
import argparse
import http.client
import json
import os
import signal
import subprocess
import sys
import time

QUERY = json.dumps({"query": "{ ingestion { pagesLoaded } }"}).encode()
CLK_TCK = os.sysconf("SC_CLK_TCK")


def pages_loaded(port, timeout):
    """The pagesLoaded the server answers, or None while it does not answer."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/graphql", body=QUERY, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            return None
        return json.loads(body)["data"]["ingestion"]["pagesLoaded"]
    except (OSError, http.client.HTTPException, ValueError, KeyError, TypeError):
        return None
    finally:
        conn.close()


def health_ready(port, timeout):
    """Whether GET /q/health/ready answers 200 (UP): the corpus is loaded and served."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", "/q/health/ready")
        response = conn.getresponse()
        response.read()
        return response.status == 200
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def cpu_ms(pid):
    """User + system CPU time of a process so far (children it waited for included), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # after the ')' field 3 (state) is index 0, so utime (14) and stime (15) are indices 11 and 12
        return (int(fields[11]) + int(fields[12])) * 1000 // CLK_TCK
    except (OSError, IndexError, ValueError):
        return -1


def stop(process, grace):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True, help="file that receives the server's stdout and stderr")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for readiness")
    parser.add_argument("--interval", type=float, default=0.01, help="seconds between polls")
    parser.add_argument("--expect", type=int, default=5, help="pagesLoaded that means ready")
    parser.add_argument("--health", action="store_true",
                        help="ready when /q/health/ready is UP instead (a persistent database answers the old "
                             "generation's pagesLoaded while a restart loads the new one)")
    parser.add_argument("--keep", action="store_true", help="leave the server running and print its pid")
    parser.add_argument("--cwd", default=None, help="working directory of the server")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no server command after --")

    with open(args.log, "wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=args.cwd,
                                   start_new_session=True)
    try:
        deadline = started + args.timeout
        while True:
            if process.poll() is not None:
                print(f"server exited with code {process.returncode} before it was ready (log: {args.log})",
                      file=sys.stderr)
                return 1
            if health_ready(args.port, timeout=1.0) if args.health else pages_loaded(args.port, timeout=1.0) == args.expect:
                ready_ms = (time.monotonic() - started) * 1000
                break
            if time.monotonic() > deadline:
                print(f"server not ready after {args.timeout:.0f} s (log: {args.log})", file=sys.stderr)
                stop(process, 10)
                return 1
            time.sleep(args.interval)
        print(f"ready_ms={ready_ms:.0f} cpu_ms={cpu_ms(process.pid)}", flush=True)
        if args.keep:
            print(f"pid={process.pid}", flush=True)
            return 0
        stop(process, 20)
        return 0
    except BaseException:
        stop(process, 10)
        raise


if __name__ == "__main__":
    sys.exit(main())
