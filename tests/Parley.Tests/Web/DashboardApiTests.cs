using System.Net;
using System.Text.Json;

namespace Parley.Tests.Web;

[Collection("dashboard")]
public sealed class DashboardApiTests(DashboardFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    private async Task<long> DocumentIdAsync(string words)
    {
        var found = await Server.GetJsonAsync($"/api/search?q={Uri.EscapeDataString(words)}");
        return found.GetProperty("hits")[0].GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Stats_count_the_documents_stories_and_claims_of_the_store()
    {
        var stats = await Server.GetJsonAsync("/api/stats");

        Assert.Equal(4, stats.GetProperty("documents").GetInt64());
        Assert.Equal(3, stats.GetProperty("stories").GetInt64());
        Assert.Equal(1, stats.GetProperty("syndicatedStories").GetInt64());
        using var store = Parley.Store.ParleyStore.Open(Server.Options.Db);
        Assert.Equal(store.Stats().Claims, stats.GetProperty("claims").GetInt64());
        Assert.True(stats.GetProperty("claims").GetInt64() >= 7);
        Assert.Equal("2025-02-18", stats.GetProperty("firstPublished").GetString());
    }

    [Fact]
    public async Task The_codebook_gives_every_party_a_name_and_every_issue_a_label_and_proposition()
    {
        var codebook = await Server.GetJsonAsync("/api/codebook");

        var russia = codebook.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "RU");
        Assert.Equal("Russia", russia.GetProperty("name").GetString());
        var issue = codebook.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "security_guarantees");
        Assert.Equal("security guarantees", issue.GetProperty("label").GetString());
        Assert.False(string.IsNullOrEmpty(issue.GetProperty("proposition").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_the_page_uses()
    {
        var document = await Server.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in (string[])["/api/stats", "/api/codebook", "/api/matrix", "/api/claims", "/api/cells/{actor}/{issue}/claims", "/api/documents/{id}", "/api/timeline", "/api/changes", "/api/stories", "/api/search", "/api/ingest", "/api/ingest/{id}"])
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        var matrixParameters = paths.GetProperty("/api/matrix").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["since", "until", "actor", "issue", "attribution"], matrixParameters);
        Assert.True(paths.GetProperty("/api/ingest").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
    }

    [Fact]
    public async Task A_document_comes_with_its_text_and_the_offsets_of_its_claims_evidence()
    {
        var id = await DocumentIdAsync("Lavrov");

        var document = await Server.GetJsonAsync($"/api/documents/{id}");

        Assert.Equal("Russia rejects ceasefire as talks open in Riyadh", document.GetProperty("title").GetString());
        Assert.Equal("Harbor Times", document.GetProperty("outlet").GetString());
        Assert.Equal("2025-02-18", document.GetProperty("published").GetString());
        var text = document.GetProperty("text").GetString()!;
        var claims = document.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(3, claims.Count);
        var rejection = claims.Single(c => c.GetProperty("actor").GetString() == "RU");
        Assert.Equal("reject", rejection.GetProperty("act").GetString());
        Assert.Equal("against", rejection.GetProperty("stance").GetString());
        Assert.Equal("report", rejection.GetProperty("attribution").GetString());
        Assert.Contains("TASS", rejection.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
        var start = rejection.GetProperty("start").GetInt32();
        var end = rejection.GetProperty("end").GetInt32();
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov said", text[start..end], StringComparison.Ordinal);
        Assert.EndsWith("according to TASS.", text[start..end], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syndicated_document_names_the_other_copies_of_its_story()
    {
        var id = await DocumentIdAsync("\"Kyiv backs a 30-day truce\"");

        var document = await Server.GetJsonAsync($"/api/documents/{id}");

        var copy = Assert.Single(document.GetProperty("otherCopies").EnumerateArray());
        Assert.Equal("Continental Wire Service", copy.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task A_document_id_that_is_not_a_number_is_a_400_problem()
    {
        using var response = await Server.Client.GetAsync(new Uri("/api/documents/abc", UriKind.Relative));

        var detail = await DashboardServer.AssertProblemAsync(response, 400);
        Assert.Contains("whole number", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_document_is_a_404_problem()
    {
        using var response = await Server.Client.GetAsync(new Uri("/api/documents/999999", UriKind.Relative));

        await DashboardServer.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task Story_clusters_list_the_outlets_that_carried_the_same_story()
    {
        var stories = await Server.GetJsonAsync("/api/stories");

        Assert.Equal(1, stories.GetProperty("total").GetInt64());
        var story = Assert.Single(stories.GetProperty("items").EnumerateArray());
        Assert.Equal(2, story.GetProperty("documents").GetInt64());
        var outlets = story.GetProperty("copies").EnumerateArray().Select(c => c.GetProperty("outlet").GetString()).ToList();
        Assert.Equal(["Continental Wire Service", "Steppe Review"], outlets);
    }

    [Fact]
    public async Task Search_splits_snippets_into_plain_and_matching_parts()
    {
        var found = await Server.GetJsonAsync("/api/search?q=Rubio");

        var hits = found.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        var parts = hits[0].GetProperty("snippet").EnumerateArray().ToList();
        Assert.Contains(parts, p => p.GetProperty("hit").GetBoolean() && p.GetProperty("text").GetString() == "Rubio");
        Assert.Contains(parts, p => !p.GetProperty("hit").GetBoolean());
    }

    [Theory]
    [InlineData("/api/search?q=%22unbalanced", "not valid")]
    [InlineData("/api/search", "'q' is required")]
    [InlineData("/api/search?q=ceasefire&limit=1000", "'limit'")]
    public async Task A_bad_search_is_a_400_problem(string path, string expected)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var detail = await DashboardServer.AssertProblemAsync(response, 400);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_counts_an_issues_claims_per_day_and_party()
    {
        var timeline = await Server.GetJsonAsync("/api/timeline?issue=ceasefire");

        var points = timeline.GetProperty("points").EnumerateArray()
            .Select(p => (Date: p.GetProperty("date").GetString(), Actor: p.GetProperty("actor").GetString(), For: p.GetProperty("for").GetInt32(), Against: p.GetProperty("against").GetInt32()))
            .ToList();
        Assert.Equal(
            [("2025-02-18", "RU", 0, 1), ("2025-03-11", "UA", 1, 0), ("2025-03-11", "US", 1, 0), ("2025-03-12", "UA", 1, 0), ("2025-03-12", "US", 1, 0), ("2025-04-02", "RU", 0, 1)],
            points);
    }

    [Fact]
    public async Task The_timeline_honours_the_date_and_attribution_filters()
    {
        var timeline = await Server.GetJsonAsync("/api/timeline?issue=ceasefire&since=2025-03-01&until=2025-04-30&attribution=on_record&actor=RU");

        var point = Assert.Single(timeline.GetProperty("points").EnumerateArray());
        Assert.Equal("2025-04-02", point.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("/api/timeline", "'issue' is required")]
    [InlineData("/api/changes", "'since' is required")]
    [InlineData("/api/matrix?since=2025-13-01", "'since' must be a date")]
    [InlineData("/api/matrix?until=yesterday", "'until' must be a date")]
    [InlineData("/api/matrix?since=2025-05-01&until=2025-04-01", "is after")]
    [InlineData("/api/matrix?actor=XX", "'actor' must be a party")]
    [InlineData("/api/claims?issue=world_peace", "'issue' must be an issue")]
    [InlineData("/api/claims?attribution=gossip", "'attribution' must be one of")]
    [InlineData("/api/claims?limit=0", "'limit'")]
    [InlineData("/api/claims?offset=-1", "'offset'")]
    [InlineData("/api/cells/XX/ceasefire/claims", "'actor' must be a party")]
    [InlineData("/api/stories?limit=many", "'limit'")]
    [InlineData("/api/timeline?issue=ceasefire&since=2025-02-30", "'since' must be a date")]
    public async Task A_bad_filter_is_a_400_problem_that_says_what_is_wrong(string path, string expected)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var detail = await DashboardServer.AssertProblemAsync(response, 400);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        using var response = await Server.Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        await DashboardServer.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task The_page_and_its_script_and_style_are_served_from_the_assembly()
    {
        foreach (var (path, type) in ((string, string)[])[("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/favicon.svg", "image/svg+xml")])
        {
            using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        }
    }

    // The views below read the negotiation map (PositionQueries); they pass once its queries are merged.

    [Fact]
    public async Task The_matrix_has_a_cell_for_each_party_and_issue_with_claims()
    {
        var map = await Server.GetJsonAsync("/api/matrix");

        var cells = map.GetProperty("cells").EnumerateArray().ToDictionary(c => (c.GetProperty("actor").GetString(), c.GetProperty("issue").GetString()));
        Assert.True(cells.Count >= 5);
        Assert.Contains(("UA", "security_guarantees"), cells.Keys);
        Assert.Equal("against", cells[("RU", "ceasefire")].GetProperty("stance").GetString());
        Assert.Equal("for", cells[("UA", "ceasefire")].GetProperty("stance").GetString());
        Assert.Equal(2, cells[("RU", "ceasefire")].GetProperty("claims").GetInt32());
        var outlook = map.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("issue").GetString() == "ceasefire");
        Assert.Equal("clash", outlook.GetProperty("outlook").GetString());
    }

    [Fact]
    public async Task The_matrix_under_a_date_filter_leaves_out_older_claims()
    {
        var map = await Server.GetJsonAsync("/api/matrix?since=2025-03-01");

        var cells = map.GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("actor").GetString(), c.GetProperty("issue").GetString())).ToList();
        Assert.DoesNotContain(("US", "prisoner_exchange"), cells);
        Assert.Contains(("US", "ceasefire"), cells);
    }

    [Fact]
    public async Task A_cells_claims_carry_their_evidence_attribution_and_source_chain()
    {
        var page = await Server.GetJsonAsync("/api/cells/RU/ceasefire/claims");

        var claims = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.False(page.GetProperty("more").GetBoolean());
        var first = claims[0];
        Assert.Equal("2025-02-18", first.GetProperty("date").GetString());
        Assert.Equal("report", first.GetProperty("attribution").GetString());
        Assert.Contains("TASS", first.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("Lavrov", first.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("Harbor Times", first.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Claims_filtered_by_attribution_are_all_of_that_kind_and_come_a_page_at_a_time()
    {
        var onRecord = await Server.GetJsonAsync("/api/claims?attribution=on_record&limit=3");
        var next = await Server.GetJsonAsync("/api/claims?attribution=on_record&limit=3&offset=3");

        var first = onRecord.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, first.Count);
        Assert.True(onRecord.GetProperty("more").GetBoolean());
        Assert.All(first.Concat(next.GetProperty("items").EnumerateArray()), c => Assert.Equal("on_record", c.GetProperty("attribution").GetString()));
        Assert.Empty(first.Select(c => c.GetProperty("id").GetInt64()).Intersect(next.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt64())));
    }

    [Fact]
    public async Task Changes_since_a_day_include_a_partys_first_position_on_an_issue()
    {
        var changes = await Server.GetJsonAsync("/api/changes?since=2025-03-01");

        Assert.Equal("2025-03-01", changes.GetProperty("since").GetString());
        Assert.Contains(
            changes.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "new_position" && c.GetProperty("actor").GetString() == "US" && c.GetProperty("issue").GetString() == "ceasefire");
    }
}
