package org.bilat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.bilat.model.EntityType;
import org.bilat.model.RelationType;
import org.bilat.store.EntityEdit;
import org.bilat.store.EntityRow;
import org.bilat.store.Judgement;
import org.bilat.store.JudgementAction;
import org.bilat.store.MergeNote;
import org.bilat.store.RelationFact;
import org.bilat.store.RelationRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Reviewing in real headless Chromium over a copy of the demo dossier's knowledge base (the judgements must not reach
 * the other tests' shared store): reject on the timeline, edit a figure on the indicators, judge from the queue,
 * merge two entities on an entity page and revert the merge, rename and retype one and revert both.
 */
class ReviewBrowserIT {
    private static final String AUTHOR = "Browser Analyst";

    @RegisterExtension
    static final BrowserSession session = BrowserSession.onCopyOfDemo();

    @BeforeAll
    static void nameTheAuthor() {
        session.store().setting("user", AUTHOR);
    }

    @Test
    void eventRejectedOnTheTimelineIsHiddenAndShownAgainByTheToggle() {
        session.open("#/timeline");
        WebElement event = session.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#timeline-list .event")).stream()
                        .filter(e -> e.findElements(By.cssSelector(".report")).size() == 1)
                        .findFirst()
                        .orElse(null));
        String id = attribute(event, "data-event-id");
        String key = attribute(event.findElement(By.cssSelector(".report")), "data-key");
        event.findElement(By.cssSelector(".judge-reject")).click();
        session.waitFor().until(driver -> driver.switchTo().alert()).sendKeys("a forecast, not an event");
        session.browser().switchTo().alert().accept();

        session.waitFor()
                .until(driver ->
                        driver.findElements(By.cssSelector(eventSelector(id))).isEmpty()
                                && !driver.findElements(By.cssSelector("#timeline-list .event"))
                                        .isEmpty());
        assertThat(session.store().history(key))
                .singleElement()
                .satisfies(j -> assertThat(j.action()).isEqualTo(JudgementAction.REJECT))
                .satisfies(j -> assertThat(j.author()).isEqualTo(AUTHOR))
                .satisfies(j -> assertThat(j.reason()).isEqualTo("a forecast, not an event"));
        session.shoot("review-1-rejected-hidden");

        session.visible(By.id("timeline-rejected")).click();
        WebElement shown = session.visible(By.cssSelector(eventSelector(id)));
        assertThat(attribute(shown, "data-review")).isEqualTo("rejected");
        session.shoot("review-2-rejected-shown");
    }

    @Test
    void relationRejectedLeavesTheNetworkAndTheToggleBringsItBackMarked() {
        RelationRow relation = onlyRelationOfItsPair();
        for (RelationFact fact : relation.facts()) {
            session.store().judge(fact.key(), JudgementAction.REJECT, Map.of(), AUTHOR, "not this relation");
        }
        String subject = relation.subject().id();
        session.open("#/network?entity=" + subject);
        session.waitFor()
                .until(driver -> networkEdges(relation, "[kind = 'relation']").isPresent());
        assertThat(networkEdges(relation, "[kind = 'relation']").orElseThrow()).isZero();

        session.visible(By.id("network-rejected")).click();

        session.waitFor()
                .until(driver -> networkEdges(relation, "[kind = 'relation']").orElse(0L) == 1L);
        assertThat(networkEdges(relation, "[kind = 'relation'][rejected = 'true']"))
                .contains(1L);
        session.shoot("review-10-network-rejected-shown");
    }

    @Test
    void aJudgementFromAPageDrawnBeforeAnotherAnalystsIsRefusedAndSaysSo() {
        session.open("#/timeline");
        // the last event of one unreviewed report: the other tests judge the first ones
        WebElement event = session.waitFor().until(driver -> {
            List<WebElement> found = driver.findElements(By.cssSelector("#timeline-list .event")).stream()
                    .filter(e -> e.findElements(By.cssSelector(".report")).size() == 1
                            && "unreviewed"
                                    .equals(e.findElement(By.cssSelector(".fact-controls"))
                                            .getAttribute("data-review")))
                    .toList();
            return found.isEmpty() ? null : found.get(found.size() - 1);
        });
        String key = attribute(event.findElement(By.cssSelector(".report")), "data-key");
        session.store().judge(key, JudgementAction.ACCEPT, Map.of(), "Another Analyst", null);

        event.findElement(By.cssSelector(".judge-accept")).click();

        WebElement error = session.visible(By.cssSelector(".report[data-key='" + key + "'] .judge-status .error"));
        assertThat(error.getText()).startsWith("Judged by someone else since this page was drawn; reload it");
        assertThat(session.store().history(key))
                .singleElement()
                .satisfies(j -> assertThat(j.author()).isEqualTo("Another Analyst"));
        session.shoot("review-9-stale-page-refused");
    }

    @Test
    void eventRejectedOnARegisterRowLeavesTheRegisterAndTheToggleShowsItMarked() {
        session.open("#/registers?name=agreements");
        WebElement row = session.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#register-table tbody tr")).stream()
                        .filter(r ->
                                r.findElements(By.cssSelector(".fact-controls")).size() == 1)
                        .findFirst()
                        .orElse(null));
        WebElement controls = row.findElement(By.cssSelector(".fact-controls"));
        String key = attribute(controls, "data-key");
        assertThat(attribute(controls, "data-review")).isEqualTo("unreviewed");
        controls.findElement(By.cssSelector(".judge-reject")).click();
        session.waitFor().until(driver -> driver.switchTo().alert()).sendKeys("not an agreement");
        session.browser().switchTo().alert().accept();

        session.waitFor()
                .until(driver -> driver.findElements(
                                By.cssSelector("#register-table .fact-controls[data-key='" + key + "']"))
                        .isEmpty());
        assertThat(session.store().history(key))
                .singleElement()
                .satisfies(j -> assertThat(j.action()).isEqualTo(JudgementAction.REJECT))
                .satisfies(j -> assertThat(j.author()).isEqualTo(AUTHOR));
        session.shoot("review-11-register-row-rejected");

        session.visible(By.id("registers-rejected")).click();

        WebElement shown = session.waitFor()
                .until(driver ->
                        driver
                                .findElements(By.cssSelector("#register-table .fact-controls[data-key='" + key + "']"))
                                .stream()
                                .findFirst()
                                .orElse(null));
        assertThat(attribute(shown, "data-review")).isEqualTo("rejected");
    }

    @Test
    void anEntityJudgementFromAPageDrawnBeforeAnotherAnalystsIsRefusedAndSaysSo() {
        EntityRow entity = twoLeastMentioned(EntityType.PRODUCT).get(1);
        session.open("#/entity/" + entity.id());
        session.visible(By.cssSelector("#entity-edit summary")).click();
        session.visible(By.cssSelector("#entity-edit-history .history-panel h3"));
        Judgement other = session.store()
                .judgeEntity(
                        entity.id(),
                        JudgementAction.RETYPE,
                        EntityEdit.of(null, EntityType.ORG),
                        "Another Analyst",
                        null,
                        null);

        WebElement name = session.visible(By.id("entity-rename-name"));
        name.clear();
        name.sendKeys("Renamed from a stale page");
        session.browser().findElement(By.cssSelector("#entity-rename button")).click();

        WebElement error = session.visible(By.cssSelector("#entity-edit-status .error"));
        assertThat(error.getText()).startsWith("Judged by someone else since this page was drawn; reload it");
        assertThat(session.store().entityHistory(entity.id()))
                .extracting(Judgement::author)
                .containsExactly("Another Analyst");
        session.store().revert(other.id(), "Another Analyst", null);
    }

    @Test
    void aQueueJudgementAfterAnotherAnalystsIsRefusedAndSaysSo() {
        // a route of its own: opening the route the page already shows would not draw it again for the next test
        session.open("#/review?entity=");
        session.visible(By.cssSelector("#review-queue .review-item.current"));
        // the last relation listed (else the last fact), away from the first facts the other tests judge
        List<WebElement> items = session.browser().findElements(By.cssSelector("#review-queue .review-item"));
        int at = items.size() - 1;
        for (int i = 0; i < items.size(); i++) {
            if (attribute(items.get(i), "data-key").startsWith("relation:")) {
                at = i;
            }
        }
        WebElement picked = items.get(at);
        session.browser().findElement(By.tagName("body")).sendKeys("j".repeat(at));
        session.waitFor().until(driver -> attribute(picked, "class").contains("current"));
        String key = attribute(picked, "data-key");
        session.store().judge(key, JudgementAction.ACCEPT, Map.of(), "Another Analyst", null);

        session.browser().findElement(By.tagName("body")).sendKeys("a");

        WebElement error = session.visible(By.cssSelector("#review-queue .review-item.current .judge-status .error"));
        assertThat(error.getText()).startsWith("Judged by someone else since this page was drawn; reload it");
        assertThat(session.store().history(key)).extracting(Judgement::author).containsExactly("Another Analyst");
    }

    @Test
    void figureDateEditedOnTheIndicatorsMovesItsPointOnTheChart() {
        session.open("#/indicators");
        WebElement row = session.visible(By.cssSelector("#indicators-series .figure-series tbody tr"));
        String key = attribute(row.findElement(By.cssSelector(".fact-controls")), "data-key");
        assertThat(chartDates(key)).doesNotContain("2031-05");
        row.findElement(By.cssSelector(".judge-edit")).click();
        WebElement date = session.visible(By.cssSelector(".edit-form input[name='date']"));
        date.clear();
        date.sendKeys("2031-05");
        session.browser().findElement(By.cssSelector(".edit-form .edit-save")).click();

        session.waitFor().until(driver -> chartDates(key).contains("2031-05"));
        assertThat(lastPointDate(key)).isEqualTo("2031-05");
        Judgement edit = session.store().history(key).get(0);
        assertThat(edit.action()).isEqualTo(JudgementAction.EDIT);
        assertThat(edit.after()).containsEntry("date", "2031-05");
        WebElement moved = session.visible(By.cssSelector(".fact-controls[data-key='" + key + "']"));
        assertThat(attribute(moved, "data-review")).isEqualTo("edited");
        session.shoot("review-3-figure-moved");
    }

    @Test
    void queueJudgesTheCurrentFactFromTheKeyboardAndMovesOn() {
        session.open("#/review");
        WebElement first = session.visible(By.cssSelector("#review-queue .review-item.current"));
        String key = attribute(first, "data-key");
        session.shoot("review-4-queue");
        session.browser().findElement(By.tagName("body")).sendKeys("a");

        session.waitFor().until(driver -> "accepted".equals(first.getAttribute("data-review")));
        WebElement next = session.visible(By.cssSelector("#review-queue .review-item.current"));
        assertThat(attribute(next, "data-key")).isNotEqualTo(key);
        assertThat(session.store().history(key))
                .singleElement()
                .satisfies(j -> assertThat(j.action()).isEqualTo(JudgementAction.ACCEPT));
        session.browser().findElement(By.tagName("body")).sendKeys("k");
        session.waitFor().until(driver -> attribute(first, "class").contains("current"));
    }

    @Test
    void eventAddedFromAQuoteSelectedInTheDocumentViewShowsOnTheTimeline() {
        String id = session.store().documents().get(0).id();
        session.open("#/document/" + id);
        session.visible(By.cssSelector("#document-text"));
        String quote = selectWords(40);
        assertThat(session.visible(By.id("hand-quote")).getText()).contains(quote);
        new Select(session.visible(By.id("hand-type"))).selectByValue("LAUNCH");
        session.browser().findElement(By.id("hand-date")).sendKeys("2031-02-03");
        session.browser().findElement(By.id("hand-summary")).sendKeys("A launch the analyst read herself");
        session.shoot("review-5-hand-fact-form");
        session.browser().findElement(By.id("hand-add")).click();
        String key = session.visible(By.cssSelector("#hand-status code")).getText();

        assertThat(key).startsWith("event:" + id + ":LAUNCH:").endsWith("#hand");
        assertThat(session.store().history(key)).singleElement().satisfies(j -> {
            assertThat(j.action()).isEqualTo(JudgementAction.ADD);
            assertThat(j.quote()).isEqualTo(quote);
        });
        session.open("#/timeline?type=LAUNCH");
        WebElement added = session.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("#timeline-list .event")).stream()
                        .filter(e -> e.getText().contains("A launch the analyst read herself"))
                        .findFirst()
                        .orElse(null));
        assertThat(attribute(added, "data-review")).isEqualTo("added");
        assertThat(added.findElement(By.cssSelector(".event-date")).getText()).isEqualTo("2031-02-03");
        assertThat(added.findElement(By.cssSelector(".quote-text")).getText()).isEqualTo(quote);
        session.shoot("review-6-hand-fact-on-timeline");
    }

    @Test
    void relationAddedFromAQuoteSelectedInTheDocumentViewShowsOnItsEntitysPage() {
        String id = session.store().documents().get(0).id();
        session.open("#/document/" + id);
        session.visible(By.cssSelector("#document-text"));
        String quote = selectWords(30);
        new Select(session.visible(By.id("hand-kind"))).selectByValue("relation");
        new Select(session.visible(By.id("hand-type"))).selectByValue("PARTNER");
        @SuppressWarnings("unchecked")
        List<String> ends = (List<String>)
                Objects.requireNonNull(
                        session.browser()
                                .executeScript(
                                        "return [...document.querySelectorAll('#hand-entities option')].slice(0, 2).map(o => o.value);"));
        session.browser().findElement(By.id("hand-subject")).sendKeys(ends.get(0));
        session.browser().findElement(By.id("hand-object")).sendKeys(ends.get(1));
        session.browser().findElement(By.id("hand-title")).sendKeys("read by hand");
        session.shoot("review-7-hand-relation-form");
        session.browser().findElement(By.id("hand-add")).click();
        String key = session.visible(By.cssSelector("#hand-status code")).getText();

        assertThat(key).startsWith("relation:" + id + ":PARTNER:").endsWith("#hand");
        assertThat(session.store().history(key))
                .singleElement()
                .satisfies(j -> assertThat(j.quote()).isEqualTo(quote));
        session.open("#/entity/" + ends.get(0));
        WebElement relation = session.waitFor()
                .until(driver -> driver.findElements(By.cssSelector(".relation")).stream()
                        .filter(e -> e.getText().contains(quote.strip()))
                        .findFirst()
                        .orElse(null));
        assertThat(attribute(relation, "data-relation-type")).isEqualTo("PARTNER");
        session.shoot("review-8-hand-relation-on-entity-page");
    }

    /** Selects the first {@code length} characters of the document view's first long line, as a reader would. */
    private static String selectWords(int length) {
        return (String) Objects.requireNonNull(session.browser().executeScript("""
                const body = document.getElementById('document-text');
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                let node = walker.nextNode();
                while (node && !/[A-Za-z][^\\n]{59}/.test(node.textContent)) node = walker.nextNode();
                const from = node.textContent.search(/[A-Za-z][^\\n]{59}/);
                const range = document.createRange();
                range.setStart(node, from);
                range.setEnd(node, from + arguments[0]);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return range.toString();
                """, length));
    }

    @Test
    void twoEntitiesMergedOnTheEntityPageShowOnePageWithBothSpellingsUntilTheMergeIsReverted() {
        List<EntityRow> pair = twoLeastMentioned(EntityType.ORG);
        EntityRow kept = pair.get(0);
        EntityRow merged = pair.get(1);
        session.open("#/entity/" + kept.id());
        assertThat(session.visible(By.id("entity-name")).getText()).isEqualTo(kept.name());
        assertThat(aliases()).doesNotContain(merged.name());
        session.visible(By.cssSelector("#entity-edit summary")).click();
        session.visible(By.id("entity-merge-other")).sendKeys(merged.name());
        session.browser().findElement(By.id("entity-edit-reason")).sendKeys("one organisation");
        session.browser().findElement(By.cssSelector("#entity-merge button")).click();

        session.waitFor().until(driver -> aliases().contains(merged.name()));
        assertThat(session.visible(By.id("entity-name")).getText()).isEqualTo(kept.name());
        assertThat(session.store().entityHistory(kept.id()))
                .singleElement()
                .satisfies(j -> assertThat(j.action()).isEqualTo(JudgementAction.MERGE))
                .satisfies(j -> assertThat(j.author()).isEqualTo(AUTHOR))
                .satisfies(j -> assertThat(j.reason()).isEqualTo("one organisation"));
        session.shoot("review-7-entities-merged");

        session.visible(By.cssSelector("#entity-edit summary")).click();
        WebElement revert = session.visible(By.cssSelector("#entity-edit-history .judge-revert"));
        assertThat(session.browser().findElement(By.id("entity-edit-history")).getText())
                .contains("merge", merged.name());
        session.shoot("review-8-entity-history");
        revert.click();
        session.waitFor().until(driver -> !aliases().contains(merged.name()));
        assertThat(session.store().find(merged.id()))
                .hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(merged.id()));
    }

    @Test
    void entityRenamedAndRetypedOnItsPageIsRestoredByRevertingBoth() {
        EntityRow entity = twoLeastMentioned(EntityType.PRODUCT).get(0);
        session.open("#/entity/" + entity.id());
        session.visible(By.cssSelector("#entity-edit summary")).click();
        WebElement name = session.visible(By.id("entity-rename-name"));
        name.clear();
        name.sendKeys("Renamed in the browser");
        session.browser().findElement(By.cssSelector("#entity-rename button")).click();
        session.waitFor().until(driver -> pageName().equals("Renamed in the browser"));
        session.visible(By.cssSelector("#entity-edit summary")).click();
        new Select(session.visible(By.id("entity-retype-type"))).selectByValue("ORG");
        session.browser().findElement(By.cssSelector("#entity-retype button")).click();
        session.waitFor().until(driver -> pageType().equals("ORG"));
        assertThat(session.store().entityHistory(entity.id()))
                .extracting(Judgement::action)
                .containsExactly(JudgementAction.RENAME, JudgementAction.RETYPE);

        revertNewest();
        session.waitFor().until(driver -> pageType().equals(entity.type().name()));
        revertNewest();
        session.waitFor().until(driver -> pageName().equals(entity.name()));
        assertThat(session.store().find(entity.id()))
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo(entity.name()));
    }

    @Test
    void spellingSplitOffOnTheEntityPageBecomesAnEntityOfItsOwn() {
        record Pick(EntityRow entity, String spelling) {}
        // a spelling some document's entity was merged in under: a person or a place, away from the other tests' picks
        Pick pick = session.store().entities(null, null, 500).stream()
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.GPE)
                .flatMap(e -> session.store().entity(e.id()).orElseThrow().merges().stream()
                        .map(MergeNote::localName)
                        .filter(name ->
                                !name.equalsIgnoreCase(e.name()) && e.aliases().contains(name))
                        .map(name -> new Pick(e, name)))
                .reduce((first, later) -> later)
                .orElseThrow();
        session.open("#/entity/" + pick.entity().id());
        session.visible(By.cssSelector("#entity-edit summary")).click();
        new Select(session.visible(By.id("entity-split-aliases"))).selectByValue(pick.spelling());
        session.browser().findElement(By.id("entity-split-name")).sendKeys("Split in the browser");
        session.shoot("review-10-split-form");
        session.browser().findElement(By.cssSelector("#entity-split button")).click();

        session.waitFor().until(driver -> !aliases().contains(pick.spelling()));
        assertThat(session.store().find("Split in the browser"))
                .hasValueSatisfying(e -> assertThat(e.aliases()).contains(pick.spelling()));
        assertThat(session.store().entityHistory(pick.entity().id()))
                .extracting(Judgement::action)
                .containsExactly(JudgementAction.SPLIT);
    }

    private static void revertNewest() {
        session.visible(By.cssSelector("#entity-edit summary")).click();
        session.visible(By.cssSelector("#entity-edit-history .judge-revert"));
        List<WebElement> reverts = session.browser().findElements(By.cssSelector("#entity-edit-history .judge-revert"));
        reverts.get(reverts.size() - 1).click();
    }

    private static String pageName() {
        return session.visible(By.id("entity-name")).getText();
    }

    private static String pageType() {
        return session.visible(By.cssSelector(".page-header .type-badge")).getText();
    }

    /** Two entities of the type, the least mentioned first, each found by its own name. */
    private static List<EntityRow> twoLeastMentioned(EntityType type) {
        List<EntityRow> found = session.store().entities(type, null, 1000).stream()
                .filter(e -> !e.name().isBlank())
                .filter(e -> session.store()
                        .find(e.name())
                        .map(EntityRow::id)
                        .orElse("")
                        .equals(e.id()))
                .sorted(Comparator.comparingInt(EntityRow::mentions).thenComparing(EntityRow::id))
                .limit(2)
                .toList();
        assertThat(found).as("two %s entities in the demo", type).hasSize(2);
        return found;
    }

    /** The entity page's other spellings, empty when it shows none. */
    private static String aliases() {
        return session.browser().findElements(By.id("entity-aliases")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** A relation that is the only one of its type between its two entities, so it alone makes its network link. */
    private static RelationRow onlyRelationOfItsPair() {
        List<RelationRow> all = Stream.of(RelationType.values())
                .flatMap(type -> session.store().relations(type).stream())
                .filter(r -> !r.subject().id().equals(r.object().id()))
                .toList();
        return all.stream()
                .filter(r -> all.stream()
                                .filter(o -> o.type() == r.type()
                                        && o.subject().id().equals(r.subject().id())
                                        && o.object().id().equals(r.object().id()))
                                .count()
                        == 1)
                .filter(r -> !r.facts().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /**
     * How many edges of the drawn network that match a Cytoscape selector join the relation's ends; empty until the
     * graph is drawn.
     */
    private static java.util.Optional<Long> networkEdges(RelationRow relation, String selector) {
        Object count = session.browser()
                .executeScript("""
                const cy = document.getElementById('network-graph')?.cy;
                if (!cy || cy.destroyed()) return null;
                return cy.edges(arguments[2])
                    .filter((e) => e.data('source') === arguments[0] && e.data('target') === arguments[1]).length;
                """, relation.subject().id(), relation.object().id(), selector);
        return java.util.Optional.ofNullable((Long) count);
    }

    /** An attribute the page always sets. */
    private static String attribute(WebElement element, String name) {
        return Objects.requireNonNull(element.getAttribute(name), name);
    }

    private static String eventSelector(String id) {
        return "#timeline-list .event[data-event-id='" + id + "']";
    }

    /** The dates of the points on the chart of the series that holds the figure. */
    @SuppressWarnings("unchecked")
    private static List<String> chartDates(String key) {
        Object dates = session.browser().executeScript("""
                const controls = document.querySelector(`.fact-controls[data-key="${arguments[0]}"]`);
                const chart = controls && echarts.getInstanceByDom(controls.closest('.figure-series').querySelector('.chart'));
                return chart ? chart.getOption().series[0].data.map((d) => d.date) : [];
                """, key);
        return (List<String>) Objects.requireNonNull(dates, "chart dates");
    }

    private static String lastPointDate(String key) {
        List<String> dates = chartDates(key);
        return dates.get(dates.size() - 1);
    }
}
