using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parley.Codebooks;
using Parley.Positions;
using Parley.Store;

namespace Parley.Web.Api;

/// <summary>The read-only JSON API behind every view of the page.</summary>
internal static class ReadEndpoints
{
    /// <summary>The most search hits one request returns.</summary>
    public const int MaxSearchHits = 100;

    /// <summary>The deepest claims page one may ask for (offset + limit).</summary>
    public const int MaxClaimsDepth = 100_000;

    /// <summary>The marks around search hits in snippets: control characters, which clean article text never holds.</summary>
    private const string HitOpen = "\u0002";
    private const string HitClose = "\u0003";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stats", StatsAsync).WithName("stats").WithTags("store")
            .WithSummary("What the store holds: documents, stories, outlets, claims, the span of dates and the top outlets.");
        api.MapGet("/codebook", Codebook).WithName("codebook").WithTags("store")
            .WithSummary("The codebook's parties and issues, for labels and filters.");
        api.MapGet("/matrix", MatrixAsync).WithName("matrix").WithTags("positions")
            .WithSummary("The actor × issue matrix (one cell per party and issue with claims) and each issue's outlook, under the filters.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/claims", ClaimsAsync).WithName("claims").WithTags("positions")
            .WithSummary("The claims under the filters, oldest first, a page at a time.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/cells/{actor}/{issue}/claims", CellClaimsAsync).WithName("cellClaims").WithTags("positions")
            .WithSummary("One matrix cell's claims (a party on an issue), oldest first, under the date and attribution filters.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/timeline", TimelineAsync).WithName("timeline").WithTags("positions")
            .WithSummary("An issue's claims per day and party, for and against (the issue parameter is required).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/changes", ChangesAsync).WithName("changes").WithTags("positions")
            .WithSummary("Position shifts, new positions, new demands and dropped demands since a day (the since parameter is required).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/documents/{id}", DocumentAsync).WithName("document").WithTags("store")
            .WithSummary("One article: its text, metadata, story, the other copies of its story and its claims with their evidence offsets into the text.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/stories", StoriesAsync).WithName("stories").WithTags("store")
            .WithSummary("Story clusters carried by more than one document (which outlets ran the same story), largest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/search", SearchAsync).WithName("search").WithTags("store")
            .WithSummary("Full-text search over titles and texts, best first, snippets split into plain and matching parts.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<StoreStats> StatsAsync(QueryCache cache, CancellationToken cancellationToken) =>
        await cache.GetAsync("stats", store => store.Stats(), cancellationToken).ConfigureAwait(false);

    private static CodebookView Codebook(Codebook codebook) => new(
        codebook.Name,
        codebook.Title,
        [.. codebook.Actors.Select(a => new ActorLabel(a.Id, a.Name))],
        [.. codebook.Issues.Select(i => new IssueLabel(i.Id, i.Id.Replace('_', ' '), i.Proposition))]);

    private static async Task<Results<Ok<NegotiationMap>, ProblemHttpResult>> MatrixAsync([AsParameters] FilterQuery query, QueryCache cache, Codebook codebook, CancellationToken cancellationToken)
    {
        if (!Filters.TryParse(query, codebook, out var filter, out var error))
        {
            return BadRequest(error);
        }

        var map = await cache.GetAsync($"matrix {filter}", store => new PositionQueries(store).Map(filter), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(map);
    }

    private static async Task<Results<Ok<ClaimsPage>, ProblemHttpResult>> ClaimsAsync([AsParameters] FilterQuery query, [AsParameters] PageQuery page, QueryCache cache, Codebook codebook, CancellationToken cancellationToken)
    {
        if (!Filters.TryParse(query, codebook, out var filter, out var error) || !Filters.TryPage(page, out var offset, out var limit, out error))
        {
            return BadRequest(error);
        }

        return await ClaimsPageAsync(filter, offset, limit, cache, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ClaimsPage>, ProblemHttpResult>> CellClaimsAsync(
        [Description("The party (codebook actor id).")] string actor,
        [Description("The issue (codebook issue id).")] string issue,
        [AsParameters] FilterQuery query,
        [AsParameters] PageQuery page,
        QueryCache cache,
        Codebook codebook,
        CancellationToken cancellationToken)
    {
        if (!Filters.TryParse(query with { Actor = actor, Issue = issue }, codebook, out var filter, out var error) || !Filters.TryPage(page, out var offset, out var limit, out error))
        {
            return BadRequest(error);
        }

        return await ClaimsPageAsync(filter, offset, limit, cache, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<ClaimsPage>, ProblemHttpResult>> ClaimsPageAsync(ClaimFilter filter, int offset, int limit, QueryCache cache, CancellationToken cancellationToken)
    {
        if ((long)offset + limit > MaxClaimsDepth)
        {
            return BadRequest($"pages reach at most {MaxClaimsDepth} claims deep; narrow the filters");
        }

        var page = await cache.GetAsync(
            string.Create(CultureInfo.InvariantCulture, $"claims {filter} {offset} {limit}"),
            store =>
            {
                var claims = new PositionQueries(store).Claims(filter, offset + limit + 1);
                return new ClaimsPage(offset, limit, claims.Count > offset + limit, [.. claims.Skip(offset).Take(limit)]);
            },
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<TimelineView>, ProblemHttpResult>> TimelineAsync([AsParameters] FilterQuery query, QueryCache cache, Codebook codebook, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.Issue))
        {
            return BadRequest("'issue' is required: the timeline is one issue's");
        }

        if (!Filters.TryParse(query, codebook, out var filter, out var error))
        {
            return BadRequest(error);
        }

        var view = await cache.GetAsync($"timeline {filter}", store => new TimelineView(filter.Issue!, filter, new IssueTimeline(store).Points(filter)), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ChangesView>, ProblemHttpResult>> ChangesAsync([AsParameters] FilterQuery query, QueryCache cache, Codebook codebook, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(query.Since))
        {
            return BadRequest("'since' is required (yyyy-MM-dd): changes are counted from that day");
        }

        if (!Filters.TryParse(query, codebook, out var filter, out var error))
        {
            return BadRequest(error);
        }

        var since = filter.Since!.Value;
        var view = await cache.GetAsync($"changes {filter}", store => new ChangesView(since, filter, new PositionQueries(store).Changes(since, filter with { Since = null })), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<StoredDocument>, ProblemHttpResult>> DocumentAsync([Description("The document's id.")] string id, StorePool pool, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return BadRequest($"a document id is a whole number, not '{Filters.Shorten(id)}'");
        }

        var document = await pool.WithStoreAsync(store => store.Document(number), cancellationToken).ConfigureAwait(false);
        return document is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no document {number}")
            : TypedResults.Ok(document);
    }

    private static async Task<Results<Ok<StoriesPage>, ProblemHttpResult>> StoriesAsync([AsParameters] PageQuery page, QueryCache cache, CancellationToken cancellationToken)
    {
        if (!Filters.TryPage(page, out var offset, out var limit, out var error))
        {
            return BadRequest(error);
        }

        var result = await cache.GetAsync(string.Create(CultureInfo.InvariantCulture, $"stories {offset} {limit}"), store => new StoriesPage(offset, limit, store.CountStories(), store.Stories(limit, offset)), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<SearchView>, ProblemHttpResult>> SearchAsync(
        [Description("Plain words (all must occur), or FTS5 syntax: \"a phrase\", OR, NOT, NEAR, prefix*.")] string? q,
        [Description("The most hits (default 20, at most 100).")] string? limit,
        StorePool pool,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("'q' is required: the words to search for");
        }

        if (q.Length > 500)
        {
            return BadRequest("'q' may be at most 500 characters");
        }

        var most = 20;
        if (limit is { Length: > 0 } && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out most) || most < 1 || most > MaxSearchHits))
        {
            return BadRequest($"'limit' must be a whole number from 1 to {MaxSearchHits}");
        }

        try
        {
            var hits = await pool.WithStoreAsync(store => store.Search(q, most, HitOpen, HitClose), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new SearchView(q, [.. hits.Select(h => new SearchResult(h.Id, h.Doc, h.Title, h.Outlet, h.Published, h.Story, Split(h.Snippet)))]));
        }
        catch (ArgumentException e)
        {
            return BadRequest(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>Splits a snippet at the hit marks into plain and matching parts.</summary>
    internal static List<SnippetPart> Split(string snippet)
    {
        var parts = new List<SnippetPart>();
        var position = 0;
        while (position < snippet.Length)
        {
            var open = snippet.IndexOf(HitOpen, position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new SnippetPart(snippet[position..], false));
                break;
            }

            if (open > position)
            {
                parts.Add(new SnippetPart(snippet[position..open], false));
            }

            var close = snippet.IndexOf(HitClose, open + 1, StringComparison.Ordinal);
            if (close < 0)
            {
                parts.Add(new SnippetPart(snippet[(open + 1)..], true));
                break;
            }

            parts.Add(new SnippetPart(snippet[(open + 1)..close], true));
            position = close + 1;
        }

        return parts;
    }

    internal static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}
