package org.bilat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bilat.model.BilatException;
import org.bilat.model.Document;
import org.bilat.model.EntityType;
import org.bilat.model.Extraction;
import org.bilat.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge base, in a data folder's SQLite file or in a PostgreSQL database: saves each document's extraction in
 * one transaction and answers what is stored.
 *
 * <p>One connection serves every write, so writes take a private lock; use one writer thread per store. Reads run on
 * a few read-only connections beside it, several at once and while a write goes on. Several processes may write one
 * PostgreSQL store at once: their saves take turns.
 */
public final class Store implements AutoCloseable {
    private final Object lock = new Object();
    private final String where;
    private final Engine engine;
    private final Connection connection;
    private final DocumentWriter writer;
    private final DocumentQueries documents;
    private final EntityQueries entities;
    private final EntityDetails details;
    private final HappeningQueries happenings;
    private final HappeningPages happeningPages;
    private final FigureQueries figures;
    private final RelationQueries relations;
    private final DateConflicts dateConflicts;
    private final DocumentTexts texts;
    private final GraphQueries graphs;
    private final LadderQueries ladder;
    private final Reviews reviews;
    private final StoreChanges changes = new StoreChanges();
    private final StoreReads reads;

    Store(
            String where,
            Engine engine,
            Connection writer,
            @Nullable ReadConnections readers,
            Checkpoint checkpoint,
            Clock clock) {
        this.where = where;
        this.engine = engine;
        RoutedConnection routed = new RoutedConnection(writer);
        this.connection = routed.connection();
        this.writer = new DocumentWriter(connection, checkpoint, clock);
        this.documents = new DocumentQueries(connection);
        this.entities = new EntityQueries(connection);
        this.details = new EntityDetails(connection, documents);
        this.happenings = new HappeningQueries(connection);
        this.happeningPages = new HappeningPages(connection, happenings);
        this.figures = new FigureQueries(connection);
        this.relations = new RelationQueries(connection);
        this.dateConflicts = new DateConflicts(connection);
        this.texts = new DocumentTexts(connection, documents);
        this.graphs = new GraphQueries(connection, changes);
        this.ladder = new LadderQueries(connection);
        this.reviews = new Reviews(connection, clock);
        this.reads =
                new StoreReads(where, engine, lock, routed, readers, new ReviewRewind(reviews), new KeptReads(changes));
    }

    /** Opens (creating when absent) the folder and its {@code bilat.db}, and brings the schema up to date. */
    public static Store open(Path dataDir) {
        return open(dataDir, Checkpoint.NONE, Clock.systemUTC());
    }

    /** {@link #open(Path)} with the clock that stamps when each document is ingested and each judgement made. */
    public static Store open(Path dataDir, Clock clock) {
        return open(dataDir, Checkpoint.NONE, clock);
    }

    static Store open(Path dataDir, Checkpoint checkpoint) {
        return open(dataDir, checkpoint, Clock.systemUTC());
    }

    static Store open(Path dataDir, Checkpoint checkpoint, Clock clock) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Connection connection = SqliteDatabase.open(dataDir);
        ReadConnections readers = new ReadConnections(() -> SqliteDatabase.reader(dataDir));
        return withFactKeys(new Store(
                dataDir.resolve(SqliteDatabase.FILE_NAME).toString(),
                Engine.SQLITE,
                connection,
                readers,
                checkpoint,
                clock));
    }

    /**
     * Connects to the PostgreSQL database of a JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB}) that several
     * processes may share, and brings its schema up to date; the user and password come from the URL, else from the
     * environment's {@code PGUSER} and {@code PGPASSWORD}.
     */
    public static Store connect(String url) {
        return connect(url, System.getenv(), Checkpoint.NONE);
    }

    static Store connect(String url, Map<String, String> environment, Checkpoint checkpoint) {
        return connect(url, environment, checkpoint, Clock.systemUTC());
    }

    static Store connect(String url, Map<String, String> environment, Checkpoint checkpoint, Clock clock) {
        Objects.requireNonNull(url, "url");
        Connection connection = PostgresDatabase.open(url, environment);
        ReadConnections readers = new ReadConnections(() -> PostgresDatabase.reader(url, environment));
        return withFactKeys(
                new Store(PostgresDatabase.shown(url), Engine.POSTGRESQL, connection, readers, checkpoint, clock));
    }

    private static Store withFactKeys(Store store) {
        store.write(() -> {
            FactKeys.assign(store.connection); // facts stored before keys were kept
            return 0;
        });
        return store;
    }

    /** Whether a document with this content hash is stored. */
    public boolean containsContent(String contentHash) {
        return read(() -> documents.withContent(contentHash).isPresent());
    }

    /**
     * Saves a document, its entities linked to canonical ones, its mentions, and its events (each linked to the
     * happening another document already reports, or a new one), figures and relations, all or nothing; when its
     * content is already stored, writes nothing and reports it unchanged. A changed version of a document read from
     * the same path replaces the older one and everything stored for it; judgements are applied again, finding their
     * facts by key or by quote, and those whose fact is gone are kept as orphaned.
     */
    public SavedDocument save(Extraction extraction) {
        synchronized (lock) {
            Document document = extraction.document();
            try {
                return inTransaction(() -> {
                    engine.lockWriters(connection);
                    Optional<DocumentRow> stored = documents.withContent(document.contentHash());
                    if (stored.isPresent()) {
                        DocumentRow row = stored.get();
                        return new SavedDocument(row.id(), row.source(), true, row.entities(), 0, 0, row.mentions());
                    }
                    DocumentRemover remover = new DocumentRemover(connection);
                    for (String older : remover.olderVersions(document.path(), document.contentHash())) {
                        remover.remove(older);
                    }
                    SavedDocument saved = writer.write(extraction);
                    FactKeys.assign(connection);
                    reviews.reapply();
                    return saved;
                });
            } catch (SQLException e) {
                String why = ReconnectingConnection.isLoss(e)
                        ? "the connection to the store was lost and the server rolled the document back"
                                + " (ingest it again)"
                        : SqliteDatabase.oneLine(e.getMessage());
                throw new BilatException(document.source() + ": cannot store the document: " + why, e);
            }
        }
    }

    /** Every stored document as it was read (text and metadata), by source, for extracting it again. */
    public List<Document> storedDocuments() {
        return read(() -> Jdbc.query(
                connection,
                "SELECT source, path, content_hash, media_type, body, title, author, publisher, published,"
                        + " published_from FROM documents ORDER BY source, id",
                r -> new Document(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9),
                        r.getString(10))));
    }

    /**
     * Replaces everything extracted from a stored document (same content) by a new extraction of it, all or nothing,
     * keeping when it was ingested; judgements are applied again, finding their facts by key or by quote, and those
     * whose fact is no longer produced are kept as orphaned.
     */
    public SavedDocument replace(Extraction extraction) {
        Document document = extraction.document();
        String id = DocumentWriter.documentId(document.contentHash());
        return write(() -> {
            String ingestedAt = Jdbc.first(
                            connection, "SELECT ingested_at FROM documents WHERE id = ?", r -> r.getString(1), id)
                    .orElseThrow(() -> new BilatException(document.source() + ": not in the store"));
            new DocumentRemover(connection).remove(id);
            SavedDocument saved = writer.write(extraction);
            Jdbc.update(connection, "UPDATE documents SET ingested_at = ? WHERE id = ?", ingestedAt, id);
            FactKeys.assign(connection);
            reviews.reapply();
            return saved;
        });
    }

    /** Everything stored, in a stable order, for exporting or for loading into another store. */
    public StoreContents contents() {
        return read(() -> new ContentsReader(connection).read());
    }

    /** Everything stored in its reviewed state (the facts an analyst rejected left out), for the exports. */
    public StoreContents reviewedContents() {
        return read(() -> new ReviewedContents(connection).read());
    }

    /**
     * Each stored document's reviewed state as its extraction record (../shared/eval/SCHEMA.md): rejected facts left
     * out, edited ones with their edited values, entities under their canonical ids.
     */
    public List<Extraction> goldRecords() {
        return read(() -> new GoldRecords(connection).read());
    }

    /**
     * Loads contents another store held into this one, all or nothing, keeping their ids and links; this store must
     * hold no documents yet.
     */
    public void restore(StoreContents contents) {
        synchronized (lock) {
            try {
                if (documents.count() > 0) {
                    throw new BilatException(where + ": the knowledge base is not empty; load into a new"
                            + " one (point --data at a new folder, or --store at an empty database)");
                }
                inTransaction(() -> {
                    engine.lockWriters(connection);
                    new ContentsWriter(connection).write(contents);
                    FactKeys.assign(connection);
                    return contents.documents().size();
                });
            } catch (SQLException e) {
                throw new BilatException(
                        where + ": cannot load the contents: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    /** Every stored document, ordered by source. */
    public List<DocumentRow> documents() {
        return read(documents::all);
    }

    /** For every canonical entity, the file names of the documents that mention it, sorted. */
    public Map<String, List<String>> sourcesPerEntity() {
        return read(() -> {
            Map<String, List<String>> sources = new HashMap<>();
            Jdbc.query(
                            connection,
                            "SELECT DISTINCT de.entity_id, d.source FROM document_entities de"
                                    + " JOIN documents d ON d.id = de.document_id ORDER BY de.entity_id, d.source",
                            r -> Map.entry(r.getString(1), r.getString(2)))
                    .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
            return sources;
        });
    }

    /**
     * Canonical entities of a type (any when null) whose name or an alias contains the query ignoring case (any when
     * null), most mentioned first, then by name.
     */
    public List<EntityRow> entities(@Nullable EntityType type, @Nullable String query, int limit) {
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        return read(() -> entities.list(type, query, limit));
    }

    /**
     * The answer of {@code read}, a whole built from several reads of this store (an entity's page as the API writes
     * it), kept as the page's sections are until the store changes; {@code question} names it and its arguments.
     */
    public <T> T kept(List<Object> question, Supplier<T> read) {
        return read(() -> reads.kept(question, read::get));
    }

    /** The entity with this exact id, else the most mentioned one with this name or alias ignoring case. */
    public Optional<EntityRow> find(String nameOrId) {
        return read(() -> resolve(nameOrId));
    }

    /** The entity with this exact id, else the most mentioned one with this name or alias ignoring case. */
    public Optional<EntityDetail> entity(String nameOrId) {
        return entity(nameOrId, Integer.MAX_VALUE);
    }

    /** {@link #entity(String)} with at most {@code mentionLimit} mentions, in order of source and position. */
    public Optional<EntityDetail> entity(String nameOrId, int mentionLimit) {
        if (mentionLimit < 0) {
            throw new BilatException("limit: must not be negative, was " + mentionLimit);
        }
        return read(() -> {
            Optional<EntityRow> entity = resolve(nameOrId);
            return entity.isEmpty() ? Optional.empty() : Optional.of(details.of(entity.get(), mentionLimit));
        });
    }

    /**
     * {@link #entity(String, int)} with its first {@code listLimit} documents by source, the mentions only of those,
     * and its first {@code listLimit} merges: the page of an entity named in thousands of documents.
     */
    public Optional<EntityDetail> entity(String nameOrId, int mentionLimit, int listLimit) {
        return entity(nameOrId, mentionLimit, listLimit, AsOf.now());
    }

    /**
     * {@link #entity(String, int, int)} as the entity stood at the cut: its name, type, aliases and merges as the
     * entity judgements made by then left them (one renamed or merged later shows as it was).
     */
    public Optional<EntityDetail> entity(String nameOrId, int mentionLimit, int listLimit, AsOf asOf) {
        if (mentionLimit < 0 || listLimit < 0) {
            throw new BilatException("limit: must not be negative, was " + Math.min(mentionLimit, listLimit));
        }
        return readAsOf(
                asOf,
                () -> reads.kept(Arrays.asList("entity", nameOrId, mentionLimit, listLimit, asOf), () -> {
                    Optional<EntityRow> entity = resolve(nameOrId);
                    return entity.isEmpty()
                            ? Optional.empty()
                            : Optional.of(details.firstOf(entity.get(), mentionLimit, listLimit));
                }));
    }

    /** {@link #entity(String)} as the entity stood at the cut, as {@link #entity(String, int, int, AsOf)} says. */
    public Optional<EntityDetail> entity(String nameOrId, AsOf asOf) {
        return readAsOf(asOf, () -> {
            Optional<EntityRow> entity = resolve(nameOrId);
            return entity.isEmpty() ? Optional.empty() : Optional.of(details.of(entity.get(), Integer.MAX_VALUE));
        });
    }

    /**
     * A page of at most {@code limit} happenings of an entity (id, name or alias), the earliest first, after the
     * cursor of the page before ({@code after}, null for the first page); rejected accounts are left out.
     */
    public HappeningPage timeline(String entity, @Nullable String after, int limit) {
        return timeline(new TimelineFilter(entity, null, null, null), after, limit);
    }

    /**
     * {@link #timeline(String, String, int)} of the filter's entity, with its rejected toggle and cut through time (a
     * happening keeps the accounts of documents inside the cut, and their earliest day orders it); the filter must
     * name an entity and no type or years.
     */
    public HappeningPage timeline(TimelineFilter filter, @Nullable String after, int limit) {
        String entity = filter.entity();
        if (entity == null) {
            throw new IllegalArgumentException("pages of events are an entity's");
        }
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        return readAsOf(
                filter.asOf(),
                () -> reads.kept(
                        Arrays.asList("timeline", filter, after, limit),
                        () -> happeningPages.page(filter, entityId(entity), after, limit)));
    }

    /** When these documents were ingested (ids not stored are left out). */
    public IngestTimes ingestTimes(Collection<String> documentIds) {
        return read(() -> new IngestQueries(connection).times(documentIds));
    }

    /** The full text of the document with this id. */
    public Optional<String> text(String documentId) {
        return read(() -> documents.body(documentId));
    }

    /** The document with this id, its full text and every mention in it with its canonical entity. */
    public Optional<DocumentText> document(String documentId) {
        return read(() -> texts.find(documentId));
    }

    /**
     * The network around an entity (id, name or alias) up to {@code depth} links away, or when it is null every
     * entity with a link; at most {@code cap} entities, the nearest and then the most mentioned.
     */
    public Graph graph(@Nullable String entity, int depth, int cap) {
        return graph(entity, depth, cap, AsOf.now());
    }

    /** {@link #graph(String, int, int)} as documents inside the cut through time state it. */
    public Graph graph(@Nullable String entity, int depth, int cap, AsOf asOf) {
        return graph(entity, depth, cap, asOf, false);
    }

    /**
     * {@link #graph(String, int, int, AsOf)}, with {@code showRejected} also the links whose every fact an analyst
     * rejected, marked so.
     */
    public Graph graph(@Nullable String entity, int depth, int cap, AsOf asOf, boolean showRejected) {
        if (depth < 1) {
            throw new BilatException("depth: must be at least 1, was " + depth);
        }
        if (cap < 1) {
            throw new BilatException("limit: must be at least 1, was " + cap);
        }
        return readAsOf(
                asOf,
                () -> graphs.around(
                        entity == null ? null : entityId(entity),
                        depth,
                        cap,
                        DocumentCut.read(connection, asOf),
                        showRejected));
    }

    /**
     * Happenings that pass the filter, one row each with every document's account: dated ones by date, undated ones
     * last; an unknown entity in the filter is an error.
     */
    public List<HappeningRow> timeline(TimelineFilter filter) {
        return readAsOf(filter.asOf(), () -> {
            String entity = filter.entity();
            DocumentCut cut = DocumentCut.read(connection, filter.asOf());
            return happenings.list(filter, entity == null ? null : entityId(entity), cut);
        });
    }

    /**
     * The analysts' verdict on each happening as documents inside the cut report it, by happening id: what {@link
     * HappeningRow#review()} of its timeline row says (rejected when every account is).
     */
    public Map<String, String> happeningReviews(AsOf asOf) {
        return readAsOf(
                asOf,
                () -> reads.kept(
                        Arrays.asList("happeningReviews", asOf),
                        () -> HappeningReviews.of(connection, DocumentCut.read(connection, asOf))));
    }

    /** Figures that pass the filter, by measure and then date; an unknown entity in the filter is an error. */
    public List<FigureRow> figures(FigureFilter filter) {
        return readAsOf(filter.asOf(), () -> {
            String entity = filter.entity();
            DocumentCut cut = DocumentCut.read(connection, filter.asOf());
            return figures
                    .list(filter.measure(), entity == null ? null : entityId(entity), filter.showRejected())
                    .stream()
                    .filter(f -> cut.admits(f.documentId()))
                    .toList();
        });
    }

    /**
     * The first {@code limit} figures of {@link #figures(FigureFilter)} and how many there are in all; those of one
     * entity, with no measure or cut, are chosen and counted by the database.
     */
    public FirstOf<FigureRow> figures(FigureFilter filter, int limit) {
        if (limit < 1) {
            throw new BilatException("limit: must be at least 1, was " + limit);
        }
        String entity = filter.entity();
        if (entity == null || filter.measure() != null || filter.asOf().cuts()) {
            return FirstOf.of(figures(filter), limit);
        }
        return read(() -> reads.kept(
                List.of("figures", entity, filter.showRejected(), limit),
                () -> figures.firstAbout(entityId(entity), filter.showRejected(), limit)));
    }

    /** The relations from and to the entity with this id, name or alias, each with every passage that states it. */
    public List<RelationRow> relations(String nameOrId) {
        return relations(nameOrId, false);
    }

    /** {@link #relations(String)}, with the relations an analyst rejected too when {@code showRejected}. */
    public List<RelationRow> relations(String nameOrId, boolean showRejected) {
        return read(() -> relations.of(entityId(nameOrId), showRejected));
    }

    /** {@link #relations(String, boolean)} as documents inside the cut state them. */
    public List<RelationRow> relations(String nameOrId, boolean showRejected, AsOf asOf) {
        return readAsOf(
                asOf,
                () -> RelationCut.of(
                        relations.of(entityId(nameOrId), showRejected), DocumentCut.read(connection, asOf)));
    }

    /**
     * The first {@code limit} relations of {@link #relations(String, boolean, AsOf)}, chosen by the database where
     * nothing is cut, and how many there are in all.
     */
    public FirstOf<RelationRow> relations(String nameOrId, boolean showRejected, AsOf asOf, int limit) {
        return relations(nameOrId, showRejected, asOf, limit, Integer.MAX_VALUE);
    }

    /**
     * {@link #relations(String, boolean, AsOf, int)} with the first {@code passageLimit} passages of each relation
     * only (by source and position): its {@link RelationRow#total()} and verdict stay those of every passage.
     */
    public FirstOf<RelationRow> relations(
            String nameOrId, boolean showRejected, AsOf asOf, int limit, int passageLimit) {
        if (limit < 1 || passageLimit < 1) {
            throw new BilatException("limit: must be at least 1, was " + Math.min(limit, passageLimit));
        }
        return readAsOf(asOf, () -> {
            String id = entityId(nameOrId);
            DocumentCut cut = DocumentCut.read(connection, asOf);
            if (cut.everything()) {
                return reads.kept(
                        List.of("relations", id, showRejected, limit, passageLimit),
                        () -> relations.firstOf(id, showRejected, limit, passageLimit));
            }
            FirstOf<RelationRow> first = FirstOf.of(RelationCut.of(relations.of(id, showRejected), cut), limit);
            return new FirstOf<>(
                    first.items().stream().map(row -> row.first(passageLimit)).toList(), first.total());
        });
    }

    /**
     * The relations between two entities (ids, names or aliases), either way round, each with every passage that
     * states it as documents inside the cut do; rejected ones only when shown.
     */
    public List<RelationRow> relationsBetween(String nameOrId, String other, boolean showRejected, AsOf asOf) {
        return readAsOf(asOf, () -> {
            String id = entityId(nameOrId);
            List<RelationRow> rows = relations.between(id, List.of(entityId(other)), showRejected, Integer.MAX_VALUE);
            return RelationCut.of(rows, DocumentCut.read(connection, asOf));
        });
    }

    /** The ladder steps of {@code ladder(a, b)} that documents inside the cut state. */
    public List<LadderStep> ladder(@Nullable String a, @Nullable String b, AsOf asOf) {
        Predicate<String> admitted = inside(asOf);
        return ladder(a, b).stream()
                .filter(step -> admitted.test(step.passage().documentId()))
                .toList();
    }

    /** Whether the document with this id lies inside the cut, for each stored document. */
    public Predicate<String> inside(AsOf asOf) {
        DocumentCut cut = read(() -> DocumentCut.read(connection, asOf));
        return cut::admits;
    }

    /** Every relation of the type, each with every passage that states it. */
    public List<RelationRow> relations(RelationType type) {
        return relations(type, AsOf.now());
    }

    /** Every relation of the type that documents inside the cut state, each with the passages they state it in. */
    public List<RelationRow> relations(RelationType type, AsOf asOf) {
        return relations(type, asOf, false);
    }

    /** {@link #relations(RelationType, AsOf)}, with the relations every passage of which was rejected when asked. */
    public List<RelationRow> relations(RelationType type, AsOf asOf, boolean showRejected) {
        return readAsOf(
                asOf, () -> RelationCut.of(relations.ofType(type, showRejected), DocumentCut.read(connection, asOf)));
    }

    /** Where documents disagree on the date or the figure of one thing: dates of events and of levels first, then figures. */
    public List<Conflict> conflicts() {
        return conflicts(AsOf.now());
    }

    /** {@link #conflicts()} between documents inside the cut only. */
    public List<Conflict> conflicts(AsOf asOf) {
        return conflicts(asOf, false);
    }

    /**
     * {@link #conflicts(AsOf)}, with the sides of rejected events and figures counted too when asked (each side says its
     * review), so a conflict the reviewed state settled shows again.
     */
    public List<Conflict> conflicts(AsOf asOf, boolean showRejected) {
        return readAsOf(asOf, () -> {
            DocumentCut cut = DocumentCut.read(connection, asOf);
            List<Conflict> conflicts = new ArrayList<>(dateConflicts.find(cut, showRejected));
            conflicts.addAll(LevelConflicts.find(ladder.steps(null, null).stream()
                    .filter(s -> cut.admits(s.passage().documentId()))
                    .toList()));
            conflicts.addAll(FigureConflicts.find(figures.all(showRejected).stream()
                    .filter(f -> cut.admits(f.documentId()))
                    .toList()));
            return conflicts;
        });
    }

    /** When each document was ingested, and when each entity's first document was. */
    public IngestTimes ingestTimes() {
        return ingestTimes(AsOf.now());
    }

    /** {@link #ingestTimes()} of the documents inside the cut through time only. */
    public IngestTimes ingestTimes(AsOf asOf) {
        return read(() -> new IngestQueries(connection).times(DocumentCut.read(connection, asOf)));
    }

    /**
     * The partnership ladder: the level steps of the pair of two states, of every pair of one state, or of every pair
     * when none is named (null), by pair and then date, undated steps last; an unknown state is an error.
     */
    public List<LadderStep> ladder(@Nullable String state, @Nullable String other) {
        return read(() -> ladder.steps(state == null ? null : entityId(state), other == null ? null : entityId(other)));
    }

    /** How many documents and entities per type are stored, and the {@code top} most mentioned entities. */
    public Summary summary(int top) {
        return read(() -> {
            List<EntityRow> most = top < 1 ? List.of() : entities.list(null, null, top);
            return new Summary(documents.count(), entities.countPerType(), factCounts(), most);
        });
    }

    private FactCounts factCounts() throws SQLException {
        return new FactCounts(
                Jdbc.count(connection, "SELECT COUNT(*) FROM events WHERE " + ReviewStatus.visible("")),
                Jdbc.count(
                        connection,
                        "SELECT COUNT(DISTINCT happening_id) FROM events WHERE " + ReviewStatus.visible("")),
                Jdbc.count(
                        connection,
                        "SELECT COUNT(*) FROM (SELECT happening_id FROM events WHERE " + ReviewStatus.visible("")
                                + " GROUP BY happening_id HAVING COUNT(DISTINCT document_id) > 1) corroborated"),
                Jdbc.count(connection, "SELECT COUNT(*) FROM quantities WHERE " + ReviewStatus.visible("")),
                Jdbc.count(connection, "SELECT COUNT(*) FROM relations WHERE " + ReviewStatus.visible("")));
    }

    /**
     * Records an analyst's judgement on the fact with this key and applies it, in one transaction: ACCEPT and REJECT
     * set its review status, EDIT sets the fields of {@code edit} (an empty value clears an optional field).
     */
    public Judgement judge(
            String key, JudgementAction action, Map<String, String> edit, String author, @Nullable String reason) {
        return judge(key, action, edit, author, reason, null);
    }

    /**
     * {@link #judge(String, JudgementAction, Map, String, String)}, refused with {@link StaleVersion} when the fact's
     * version (how many judgements it has) is no longer {@code version}; null checks nothing.
     */
    public Judgement judge(
            String key,
            JudgementAction action,
            Map<String, String> edit,
            String author,
            @Nullable String reason,
            @Nullable Integer version) {
        return write(() -> {
            StaleVersion.check(key, version, reviews.version(key));
            return reviews.judge(key, action, edit, author, reason);
        });
    }

    /**
     * Records an analyst's rename, retype, merge or split of the entity with this id, name or alias, and applies it, in
     * one transaction; refused with {@link StaleVersion} when the entity's version is no longer {@code version}.
     */
    public Judgement judgeEntity(
            String nameOrId,
            JudgementAction action,
            EntityEdit edit,
            String author,
            @Nullable String reason,
            @Nullable Integer version) {
        return write(() -> {
            EntityRow entity = resolve(nameOrId).orElseThrow(() -> new BilatException(nameOrId + ": no such entity"));
            StaleVersion.check(
                    entity.id(), version, reviews.entityHistory(entity.id()).size());
            return reviews.judgeEntity(entity, action, edit, author, reason);
        });
    }

    /** The rename, retype, merge and split judgements of the entity with this id, name or alias, with their reverts. */
    public List<Judgement> entityHistory(String nameOrId) {
        return read(() -> reviews.entityHistory(entityId(nameOrId)));
    }

    /** How many judgements the fact with this key has: the version a write names. */
    public int version(String key) {
        FactKind.ofKey(key);
        return read(() -> reviews.version(key));
    }

    /**
     * Adds a fact by hand from a quote, as an ADD judgement that outlives re-runs: the document's words at {@code
     * start..end} are its evidence and {@code values} its fields (events need a type, figures a value, unit and
     * measure); the key it is judged under ends with {@code #hand}.
     */
    public Judgement addFact(
            FactKind kind,
            String documentId,
            int start,
            int end,
            Map<String, String> values,
            String author,
            @Nullable String reason) {
        return write(() -> reviews.add(kind, documentId, start, end, values, author, reason));
    }

    /** Undoes the judgement with this id (or a unique start of it) by recording a REVERT, and applies the rest. */
    public Judgement revert(String judgementId, String author, @Nullable String reason) {
        return revert(judgementId, author, reason, null);
    }

    /**
     * {@link #revert(String, String, String)}, refused with {@link StaleVersion} when the judged fact's version (for an
     * entity judgement, the entity's) is no longer {@code version}; null checks nothing.
     */
    public Judgement revert(String judgementId, String author, @Nullable String reason, @Nullable Integer version) {
        return write(() -> {
            if (version != null) {
                Judgement target = reviews.rows()
                        .withId(judgementId)
                        .orElseThrow(() -> new BilatException(judgementId + ": no such judgement"));
                StaleVersion.check(target.key(), version, reviews.versionOf(target));
            }
            return reviews.revert(judgementId, author, reason);
        });
    }

    /** The judgements of the fact with this key, oldest first, reverts included. */
    public List<Judgement> history(String key) {
        FactKind.ofKey(key);
        return read(() -> reviews.rows().of(key));
    }

    /** Every judgement, oldest first. */
    public List<Judgement> judgements() {
        return read(() -> reviews.rows().all());
    }

    /** The latest judgement of each judged fact that is no longer found, by its key nor by its quote. */
    public List<Judgement> orphanedJudgements() {
        return read(reviews::orphans);
    }

    /** The facts analysts judged differently, each with the last standing judgement of every author. */
    public List<JudgementConflict> judgementConflicts() {
        return read(() -> reviews.conflicts(reviews.rows().keys()));
    }

    /**
     * Adds the judgements this store does not hold (by id), all or nothing, applies them, and lists the facts the
     * analysts judged differently; none is overwritten.
     */
    public ImportedJudgements importJudgements(List<Judgement> judgements) {
        return write(() -> {
            int known = 0;
            Set<String> keys = new LinkedHashSet<>();
            for (Judgement judgement : judgements) {
                if (reviews.rows().contains(judgement.id())) {
                    known++;
                } else {
                    reviews.rows().insert(judgement);
                    keys.add(judgement.key());
                }
            }
            reviews.reapply();
            return new ImportedJudgements(judgements.size() - known, known, reviews.conflicts(List.copyOf(keys)));
        });
    }

    /** Facts not yet reviewed, the most useful first (see {@link ReviewQueue}); an unknown entity is an error. */
    public List<ReviewItem> reviewQueue(@Nullable String entity) {
        return read(() -> new ReviewQueue(connection, reviews.fields())
                .list(entity == null ? null : entityId(entity), conflictPassages()));
    }

    /** A setting of this data folder, such as {@code user}. */
    public Optional<String> setting(String name) {
        return read(() ->
                Jdbc.first(connection, "SELECT setting_value FROM settings WHERE name = ?", r -> r.getString(1), name));
    }

    /** Sets a setting of this data folder. */
    public void setting(String name, String value) {
        write(() -> {
            Jdbc.update(connection, "DELETE FROM settings WHERE name = ?", name);
            return Jdbc.update(connection, "INSERT INTO settings (name, setting_value) VALUES (?, ?)", name, value);
        });
    }

    private Set<String> conflictPassages() throws SQLException {
        Set<String> passages = new HashSet<>();
        List<Conflict> conflicts = new ArrayList<>(dateConflicts.find(DocumentCut.read(connection, AsOf.now()), false));
        conflicts.addAll(FigureConflicts.find(figures.all()));
        for (Conflict conflict : conflicts) {
            conflict.claims()
                    .forEach(c -> passages.add(c.passage().documentId() + " "
                            + c.passage().evidence().start()));
        }
        return passages;
    }

    @Override
    public void close() {
        synchronized (lock) {
            try (connection) {
                reads.close();
            } catch (SQLException e) {
                throw new BilatException(
                        where + ": cannot close the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    private String entityId(String nameOrId) throws SQLException {
        if (entities.has(nameOrId)) {
            return nameOrId; // the id itself, as pages ask after the first read: no counting of its mentions
        }
        return resolve(nameOrId)
                .orElseThrow(() -> new BilatException(nameOrId + ": no such entity"))
                .id();
    }

    private Optional<EntityRow> resolve(String nameOrId) throws SQLException {
        Optional<EntityRow> row = entities.withId(nameOrId);
        if (row.isEmpty()) {
            row = entities.withId(EntityRedirects.target(connection, nameOrId)); // an id merged into another
        }
        return row.isPresent() ? row : entities.named(nameOrId);
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            changes.changed();
            return result;
        } catch (Throwable failure) {
            rollback(failure);
            throw failure;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Runs a change in one transaction under the lock, turning a database failure into one line for the user. */
    private <T> T write(SqlWork<T> work) {
        synchronized (lock) {
            try {
                return inTransaction(() -> {
                    engine.lockWriters(connection);
                    return work.run();
                });
            } catch (SQLException e) {
                throw new BilatException(
                        where + ": cannot write to the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }

    /** Runs a read where {@link StoreReads#read} runs it: on a read connection of its own, else on the writer. */
    private <T> T read(SqlWork<T> work) {
        return reads.read(work);
    }

    /** Runs a read as of a cut through time, as {@link StoreReads#asOf} does. */
    private <T> T readAsOf(AsOf asOf, SqlWork<T> work) {
        return reads.asOf(asOf, work);
    }
}
