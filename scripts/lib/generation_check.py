#!/usr/bin/env python3
"""Generation checker for scripts/soak.sh while the corpus is reloaded under load.

For DURATION seconds, POSTs to 127.0.0.1:PORT/graphql, one request after another, a query whose parts come from
different tables and resolvers: the pages list (with every page's stories), the articles count and the ingestion
report. An answer is consistent when all of them describe one corpus generation: pages.totalCount == number of page
nodes == ingestion.pagesLoaded, and articles.totalCount == stories listed under the pages ==
ingestion.storiesLoaded. Prints one machine-readable line

    GENERATIONS checks=N errors=E mixed=M distinct=D

errors: non-200 answers, answers with "errors", failed connections; mixed: inconsistent answers; distinct: how
many different (pagesLoaded, storiesLoaded) states were seen, to show that reloads did happen during the check.

    generation_check.py --port 8191 --duration 60
"""
import argparse
import http.client
import json
import signal
import time

QUERY = json.dumps({"query": "{ pages(first: 100) { totalCount nodes { fileName stories { id } } } "
                             "articles(first: 1) { totalCount } ingestion { pagesLoaded storiesLoaded } }"}).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--duration", type=float, required=True)
    args = parser.parse_args()

    checks = errors = mixed = 0
    states = set()
    deadline = time.monotonic() + args.duration
    stopped = []
    # SIGTERM ends the loop early and still prints the result (scripts/replicas-test.sh stops it so)
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(True))
    while time.monotonic() < deadline and not stopped:
        checks += 1
        try:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
            conn.request("POST", "/graphql", QUERY, {"Content-Type": "application/json"})
            response = conn.getresponse()
            body = response.read()
            conn.close()
        except OSError:
            errors += 1
            continue
        if response.status != 200:
            errors += 1
            continue
        answer = json.loads(body)
        if "errors" in answer:
            errors += 1
            continue
        data = answer["data"]
        pages = data["pages"]
        report = data["ingestion"]
        stories = sum(len(page["stories"]) for page in pages["nodes"])
        consistent = (pages["totalCount"] == len(pages["nodes"]) == report["pagesLoaded"]
                      and data["articles"]["totalCount"] == stories == report["storiesLoaded"])
        if not consistent:
            mixed += 1
        states.add((report["pagesLoaded"], report["storiesLoaded"]))
    print(f"GENERATIONS checks={checks} errors={errors} mixed={mixed} distinct={len(states)}")


if __name__ == "__main__":
    main()
