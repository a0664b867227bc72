// Unit tests of the UI's pure parts (no browser): npm test
import { test } from "node:test";
import assert from "node:assert/strict";
import { clipSpan, runs, segments } from "../app/js/segments.js";
import { href, parseHash } from "../app/js/links.js";
import { escapeHtml } from "../app/js/dom.js";
import { queryString } from "../app/js/api.js";
import { sortRows } from "../app/js/registers.js";
import { countPerYear, timeOf, yearOf } from "../app/js/charts.js";

const m = (start, end, id) => ({ start, end, entity: { id } });

test("segments cut at every mention and highlight boundary", () => {
    const pieces = segments(20, [m(2, 6, "a")], { start: 4, end: 10 });
    assert.deepEqual(
        pieces.map((p) => [p.start, p.end, p.mention?.entity.id ?? null, p.highlight]),
        [
            [0, 2, null, false],
            [2, 4, "a", false],
            [4, 6, "a", true],
            [6, 10, null, true],
            [10, 20, null, false],
        ],
    );
});

test("a nested mention wins inside the longer one", () => {
    const pieces = segments(30, [m(0, 27, "plant"), m(0, 5, "minsk")], null);
    assert.deepEqual(
        pieces.map((p) => [p.start, p.end, p.mention?.entity.id ?? null]),
        [
            [0, 5, "minsk"],
            [5, 27, "plant"],
            [27, 30, null],
        ],
    );
});

test("segments ignore mentions outside the text and cover it exactly", () => {
    const pieces = segments(10, [m(8, 14, "x"), m(-1, 3, "y"), m(3, 3, "z")], { start: "2", end: "99" });
    assert.equal(pieces[0].start, 0);
    assert.equal(pieces.at(-1).end, 10);
    assert.ok(pieces.every((p) => p.mention === null));
    assert.deepEqual(clipSpan({ start: "2", end: "99" }, 10), { start: 2, end: 10 });
});

test("clipSpan rejects missing, reversed and empty spans", () => {
    assert.equal(clipSpan({}, 10), null);
    assert.equal(clipSpan({ start: "5", end: "3" }, 10), null);
    assert.equal(clipSpan({ start: "x", end: "3" }, 10), null);
    assert.equal(clipSpan({ start: "4", end: "4" }, 10), null);
});

test("runs groups equal neighbours", () => {
    assert.deepEqual(
        runs([1, 1, 2, 1], (x) => x),
        [[1, 1], [2], [1]],
    );
});

test("hrefs encode ids and keep only integer offsets", () => {
    assert.equal(href.entity("a/b <c>"), "#/entity/a%2Fb%20%3Cc%3E");
    assert.equal(href.document("abc", 3, 9), "#/document/abc?start=3&end=9");
    assert.equal(href.document("abc", "3;x", 9), "#/document/abc");
    assert.equal(href.search({ q: "Polo nez", kind: "", page: 2 }), "#/search?q=Polo+nez&page=2");
});

test("parseHash decodes segments after splitting them", () => {
    assert.deepEqual(parseHash("#/entity/a%2Fb%20%3Cc%3E"), { segments: ["entity", "a/b <c>"], params: {} });
    assert.deepEqual(parseHash("#/document/x?start=1&end=2"), {
        segments: ["document", "x"],
        params: { start: "1", end: "2" },
    });
    assert.deepEqual(parseHash(""), { segments: [], params: {} });
    assert.deepEqual(parseHash("#/entity/%E0%A4%A"), { segments: ["entity", "%E0%A4%A"], params: {} });
});

test("queryString drops empty params", () => {
    assert.equal(queryString({ a: "", b: null, c: 0, d: "x y" }), "?c=0&d=x+y");
    assert.equal(queryString({}), "");
});

test("escapeHtml escapes markup and quotes", () => {
    assert.equal(
        escapeHtml(`<img src=x onerror="a('b')">&`),
        "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;",
    );
    assert.equal(escapeHtml(null), "");
});

test("register rows sort by dates and numbers, empty cells last both ways", () => {
    const rows = [["2016"], [""], ["2015-05"], ["2024-07-19"]].map((cells) => ({ cells }));
    assert.deepEqual(
        sortRows(rows, 0, false).map((r) => r.cells[0]),
        ["2015-05", "2016", "2024-07-19", ""],
    );
    assert.deepEqual(
        sortRows(rows, 0, true).map((r) => r.cells[0]),
        ["2024-07-19", "2016", "2015-05", ""],
    );
});

test("dates at any precision map to years and times", () => {
    assert.equal(yearOf("2010/2013"), 2010);
    assert.equal(yearOf(null), null);
    assert.equal(timeOf("2024-07"), Date.UTC(2024, 6, 1));
    assert.equal(timeOf("undated"), null);
    const rows = countPerYear([
        { date: "2024-07", type: "MEET" },
        { date: "2024", type: "MEET" },
        { date: null, type: "MEET" },
    ]);
    assert.deepEqual(rows, [{ year: 2024, type: "MEET", count: 2 }]);
});

test("the ladder's step chart places dated steps in date order and escapes their quotes", async () => {
    const { datedSteps, stepOption } = await import("../app/js/ladder.js");
    const step = (date, rank, quote) => ({ date, rank, label: "partnership", formal: true, quote, source: "a.txt" });
    const pair = { steps: [step("2020", 3, "x"), step(null, 2, "y"), step("2013-07", 5, "<b>q</b>")] };
    const dated = datedSteps(pair);
    assert.deepEqual(dated.map((s) => s.date), ["2013-07", "2020"]);
    const option = stepOption(dated);
    assert.equal(option.series[0].step, "end");
    assert.deepEqual(option.series[0].data[0], [timeOf("2013-07"), 5]);
    assert.ok(option.tooltip.formatter({ dataIndex: 0 }).includes("&lt;b&gt;q&lt;/b&gt;"));
});

test("a fact key gives the document and offsets of its first passage, whatever its suffix", async () => {
  const { passage } = await import("../app/js/review.js");
  assert.deepEqual(passage("figure:86cbf92ae677cec5:812-846"), { documentId: "86cbf92ae677cec5", start: "812", end: "846" });
  assert.deepEqual(passage("event:abc:MEET:1584-1697#hand"), { documentId: "abc", start: "1584", end: "1697" });
  assert.deepEqual(passage("relation:abc:ROLE:5-9#2"), { documentId: "abc", start: "5", end: "9" });
});

test("the kind of a fact is the first part of its key", async () => {
  const { kindOf, EDIT_FIELDS } = await import("../app/js/judge.js");
  assert.equal(kindOf("figure:abc:1-2"), "figure");
  assert.deepEqual(EDIT_FIELDS[kindOf("event:abc:MEET:1-2#hand")], ["type", "date", "summary"]);
});

test("an entity judgement sends only what changes, and nothing for an empty or unchanged form", async () => {
  const { entityJudgement } = await import("../app/js/entityedit.js");
  const belarus = { id: "belarus", name: "Belarus", type: "GPE" };
  assert.deepEqual(entityJudgement(belarus, "rename", " Republic of Belarus ", ""), {
    action: "rename",
    name: "Republic of Belarus",
  });
  assert.equal(entityJudgement(belarus, "rename", "Belarus", ""), null);
  assert.deepEqual(entityJudgement(belarus, "retype", "ORG", "a company"), {
    action: "retype",
    type: "ORG",
    reason: "a company",
  });
  assert.equal(entityJudgement(belarus, "retype", "GPE", ""), null);
  assert.equal(entityJudgement(belarus, "retype", "NATION", ""), null);
  assert.deepEqual(entityJudgement(belarus, "merge", "byelorussia", ""), { action: "merge", others: ["byelorussia"] });
  assert.equal(entityJudgement(belarus, "merge", "belarus", ""), null);
  assert.equal(entityJudgement(belarus, "merge", "  ", ""), null);
  assert.equal(entityJudgement(belarus, "split", "x", ""), null);
});

test("a 409 says the page is out of date; other errors pass unchanged", async () => {
  const { stale } = await import("../app/js/judge.js");
  const { ApiError } = await import("../app/js/api.js");
  const conflict = stale(new ApiError("event:abc:MEET:1-2: changed since it was read (version 0, now 1)", 409));
  assert.equal(conflict.status, 409);
  assert.match(conflict.message, /^Judged by someone else since this page was drawn; reload it and retry\. \(event:abc/);
  const missing = new ApiError("no such fact", 400);
  assert.equal(stale(missing), missing);
});

test("a split sends the spellings picked, and the new name and type only when given", async () => {
  const { entityJudgement } = await import("../app/js/entityedit.js");
  const china = { id: "china", name: "China", type: "GPE", aliases: ["China", "PRC", "Republic of China"] };
  assert.deepEqual(entityJudgement(china, "split", { aliases: ["Republic of China"], name: " Taiwan ", type: "GPE" }, ""), {
    action: "split",
    aliases: ["Republic of China"],
    name: "Taiwan",
  });
  assert.deepEqual(entityJudgement(china, "split", { aliases: ["PRC"], name: "", type: "ORG" }, "why"), {
    action: "split",
    aliases: ["PRC"],
    type: "ORG",
    reason: "why",
  });
  assert.equal(entityJudgement(china, "split", { aliases: [], name: "Taiwan" }, ""), null);
});

test("shared-event edges of one pair merge into one, rejected only when every one is", async () => {
  const { mergeEventEdges } = await import("../app/js/network.js");
  const edge = (label, rejected) => ({ source: "a", target: "b", kind: "event", label, weight: 1, rejected });
  const [some] = mergeEventEdges([edge("MEET", true), edge("VISIT", false)]);
  assert.deepEqual([some.weight, some.rejected, some.label], [2, false, ""]);
  const [all] = mergeEventEdges([edge("MEET", true), edge("VISIT", true)]);
  assert.equal(all.rejected, true);
  const relation = { source: "a", target: "b", kind: "relation", label: "ROLE", rejected: true };
  assert.deepEqual(mergeEventEdges([relation]), [relation]);
});
