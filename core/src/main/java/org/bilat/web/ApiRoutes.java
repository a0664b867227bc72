package org.bilat.web;

import java.util.List;
import org.bilat.search.SearchIndex;
import org.bilat.store.Store;

/** The API's endpoints; {@code openapi.json} describes exactly these paths (a test holds the two together). */
final class ApiRoutes {
    static final String OPENAPI_PATH = "/api/openapi.json";
    /** How many most mentioned entities the summary lists. */
    static final int SUMMARY_TOP = 10;

    private ApiRoutes() {}

    static List<Route> of(Store store, SearchIndex index) {
        return of(store, index, WriteGuard.of(false));
    }

    static List<Route> of(Store store, SearchIndex index, WriteGuard guard) {
        SearchEndpoint search = new SearchEndpoint(index, store);
        EntityEndpoints entities = new EntityEndpoints(store);
        DocumentEndpoints documents = new DocumentEndpoints(store);
        FactEndpoints facts = new FactEndpoints(store);
        GraphEndpoint graph = new GraphEndpoint(store);
        RegisterEndpoints registers = new RegisterEndpoints(new Registers(store));
        BriefEndpoints briefs = new BriefEndpoints(store);
        LadderEndpoint ladder = new LadderEndpoint(store);
        ReviewEndpoints review = new ReviewEndpoints(store, guard);
        HandFactEndpoints hand = new HandFactEndpoints(store, guard);
        return List.of(
                new Route("/api/summary", ctx -> ctx.json(store.summary(SUMMARY_TOP))),
                new Route("/api/search", search::search),
                new Route("/api/entities", entities::list),
                new Route("/api/entities/{id}", entities::one),
                new Route("/api/relations", entities::between),
                new Route("/api/documents", documents::list),
                new Route("/api/documents/{id}", documents::one),
                new Route("/api/events", facts::events),
                new Route("/api/figures", facts::figures),
                new Route("/api/indicators", facts::indicators),
                new Route("/api/graph", graph::graph),
                new Route("/api/registers", registers::list),
                new Route("/api/registers/{name}", registers::one),
                new Route("/api/brief", briefs::brief),
                new Route("/api/digest", briefs::digest),
                new Route("/api/ladder", ladder::ladder),
                new Route("/api/review", review::queue),
                new Route("/api/history", review::history),
                new Route("/api/judgements", review::judge, true),
                new Route("/api/judgements/{id}/revert", review::revert, true),
                new Route("/api/entities/{id}/judgements", review::judgeEntity, true),
                new Route("/api/facts", hand::add, true),
                new Route("/api/session", review::session));
    }
}
