using Parley.Positions;
using Parley.Store;

namespace Parley.Web.Api;

/// <summary>The codebook's parties and issues, for labels and filter choices.</summary>
/// <param name="Name">The codebook's identifier.</param>
/// <param name="Title">Its human title.</param>
/// <param name="Actors">The parties.</param>
/// <param name="Issues">The issues.</param>
public sealed record CodebookView(string Name, string Title, IReadOnlyList<ActorLabel> Actors, IReadOnlyList<IssueLabel> Issues);

/// <summary>A party's id and name.</summary>
/// <param name="Id">The codebook id (RU, UA, US...).</param>
/// <param name="Name">Its name.</param>
public sealed record ActorLabel(string Id, string Name);

/// <summary>An issue's id, a short label and what "for" means.</summary>
/// <param name="Id">The codebook id.</param>
/// <param name="Label">A short label made from the id.</param>
/// <param name="Proposition">What "for" means.</param>
public sealed record IssueLabel(string Id, string Label, string Proposition);

/// <summary>A page of claims, oldest first.</summary>
/// <param name="Offset">Claims skipped.</param>
/// <param name="Limit">The most claims asked for.</param>
/// <param name="More">True when there are claims after this page.</param>
/// <param name="Items">The claims.</param>
public sealed record ClaimsPage(int Offset, int Limit, bool More, IReadOnlyList<StoredClaim> Items);

/// <summary>An issue's claims per day and party.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Filter">The filter the points were counted under.</param>
/// <param name="Points">The points, oldest first.</param>
public sealed record TimelineView(string Issue, ClaimFilter Filter, IReadOnlyList<TimelinePoint> Points);

/// <summary>The position changes since a day.</summary>
/// <param name="Since">The day changes are counted from.</param>
/// <param name="Filter">The filter they were found under.</param>
/// <param name="Changes">The changes.</param>
public sealed record ChangesView(DateOnly Since, ClaimFilter Filter, IReadOnlyList<PositionChange> Changes);

/// <summary>A page of story clusters carried by more than one document.</summary>
/// <param name="Offset">Clusters skipped.</param>
/// <param name="Limit">The most clusters asked for.</param>
/// <param name="Total">Clusters with more than one document in the store.</param>
/// <param name="Items">The clusters, largest first.</param>
public sealed record StoriesPage(int Offset, int Limit, long Total, IReadOnlyList<StoryCluster> Items);

/// <summary>Full-text search results.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Hits">The hits, best first.</param>
public sealed record SearchView(string Query, IReadOnlyList<SearchResult> Hits);

/// <summary>One search hit, its snippet split into plain and matching parts (no markup to interpret).</summary>
/// <param name="Id">The document's row id.</param>
/// <param name="Doc">The document name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication date.</param>
/// <param name="Story">Its story cluster.</param>
/// <param name="Snippet">The matching passage in parts.</param>
public sealed record SearchResult(long Id, string Doc, string? Title, string? Outlet, DateOnly? Published, long Story, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A run of snippet text; <paramref name="Hit"/> is true for the words that matched.</summary>
/// <param name="Text">The text.</param>
/// <param name="Hit">True when it matched the query.</param>
public sealed record SnippetPart(string Text, bool Hit);

/// <summary>A request to ingest one address: a page (<paramref name="Url"/>) or a feed (<paramref name="Feed"/>); http and https only.</summary>
/// <param name="Url">A page, dump or any readable input.</param>
/// <param name="Feed">An RSS or Atom feed whose entries become articles.</param>
public sealed record IngestRequest(string? Url, string? Feed);
