package org.bilat.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    // Over 400 lines as the package's one public entry: each read or write is documented here and delegates in one
    // line to the class of its subject (DocumentReads, EntityReads, TimelineReads, FactReads, Judgements, StoreWrites).
    private final StoreParts parts;
    private final StoreReads reads;
    private final StoreWrites writes;
    private final DocumentReads documents;
    private final EntityReads entities;
    private final TimelineReads timelines;
    private final FactReads facts;
    private final Judgements judgements;
    private final Reviews reviews;

    Store(
            String where,
            Engine engine,
            Connection writer,
            @Nullable ReadConnections readers,
            Checkpoint checkpoint,
            Clock clock) {
        this.parts = StoreParts.of(where, engine, writer, readers, clock);
        Connection connection = parts.connection();
        DocumentQueries documentQueries = new DocumentQueries(connection);
        EntityQueries entityQueries = new EntityQueries(connection);
        this.reviews = new Reviews(connection, clock);
        this.reads = new StoreReads(parts, new ReviewRewind(reviews));
        this.writes =
                new StoreWrites(parts, new DocumentWriter(connection, checkpoint, clock), documentQueries, reviews);
        this.documents = new DocumentReads(reads, connection, documentQueries, entityQueries);
        this.entities =
                new EntityReads(reads, connection, entityQueries, new EntityDetails(connection, documentQueries));
        this.timelines = new TimelineReads(reads, connection, entities, new HappeningQueries(connection));
        this.facts = new FactReads(reads, parts, entities);
        this.judgements = new Judgements(reads, writes, connection, reviews, entities, facts);
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
        store.writes.write(() -> {
            FactKeys.assign(store.parts.connection()); // facts stored before keys were kept
            return 0;
        });
        return store;
    }

    /** Whether a document with this content hash is stored. */
    public boolean containsContent(String contentHash) {
        return documents.containsContent(contentHash);
    }

    /**
     * Saves a document, its entities linked to canonical ones, its mentions, and its events (each linked to the
     * happening another document already reports, or a new one), figures and relations, all or nothing; when its
     * content is already stored, writes nothing and reports it unchanged. A changed version of a document read from
     * the same path replaces the older one and everything stored for it; judgements are applied again, finding their
     * facts by key or by quote, and those whose fact is gone are kept as orphaned.
     */
    public SavedDocument save(Extraction extraction) {
        return writes.save(extraction);
    }

    /** Every stored document as it was read (text and metadata), by source, for extracting it again. */
    public List<Document> storedDocuments() {
        return documents.stored();
    }

    /**
     * Replaces everything extracted from a stored document (same content) by a new extraction of it, all or nothing,
     * keeping when it was ingested; judgements are applied again, finding their facts by key or by quote, and those
     * whose fact is no longer produced are kept as orphaned.
     */
    public SavedDocument replace(Extraction extraction) {
        return writes.replace(extraction);
    }

    /** Everything stored, in a stable order, for exporting or for loading into another store. */
    public StoreContents contents() {
        return documents.contents();
    }

    /** Everything stored in its reviewed state (the facts an analyst rejected left out), for the exports. */
    public StoreContents reviewedContents() {
        return documents.reviewedContents();
    }

    /**
     * Each stored document's reviewed state as its extraction record (../shared/eval/SCHEMA.md): rejected facts left
     * out, edited ones with their edited values, entities under their canonical ids.
     */
    public List<Extraction> goldRecords() {
        return documents.goldRecords();
    }

    /**
     * Loads contents another store held into this one, all or nothing, keeping their ids and links; this store must
     * hold no documents yet.
     */
    public void restore(StoreContents contents) {
        writes.restore(contents);
    }

    /** Every stored document, ordered by source. */
    public List<DocumentRow> documents() {
        return documents.all();
    }

    /** For every canonical entity, the file names of the documents that mention it, sorted. */
    public Map<String, List<String>> sourcesPerEntity() {
        return entities.sources();
    }

    /**
     * Canonical entities of a type (any when null) whose name or an alias contains the query ignoring case (any when
     * null), most mentioned first, then by name.
     */
    public List<EntityRow> entities(@Nullable EntityType type, @Nullable String query, int limit) {
        return entities.list(type, query, limit);
    }

    /**
     * The answer of {@code read}, a whole built from several reads of this store (an entity's page as the API writes
     * it), kept as the page's sections are until the store changes; {@code question} names it and its arguments.
     */
    public <T> T kept(List<Object> question, Supplier<T> read) {
        return reads.read(() -> reads.kept(question, read::get));
    }

    /** The entity with this exact id, else the most mentioned one with this name or alias ignoring case. */
    public Optional<EntityRow> find(String nameOrId) {
        return entities.find(nameOrId);
    }

    /** The entity with this exact id, else the most mentioned one with this name or alias ignoring case. */
    public Optional<EntityDetail> entity(String nameOrId) {
        return entity(nameOrId, Integer.MAX_VALUE);
    }

    /** {@link #entity(String)} with at most {@code mentionLimit} mentions, in order of source and position. */
    public Optional<EntityDetail> entity(String nameOrId, int mentionLimit) {
        return entities.detail(nameOrId, mentionLimit, AsOf.now());
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
        return entities.firstOf(nameOrId, mentionLimit, listLimit, asOf);
    }

    /** {@link #entity(String)} as the entity stood at the cut, as {@link #entity(String, int, int, AsOf)} says. */
    public Optional<EntityDetail> entity(String nameOrId, AsOf asOf) {
        return entities.detail(nameOrId, Integer.MAX_VALUE, asOf);
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
        return timelines.page(filter, after, limit);
    }

    /** When these documents were ingested (ids not stored are left out). */
    public IngestTimes ingestTimes(Collection<String> documentIds) {
        return documents.ingestTimes(documentIds);
    }

    /** The full text of the document with this id. */
    public Optional<String> text(String documentId) {
        return documents.text(documentId);
    }

    /** The document with this id, its full text and every mention in it with its canonical entity. */
    public Optional<DocumentText> document(String documentId) {
        return documents.document(documentId);
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
        return facts.graph(entity, depth, cap, asOf, showRejected);
    }

    /**
     * Happenings that pass the filter, one row each with every document's account: dated ones by date, undated ones
     * last; an unknown entity in the filter is an error.
     */
    public List<HappeningRow> timeline(TimelineFilter filter) {
        return timelines.list(filter);
    }

    /**
     * The analysts' verdict on each happening as documents inside the cut report it, by happening id: what {@link
     * HappeningRow#review()} of its timeline row says (rejected when every account is).
     */
    public Map<String, String> happeningReviews(AsOf asOf) {
        return timelines.reviews(asOf);
    }

    /** Figures that pass the filter, by measure and then date; an unknown entity in the filter is an error. */
    public List<FigureRow> figures(FigureFilter filter) {
        return facts.figures(filter);
    }

    /**
     * The first {@code limit} figures of {@link #figures(FigureFilter)} and how many there are in all; those of one
     * entity, with no measure or cut, are chosen and counted by the database.
     */
    public FirstOf<FigureRow> figures(FigureFilter filter, int limit) {
        return facts.figures(filter, limit);
    }

    /** The relations from and to the entity with this id, name or alias, each with every passage that states it. */
    public List<RelationRow> relations(String nameOrId) {
        return relations(nameOrId, false);
    }

    /** {@link #relations(String)}, with the relations an analyst rejected too when {@code showRejected}. */
    public List<RelationRow> relations(String nameOrId, boolean showRejected) {
        return relations(nameOrId, showRejected, AsOf.now());
    }

    /** {@link #relations(String, boolean)} as documents inside the cut state them. */
    public List<RelationRow> relations(String nameOrId, boolean showRejected, AsOf asOf) {
        return facts.relations(nameOrId, showRejected, asOf);
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
        return facts.relations(nameOrId, showRejected, asOf, limit, passageLimit);
    }

    /**
     * The relations between two entities (ids, names or aliases), either way round, each with every passage that
     * states it as documents inside the cut do; rejected ones only when shown.
     */
    public List<RelationRow> relationsBetween(String nameOrId, String other, boolean showRejected, AsOf asOf) {
        return facts.between(nameOrId, other, showRejected, asOf);
    }

    /** The ladder steps of {@code ladder(a, b)} that documents inside the cut state. */
    public List<LadderStep> ladder(@Nullable String a, @Nullable String b, AsOf asOf) {
        return facts.ladder(a, b, asOf);
    }

    /** Whether the document with this id lies inside the cut, for each stored document. */
    public Predicate<String> inside(AsOf asOf) {
        return facts.inside(asOf);
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
        return facts.relations(type, asOf, showRejected);
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
        return facts.conflicts(asOf, showRejected);
    }

    /** When each document was ingested, and when each entity's first document was. */
    public IngestTimes ingestTimes() {
        return ingestTimes(AsOf.now());
    }

    /** {@link #ingestTimes()} of the documents inside the cut through time only. */
    public IngestTimes ingestTimes(AsOf asOf) {
        return documents.ingestTimes(asOf);
    }

    /**
     * The partnership ladder: the level steps of the pair of two states, of every pair of one state, or of every pair
     * when none is named (null), by pair and then date, undated steps last; an unknown state is an error.
     */
    public List<LadderStep> ladder(@Nullable String state, @Nullable String other) {
        return facts.ladder(state, other);
    }

    /** How many documents and entities per type are stored, and the {@code top} most mentioned entities. */
    public Summary summary(int top) {
        return documents.summary(top);
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
        return judgements.ofFact(key, version, () -> reviews.judge(key, action, edit, author, reason));
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
        return judgements.ofEntity(
                nameOrId, version, entity -> reviews.judgeEntity(entity, action, edit, author, reason));
    }

    /** The rename, retype, merge and split judgements of the entity with this id, name or alias, with their reverts. */
    public List<Judgement> entityHistory(String nameOrId) {
        return judgements.entityHistory(nameOrId);
    }

    /** How many judgements the fact with this key has: the version a write names. */
    public int version(String key) {
        return judgements.version(key);
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
        return writes.write(() -> reviews.add(kind, documentId, start, end, values, author, reason));
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
        return judgements.revert(judgementId, author, reason, version);
    }

    /** The judgements of the fact with this key, oldest first, reverts included. */
    public List<Judgement> history(String key) {
        return judgements.history(key);
    }

    /** Every judgement, oldest first. */
    public List<Judgement> judgements() {
        return judgements.all();
    }

    /** The latest judgement of each judged fact that is no longer found, by its key nor by its quote. */
    public List<Judgement> orphanedJudgements() {
        return judgements.orphans();
    }

    /** The facts analysts judged differently, each with the last standing judgement of every author. */
    public List<JudgementConflict> judgementConflicts() {
        return judgements.conflicts();
    }

    /**
     * Adds the judgements this store does not hold (by id), all or nothing, applies them, and lists the facts the
     * analysts judged differently; none is overwritten.
     */
    public ImportedJudgements importJudgements(List<Judgement> judgements) {
        return this.judgements.importAll(judgements);
    }

    /** Facts not yet reviewed, the most useful first (see {@link ReviewQueue}); an unknown entity is an error. */
    public List<ReviewItem> reviewQueue(@Nullable String entity) {
        return judgements.queue(entity);
    }

    /** A setting of this data folder, such as {@code user}. */
    public Optional<String> setting(String name) {
        return documents.setting(name);
    }

    /** Sets a setting of this data folder. */
    public void setting(String name, String value) {
        writes.setting(name, value);
    }

    @Override
    public void close() {
        synchronized (parts.lock()) {
            Connection connection = parts.connection();
            try (connection) {
                reads.close();
            } catch (SQLException e) {
                throw new BilatException(
                        parts.where() + ": cannot close the store: " + SqliteDatabase.oneLine(e.getMessage()), e);
            }
        }
    }
}
