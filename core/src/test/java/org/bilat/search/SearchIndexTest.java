package org.bilat.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilat.model.BilatException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void buildIndex() {
        SearchIndex.rebuild(dir, SampleRecords.all());
        index = SearchIndex.open(dir);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void lastWordMatchesAsAPrefixWhileTyping() {
        assertThat(ids("Polo")).startsWith("polonez");
        assertThat(ids("Lukash")).startsWith("lukashenka");
        assertThat(ids("Strelsau ci")).containsExactly("strelsau");
    }

    @Test
    void onlyTheLastWordMatchesAsAPrefix() {
        assertThat(ids("Polo rocket")).isEmpty();
    }

    @Test
    void matchingIgnoresCaseAndDiacritics() {
        assertThat(ids("lukasenka")).containsExactly("lukashenka", "a1b2c3d4e5f60002-1", "a1b2c3d4e5f60002");
        assertThat(ids("LUKAŠENKA")).isEqualTo(ids("lukasenka"));
    }

    @Test
    void pluralsAndPossessivesMatchTheirWord() {
        assertThat(ids("exercise")).contains("a1b2c3d4e5f60001", "a1b2c3d4e5f60002", "a1b2c3d4e5f60002-0");
        assertThat(ids("army's")).containsExactly("a1b2c3d4e5f60002-0");
    }

    @Test
    void entityWhoseNameMatchesComesBeforeRecordsThatMentionIt() {
        assertThat(ids("Polonez")).containsExactly("polonez", "a1b2c3d4e5f60001-0", "a1b2c3d4e5f60001");
        assertThat(ids("Strelsau")).first().isEqualTo("strelsau");
    }

    @Test
    void everyWordMustMatchButCommonWordsAreOptional() {
        assertThat(ids("Polonez Strelsau")).containsExactly("a1b2c3d4e5f60001");
        assertThat(ids("the Polonez of")).isEqualTo(ids("Polonez"));
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        assertThat(ids("\"rocket system\"")).containsExactlyInAnyOrder("a1b2c3d4e5f60001", "a1b2c3d4e5f60001-0");
        assertThat(ids("\"system rocket\"")).isEmpty();
    }

    @Test
    void syntaxCharactersInQueriesDoNotThrow() {
        List<String> queries = List.of(
                "\"",
                "(",
                "a:b",
                "AND",
                "*",
                "?",
                "Polonez AND (Strelsau OR",
                "title:Polonez",
                "\\",
                "+-&&||!(){}[]^\"~*?:\\/",
                "\"Polonez",
                "\"\" \"\"",
                "Polonez~2",
                "Polo*",
                "<script>");
        for (String query : queries) {
            assertThat(index.search(SearchQuery.of(query)).query()).isEqualTo(query);
        }
        assertThat(ids("system:Polonez")).containsExactlyInAnyOrder("a1b2c3d4e5f60001-0", "a1b2c3d4e5f60001");
        assertThat(ids("Polo*")).startsWith("polonez");
    }

    @Test
    void blankTextListsEverythingEntitiesFirstThenByTitle() {
        SearchResults results = index.search(new SearchQuery(" ", null, null, null, null, null, 1, 100));

        assertThat(results.total()).isEqualTo(9);
        assertThat(results.hits())
                .extracting(SearchHit::kind, SearchHit::title)
                .containsExactly(
                        tuple(SearchKind.ENTITY, "Alaksandar Lukašenka"),
                        tuple(SearchKind.ENTITY, "Polonez"),
                        tuple(SearchKind.ENTITY, "Ruritania"),
                        tuple(SearchKind.ENTITY, "Strelsau"),
                        tuple(SearchKind.DOCUMENT, "Arms cooperation 2016"),
                        tuple(SearchKind.DOCUMENT, "State visit"),
                        tuple(SearchKind.EVENT, "2016 · DEVELOP · Polonez"),
                        tuple(SearchKind.EVENT, "2017/2018 · EXERCISE · Ruritania"),
                        tuple(SearchKind.EVENT, "MEET · Alaksandar Lukašenka"));
    }

    @Test
    void withinTheFilesOfACutOnlyRecordsFromThoseFilesAreFoundAndCounted() {
        SearchResults visit = index.search(SearchQuery.of(""), Set.of("01-visit.txt"));

        assertThat(visit.hits())
                .extracting(SearchHit::id)
                .containsExactlyInAnyOrder(
                        "lukashenka", "strelsau", "a1b2c3d4e5f60002", "a1b2c3d4e5f60002-0", "a1b2c3d4e5f60002-1");
        assertThat(visit.total()).isEqualTo(5);
        assertThat(index.search(SearchQuery.of("Polonez"), Set.of("01-visit.txt"))
                        .hits())
                .isEmpty();
        assertThat(index.search(SearchQuery.of("Polonez"), null).hits()).isNotEmpty();
        assertThat(index.search(SearchQuery.of(""), Set.of()).total()).isZero();
    }

    @Test
    void eventsLeftOutAreNeitherFoundNorCountedWhileOtherKindsWithTheSameIdStay() {
        SearchResults all = index.search(SearchQuery.of("Polonez"));
        SearchResults without = index.search(SearchQuery.of("Polonez"), null, Set.of("a1b2c3d4e5f60001-0", "polonez"));

        assertThat(all.hits()).extracting(SearchHit::id).contains("a1b2c3d4e5f60001-0", "polonez");
        assertThat(without.hits()).extracting(SearchHit::id).contains("polonez").doesNotContain("a1b2c3d4e5f60001-0");
        assertThat(without.total()).isEqualTo(all.total() - 1);
        assertThat(without.facets().get("kind")).extracting(FacetCount::value).doesNotContain("event");
        assertThat(without.facets().get("year")).containsExactly(count("2016", 1));
    }

    @Test
    void hitsCarryWhatTheRecordStored() {
        SearchHit event = index.search(SearchQuery.of("2017/2018")).hits().get(0);

        assertThat(event)
                .extracting(
                        SearchHit::kind,
                        SearchHit::id,
                        SearchHit::entityType,
                        SearchHit::eventType,
                        SearchHit::date,
                        SearchHit::sources)
                .containsExactly(
                        SearchKind.EVENT,
                        "a1b2c3d4e5f60002-0",
                        null,
                        "EXERCISE",
                        "2017/2018",
                        List.of("01-visit.txt", "02-arms.txt"));
    }

    @Test
    void filtersByKind() {
        assertThat(ids(filtered("Polonez", SearchKind.EVENT, null, null, null, null)))
                .containsExactly("a1b2c3d4e5f60001-0");
    }

    @Test
    void typeFiltersEntityTypesAndEventTypes() {
        assertThat(ids(filtered("", null, "GPE", null, null, null))).containsExactly("ruritania", "strelsau");
        assertThat(ids(filtered("", null, "MEET", null, null, null))).containsExactly("a1b2c3d4e5f60002-1");
    }

    @Test
    void yearFiltersLeaveOutRecordsWithoutYears() {
        assertThat(ids(filtered("", null, null, 2017, 2017, null))).containsExactly("a1b2c3d4e5f60002-0");
        assertThat(ids(filtered("", null, null, 2018, null, null)))
                .containsExactly("a1b2c3d4e5f60002", "a1b2c3d4e5f60002-0");
        assertThat(ids(filtered("", null, null, null, 2016, null)))
                .containsExactly("a1b2c3d4e5f60001", "a1b2c3d4e5f60001-0");
    }

    @Test
    void filtersBySourceFile() {
        assertThat(ids(filtered("Ruritania", null, null, null, null, "01-visit.txt")))
                .containsExactly("a1b2c3d4e5f60002-0");
    }

    @Test
    void facetsCountEveryMatchingRecordMostFirstThenByValue() {
        SearchResults results = index.search(new SearchQuery("", null, null, null, null, null, 1, 1));

        assertThat(results.facets())
                .containsExactly(
                        entry("kind", count("entity", 4), count("event", 3), count("document", 2)),
                        entry("entityType", count("GPE", 2), count("PERSON", 1), count("PRODUCT", 1)),
                        entry("eventType", count("DEVELOP", 1), count("EXERCISE", 1), count("MEET", 1)),
                        entry("year", count("2016", 2), count("2018", 2), count("2017", 1)),
                        entry("source", count("02-arms.txt", 6), count("01-visit.txt", 5)));
    }

    @Test
    void facetsCountOnlyRecordsMatchingTheWordsAndFilters() {
        SearchResults results = index.search(filtered("Polonez", null, null, 2016, null, null));

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facets().get("kind")).containsExactly(count("document", 1), count("event", 1));
        assertThat(results.facets().get("entityType")).isEmpty();
        assertThat(results.facets().get("year")).containsExactly(count("2016", 2));
    }

    @Test
    void pagesSplitTheHitsAndTotalCountsThemAll() {
        SearchResults first = index.search(new SearchQuery("", null, null, null, null, null, 1, 4));
        SearchResults third = index.search(new SearchQuery("", null, null, null, null, null, 3, 4));
        SearchResults beyond = index.search(new SearchQuery("", null, null, null, null, null, 1000, 100));

        assertThat(first.hits()).extracting(SearchHit::id).hasSize(4).startsWith("lukashenka");
        assertThat(third.hits()).extracting(SearchHit::id).containsExactly("a1b2c3d4e5f60002-1");
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(first.total(), third.total(), beyond.total())).containsOnly(9L);
        assertThat(third)
                .extracting(SearchResults::page, SearchResults::pageSize)
                .containsExactly(3, 4);
    }

    @Test
    void snippetMarksTheMatchedWords() {
        List<SnippetPart> snippet = hit("Strelsau visited", "a1b2c3d4e5f60002").snippet();

        assertThat(snippet)
                .filteredOn(SnippetPart::match)
                .extracting(SnippetPart::text)
                .containsExactly("visited", "Strelsau");
        assertThat(text(snippet)).startsWith("Lukašenka visited Strelsau in May 2018.");
    }

    @Test
    void snippetMarksPrefixAndFoldedMatchesInTheOriginalSpelling() {
        assertThat(hit("lukasenka strel", "a1b2c3d4e5f60002").snippet())
                .filteredOn(SnippetPart::match)
                .extracting(SnippetPart::text)
                .containsExactly("Lukašenka", "Strelsau");
    }

    @Test
    void snippetIsRawTextWithoutControlCharacters() {
        String snippet = text(hit("alert", "a1b2c3d4e5f60002").snippet());

        assertThat(snippet).contains("He said: <script>alert(1)</script> & the talks went well. Joint");
        assertThat(snippet).doesNotContainPattern("\\p{Cntrl}");
    }

    @Test
    void snippetWithoutWordsIsTheTextStart() {
        SearchHit visit = index.search(filtered("", SearchKind.DOCUMENT, null, 2018, null, null))
                .hits()
                .get(0);

        assertThat(visit.snippet()).noneMatch(SnippetPart::match);
        assertThat(text(visit.snippet())).startsWith("Lukašenka visited Strelsau in May 2018. He said:");
    }

    @Test
    void snippetComesFromTheTitleWhenOnlyTheTitleMatches() {
        assertThat(hit("cooperation", "a1b2c3d4e5f60001").snippet())
                .containsExactly(
                        new SnippetPart("Arms ", false),
                        new SnippetPart("cooperation", true),
                        new SnippetPart(" 2016", false));
    }

    @Test
    void recordWithoutTextShowsItsTitleAsSnippet() {
        SearchIndex.update(dir, List.of(SampleRecords.entity("zenda", "Zenda", "", "GPE")));

        assertThat(index.search(filtered("", SearchKind.ENTITY, "GPE", null, null, null))
                        .hits())
                .filteredOn(hit -> hit.id().equals("zenda"))
                .extracting(SearchHit::snippet)
                .containsExactly(List.of(new SnippetPart("Zenda", false)));
        assertThat(hit("zend", "zenda").snippet()).containsExactly(new SnippetPart("Zenda", true));
    }

    @Test
    void longTextSnippetIsCutAtWordsAroundTheMatch() {
        String filler = "lorem ipsum dolor sit amet ".repeat(40);
        SearchIndex.update(
                dir,
                List.of(SampleRecords.document(
                        "a1b2c3d4e5f60003", "Long", filler + "Zenda castle " + filler, 2019, "03-long.txt")));

        List<SnippetPart> snippet = hit("zenda", "a1b2c3d4e5f60003").snippet();

        assertThat(text(snippet))
                .hasSizeLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 2)
                .startsWith("…")
                .endsWith("…");
        assertThat(text(snippet)).matches("…(\\w+ )+Zenda castle( \\w+)+…");
        assertThat(snippet)
                .filteredOn(SnippetPart::match)
                .extracting(SnippetPart::text)
                .containsExactly("Zenda");
    }

    @Test
    void tooManyWordsIsAnError() {
        assertThatThrownBy(() -> index.search(SearchQuery.of("word ".repeat(65))))
                .isInstanceOf(BilatException.class)
                .hasMessage("q: too many words (65); use at most 64");
    }

    private List<String> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::id).toList();
    }

    private SearchHit hit(String text, String id) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .filter(hit -> hit.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static SearchQuery filtered(
            String text,
            @Nullable SearchKind kind,
            @Nullable String type,
            @Nullable Integer from,
            @Nullable Integer to,
            @Nullable String source) {
        return new SearchQuery(text, kind, type, from, to, source, 1, 20);
    }

    private static String text(List<SnippetPart> snippet) {
        return snippet.stream().map(SnippetPart::text).collect(Collectors.joining());
    }

    private static FacetCount count(String value, long count) {
        return new FacetCount(value, count);
    }

    private static java.util.Map.Entry<String, List<FacetCount>> entry(String key, FacetCount... counts) {
        return java.util.Map.entry(key, List.of(counts));
    }
}
