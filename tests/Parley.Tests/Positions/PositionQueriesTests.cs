using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;
using static Parley.Tests.Positions.PositionStore;

namespace Parley.Tests.Positions;

public sealed class PositionQueriesTests : IDisposable
{
    private static readonly DateOnly Feb10 = new(2025, 2, 10);
    private static readonly DateOnly Mar10 = new(2025, 3, 10);
    private static readonly DateOnly Mar12 = new(2025, 3, 12);

    private readonly PositionStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void The_sentences_the_tests_use_are_read_as_the_claims_they_name()
    {
        static (string, ClaimAct, string, Stance, AttributionKind) Read(string sentence)
        {
            var claim = Assert.Single(ClaimExtractor.Default.Extract(Article("probe", sentence, Feb10)));
            return (claim.Actor, claim.Act, claim.Issue, claim.Stance, claim.Attribution.Kind);
        }

        Assert.Equal(("RU", ClaimAct.Accept, "ceasefire", Stance.For, AttributionKind.OnRecord), Read(Said.RussiaAcceptsCeasefire));
        Assert.Equal(("RU", ClaimAct.Reject, "ceasefire", Stance.Against, AttributionKind.OnRecord), Read(Said.RussiaRejectsCeasefire));
        Assert.Equal(("RU", ClaimAct.Reject, "ceasefire", Stance.Against, AttributionKind.OnRecord), Read(Said.RussiaRejectsCeasefireQuoted));
        Assert.Equal(("UA", ClaimAct.Accept, "ceasefire", Stance.For, AttributionKind.OnRecord), Read(Said.UkraineAcceptsCeasefire));
        Assert.Equal(("UA", ClaimAct.Reject, "ceasefire", Stance.Against, AttributionKind.OnRecord), Read(Said.UkraineRejectsCeasefire));
        Assert.Equal(("UA", ClaimAct.Demand, "security_guarantees", Stance.For, AttributionKind.OnRecord), Read(Said.UkraineDemandsGuarantees));
        Assert.Equal(("RU", ClaimAct.Reject, "security_guarantees", Stance.Against, AttributionKind.OnRecord), Read(Said.RussiaRejectsGuarantees));
        Assert.Equal(("RU", ClaimAct.Demand, "ukraine_nato", Stance.Against, AttributionKind.OnRecord), Read(Said.RussiaDemandsNeutrality));
        Assert.Equal(("RU", ClaimAct.Demand, "territory_recognition", Stance.For, AttributionKind.Anonymous), Read(Said.RussiaDemandsRecognitionAnonymously));
        Assert.Equal(("RU", ClaimAct.Demand, "territory_recognition", Stance.For, AttributionKind.Report), Read(Said.RussiaDemandsRecognitionReported));
        Assert.Equal(("RU", ClaimAct.Demand, "sanctions_relief", Stance.For, AttributionKind.Unconfirmed), Read(Said.RussiaDemandsSanctionsReliefUnconfirmed));
        Assert.Equal(("RU", ClaimAct.Demand, "troop_withdrawal", Stance.For, AttributionKind.OnRecord), Read(Said.RussiaDemandsWithdrawal));
        Assert.Equal(("RU", ClaimAct.Propose, "troop_withdrawal", Stance.For, AttributionKind.OnRecord), Read(Said.RussiaProposesWithdrawal));
        Assert.Equal(("US", ClaimAct.Propose, "new_sanctions", Stance.For, AttributionKind.OnRecord), Read(Said.UnitedStatesProposesSanctions));
        Assert.Equal(("US", ClaimAct.Propose, "ceasefire", Stance.For, AttributionKind.OnRecord), Read(Said.UnitedStatesProposesCeasefire));
    }

    [Fact]
    public async Task The_current_stance_and_act_are_those_of_the_most_recent_claims_whatever_order_they_were_stored_in()
    {
        await _store.WriteAsync(Article("later.txt", Said.UkraineAcceptsCeasefire, Mar10), Article("earlier.txt", Said.UkraineRejectsCeasefire, Feb10));

        var cell = _store.Cell("UA", "ceasefire");

        Assert.Equal(Stance.For, cell.Stance);
        Assert.Equal(ClaimAct.Accept, cell.Act);
        Assert.Equal(Feb10, cell.FirstSeen);
        Assert.Equal(Mar10, cell.LastSeen);
        Assert.Equal(2, cell.Claims);
        Assert.Equal(2, cell.Sources);
    }

    [Fact]
    public async Task On_the_latest_day_the_stance_with_more_claims_is_the_current_one()
    {
        await _store.WriteAsync(
            Article("against-1.txt", Said.RussiaRejectsCeasefire, Mar10),
            Article("for.txt", Said.RussiaAcceptsCeasefire, Mar10),
            Article("against-2.txt", Said.RussiaRejectsCeasefireQuoted, Mar10));

        var cell = _store.Cell("RU", "ceasefire");

        Assert.Equal(Stance.Against, cell.Stance);
        Assert.Equal(ClaimAct.Reject, cell.Act);
    }

    [Fact]
    public async Task A_party_reported_both_for_and_against_an_issue_is_flagged_as_a_conflict_and_never_merged()
    {
        await _store.WriteAsync(
            Article("supports.txt", Said.RussiaAcceptsCeasefire, new DateOnly(2025, 3, 11)),
            Article("unlikely.txt", Said.RussiaUnlikelyToAcceptCeasefire, Mar12));

        var cells = _store.Queries.Map(ClaimFilter.All).Cells.Where(c => c.Actor == "RU" && c.Issue == "ceasefire").ToList();

        var cell = Assert.Single(cells);
        Assert.True(cell.Conflict);
        Assert.Equal(1, cell.ForClaims);
        Assert.Equal(1, cell.AgainstClaims);
        Assert.Equal(Stance.Against, cell.Stance);
        Assert.Equal(ClaimAct.Reject, cell.Act);
        Assert.False(_store.Cell("US", "ceasefire").Conflict);
    }

    [Fact]
    public async Task Sources_are_counted_by_story_cluster_so_syndicated_copies_count_once_and_outlets_do_not_matter()
    {
        var original = Article("wire.txt", Said.RussiaDemandsRecognitionReported, Feb10, outlet: "Wire Daily");
        await _store.WriteAsync(
            original,
            Copy(original, "copy.txt", "Capital Post"),
            Article("other.txt", Said.RussiaDemandsRecognitionAnonymously, Mar10, outlet: "Wire Daily"));

        var cell = _store.Cell("RU", "territory_recognition");

        Assert.Equal(3, _store.Store.Stats().Documents);
        Assert.Equal(3, cell.Claims);
        Assert.Equal(2, cell.Sources);
    }

    [Fact]
    public async Task The_attribution_mix_counts_the_claims_of_each_kind()
    {
        var original = Article("wire.txt", Said.RussiaDemandsRecognitionReported, Feb10);
        await _store.WriteAsync(
            original,
            Copy(original, "copy.txt", "Capital Post"),
            Article("sources.txt", Said.RussiaDemandsRecognitionAnonymously, Mar10),
            Article("hedged.txt", Said.RussiaDemandsSanctionsReliefUnconfirmed, Mar10));

        Assert.Equal(new AttributionMix(0, 0, 1, 2, 0), _store.Cell("RU", "territory_recognition").Attribution);
        Assert.Equal(new AttributionMix(0, 0, 0, 0, 1), _store.Cell("RU", "sanctions_relief").Attribution);
        Assert.Equal(3, _store.Cell("RU", "territory_recognition").Attribution.Total);
    }

    [Fact]
    public async Task On_record_claims_from_several_stories_are_more_certain_than_one_anonymous_claim()
    {
        await _store.WriteAsync(
            Article("nato-1.txt", Said.RussiaDemandsNeutrality, Feb10),
            Article("nato-2.txt", Said.RussiaDemandsNeutrality, Mar10, outlet: "Capital Post"),
            Article("anonymous.txt", Said.RussiaDemandsRecognitionAnonymously, Mar10));

        var onRecord = _store.Cell("RU", "ukraine_nato");
        var anonymous = _store.Cell("RU", "territory_recognition");

        Assert.Equal(2, onRecord.Sources);
        Assert.Equal(1 - (0.1 * 0.1), onRecord.Confidence, 3);
        Assert.Equal(0.4, anonymous.Confidence, 3);
        Assert.True(onRecord.Confidence > anonymous.Confidence);
    }

    [Fact]
    public async Task A_syndicated_copy_adds_a_claim_but_no_confidence()
    {
        var original = Article("wire.txt", Said.RussiaDemandsRecognitionReported, Feb10);
        await _store.WriteAsync(original);
        var alone = _store.Cell("RU", "territory_recognition");
        await _store.WriteAsync(Copy(original, "copy.txt", "Capital Post"));
        var copied = _store.Cell("RU", "territory_recognition");

        Assert.Equal(0.6, alone.Confidence, 3);
        Assert.Equal(2, copied.Claims);
        Assert.Equal(1, copied.Sources);
        Assert.Equal(alone.Confidence, copied.Confidence);
    }

    [Fact]
    public async Task Hedged_unconfirmed_claims_weigh_little_and_conflict_discounts_the_confidence()
    {
        await _store.WriteAsync(
            Article("hedged.txt", Said.RussiaDemandsSanctionsReliefUnconfirmed, Feb10),
            Article("for.txt", Said.RussiaAcceptsCeasefire, Feb10),
            Article("against.txt", Said.RussiaRejectsCeasefire, Mar10));

        Assert.Equal(0.3 * PositionConfidence.HedgeFactor, _store.Cell("RU", "sanctions_relief").Confidence, 3);
        Assert.Equal(0.9 * 0.9 / (0.9 + 0.9), _store.Cell("RU", "ceasefire").Confidence, 3);
    }

    [Fact]
    public async Task Issues_where_the_settled_parties_agree_overlap_where_they_disagree_clash_and_otherwise_stay_open()
    {
        await _store.WriteAsync(
            Article("us.txt", Said.UnitedStatesProposesCeasefire, Feb10),
            Article("ua.txt", Said.UkraineAcceptsCeasefire, Feb10),
            Article("ru-for.txt", Said.RussiaAcceptsCeasefire, Feb10),
            Article("ru-against.txt", Said.RussiaRejectsCeasefire, Mar10),
            Article("ua-guarantees.txt", Said.UkraineDemandsGuarantees, Mar10),
            Article("ru-guarantees.txt", Said.RussiaRejectsGuarantees, Mar10),
            Article("ru-crimea.txt", Said.RussiaDemandsRecognitionAnonymously, Mar10));

        var outlooks = _store.Queries.Map(ClaimFilter.All).Issues.ToDictionary(o => o.Issue);

        Assert.Equal(Outlook.Overlap, outlooks["ceasefire"].Outlook);
        Assert.Equal(["US", "UA"], outlooks["ceasefire"].For);
        Assert.Equal(["RU"], outlooks["ceasefire"].Conflicted);
        Assert.Equal(Outlook.Clash, outlooks["security_guarantees"].Outlook);
        Assert.Equal(["UA"], outlooks["security_guarantees"].For);
        Assert.Equal(["RU"], outlooks["security_guarantees"].Against);
        Assert.Equal(Outlook.Open, outlooks["territory_recognition"].Outlook);
    }

    [Fact]
    public async Task Cells_and_issues_come_in_codebook_order()
    {
        await _store.WriteAsync(
            Article("ua.txt", Said.UkraineDemandsGuarantees, Feb10),
            Article("ru.txt", Said.RussiaRejectsCeasefire, Feb10),
            Article("us.txt", Said.UnitedStatesProposesCeasefire, Feb10));

        var map = _store.Queries.Map(ClaimFilter.All);

        Assert.Equal(["US/ceasefire", "RU/ceasefire", "UA/security_guarantees"], map.Cells.Select(c => $"{c.Actor}/{c.Issue}"));
        Assert.Equal(["ceasefire", "security_guarantees"], map.Issues.Select(i => i.Issue));
    }

    [Fact]
    public async Task A_claim_without_a_publication_date_is_dated_by_its_ingest_date_and_flagged()
    {
        await _store.WriteAsync(Article("undated.txt", Said.UkraineDemandsGuarantees, published: null), Article("dated.txt", Said.UkraineAcceptsCeasefire, Feb10));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var claims = _store.Queries.Claims(ClaimFilter.All);
        var undated = Assert.Single(claims, c => c.Doc == "undated.txt");
        var dated = Assert.Single(claims, c => c.Doc == "dated.txt");

        Assert.True(undated.DateIsIngest);
        Assert.True(undated.Date >= today.AddDays(-1) && undated.Date <= today);
        Assert.False(dated.DateIsIngest);
        Assert.Equal(Feb10, dated.Date);
        Assert.Equal(1, _store.Cell("UA", "security_guarantees").IngestDated);
        Assert.Equal(0, _store.Cell("UA", "ceasefire").IngestDated);
    }

    [Fact]
    public async Task Claims_come_oldest_first_under_the_filter_and_the_limit()
    {
        await _store.WriteAsync(
            Article("march.txt", Said.UkraineAcceptsCeasefire, Mar10),
            Article("february.txt", Said.UkraineRejectsCeasefire, Feb10),
            Article("twelfth.txt", Said.RussiaDemandsRecognitionAnonymously, Mar12));

        var queries = _store.Queries;

        Assert.Equal(["february.txt", "march.txt", "twelfth.txt"], queries.Claims(ClaimFilter.All).Select(c => c.Doc));
        Assert.Equal(["february.txt"], queries.Claims(ClaimFilter.All, limit: 1).Select(c => c.Doc));
        Assert.Equal(["february.txt", "march.txt"], queries.Claims(new ClaimFilter(Issue: "ceasefire")).Select(c => c.Doc));
        Assert.Equal(["twelfth.txt"], queries.Claims(new ClaimFilter(Actor: "RU")).Select(c => c.Doc));
        Assert.Equal(["march.txt"], queries.Claims(new ClaimFilter(Since: Mar10, Until: Mar10)).Select(c => c.Doc));
        Assert.Equal(["twelfth.txt"], queries.Claims(new ClaimFilter(Attribution: AttributionKind.Anonymous)).Select(c => c.Doc));
        Assert.Empty(queries.Claims(ClaimFilter.All, limit: 0));
    }

    [Fact]
    public async Task A_stored_claim_carries_its_evidence_sentence_source_chain_and_article()
    {
        await _store.WriteAsync(Article("reuters.txt", Said.RussiaDemandsRecognitionReported, Feb10, outlet: "Wire Daily"));

        var claim = Assert.Single(_store.Queries.Claims(ClaimFilter.All));

        Assert.Equal(Said.RussiaDemandsRecognitionReported, claim.Evidence);
        Assert.Equal(AttributionKind.Report, claim.Attribution);
        Assert.Equal(["Wire Daily", "Reuters"], claim.Via);
        Assert.Equal("Wire Daily", claim.Outlet);
        Assert.Equal("Talks reuters.txt", claim.Title);
        Assert.Equal(ClaimAct.Demand, claim.Act);
        Assert.Equal(Stance.For, claim.Stance);
    }

    [Fact]
    public async Task The_evidence_is_the_right_sentence_after_characters_outside_the_basic_plane()
    {
        await _store.WriteAsync(Article("flags.txt", "Flags 🇺🇦🇺🇸 flew over the square. " + Said.UkraineDemandsGuarantees, Feb10));

        var claim = Assert.Single(_store.Queries.Claims(ClaimFilter.All));

        Assert.Equal(Said.UkraineDemandsGuarantees, claim.Evidence);
    }

    [Fact]
    public async Task A_date_filter_keeps_only_the_claims_in_its_window()
    {
        await _store.WriteAsync(Article("february.txt", Said.UkraineRejectsCeasefire, Feb10), Article("march.txt", Said.UkraineAcceptsCeasefire, Mar10));

        var march = _store.Cell("UA", "ceasefire", new ClaimFilter(Since: new DateOnly(2025, 3, 1)));
        var february = _store.Cell("UA", "ceasefire", new ClaimFilter(Until: new DateOnly(2025, 2, 28)));

        Assert.False(march.Conflict);
        Assert.Equal((Stance.For, 1, 0), (march.Stance, march.ForClaims, march.AgainstClaims));
        Assert.Equal((Stance.Against, 0, 1), (february.Stance, february.ForClaims, february.AgainstClaims));
        Assert.Empty(_store.Queries.Map(new ClaimFilter(Since: new DateOnly(2026, 1, 1), Until: new DateOnly(2026, 1, 2))).Cells);
    }

    [Fact]
    public async Task The_maintained_aggregate_gives_the_same_map_as_the_claims_and_as_a_rebuild()
    {
        await WriteRandomStoreAsync();

        var queries = _store.Queries;
        var fromAggregate = queries.Map(ClaimFilter.All);
        var fromClaims = queries.Map(ClaimFilter.All, fromClaims: true);
        var stored = PositionCells();
        _store.Store.RebuildPositions();

        Assert.True(fromAggregate.Cells.Count > 10);
        Assert.Contains(fromAggregate.Cells, c => c.Conflict);
        Assert.Contains(fromAggregate.Cells, c => c.Sources < c.Claims);
        Assert.Equal(fromClaims.Cells, fromAggregate.Cells);
        Assert.Equal(fromClaims.Issues.Select(Describe), fromAggregate.Issues.Select(Describe));
        Assert.Equal(stored, PositionCells());
        var ru = new ClaimFilter(Actor: "RU");
        Assert.Equal(queries.Map(ru, fromClaims: true).Cells, queries.Map(ru).Cells);
    }

    [Fact]
    public async Task Changes_since_a_date_are_shifts_new_positions_new_demands_and_dropped_demands_with_their_evidence()
    {
        await _store.WriteAsync(
            Article("ua-rejects.txt", Said.UkraineRejectsCeasefire, Feb10),
            Article("ru-demands-withdrawal.txt", Said.RussiaDemandsWithdrawal, Feb10),
            Article("ru-demands-neutrality.txt", Said.RussiaDemandsNeutrality, Feb10));
        await _store.WriteAsync(
            Article("ua-accepts.txt", Said.UkraineAcceptsCeasefire, Mar10),
            Article("ua-demands-guarantees.txt", Said.UkraineDemandsGuarantees, Mar10),
            Article("us-sanctions.txt", Said.UnitedStatesProposesSanctions, Mar10),
            Article("ru-proposes-withdrawal.txt", Said.RussiaProposesWithdrawal, Mar12),
            Article("ru-repeats-neutrality.txt", Said.RussiaDemandsNeutrality + " Moscow repeated it.", Mar12));

        var changes = _store.Queries.Changes(new DateOnly(2025, 3, 1), ClaimFilter.All);

        Assert.Collection(
            changes,
            shift =>
            {
                Assert.Equal((ChangeKind.Shift, "UA", "ceasefire"), (shift.Kind, shift.Actor, shift.Issue));
                Assert.Equal(new PositionState(Stance.Against, ClaimAct.Reject), shift.Before);
                Assert.Equal(new PositionState(Stance.For, ClaimAct.Accept), shift.After);
                Assert.Equal("ua-accepts.txt", shift.Evidence.Doc);
            },
            position =>
            {
                Assert.Equal((ChangeKind.NewPosition, "US", "new_sanctions"), (position.Kind, position.Actor, position.Issue));
                Assert.Null(position.Before);
                Assert.Equal(new PositionState(Stance.For, ClaimAct.Propose), position.After);
                Assert.Equal("us-sanctions.txt", position.Evidence.Doc);
            },
            demand =>
            {
                Assert.Equal((ChangeKind.NewDemand, "UA", "security_guarantees"), (demand.Kind, demand.Actor, demand.Issue));
                Assert.Null(demand.Before);
                Assert.Equal(new PositionState(Stance.For, ClaimAct.Demand), demand.After);
                Assert.Equal(Said.UkraineDemandsGuarantees, demand.Evidence.Evidence);
            },
            dropped =>
            {
                Assert.Equal((ChangeKind.DroppedDemand, "RU", "troop_withdrawal"), (dropped.Kind, dropped.Actor, dropped.Issue));
                Assert.Equal(new PositionState(Stance.For, ClaimAct.Demand), dropped.Before);
                Assert.Equal(new PositionState(Stance.For, ClaimAct.Propose), dropped.After);
                Assert.Equal("ru-demands-withdrawal.txt", dropped.Evidence.Doc);
                Assert.Equal(Feb10, dropped.Evidence.Date);
            });
        Assert.Equal(["UA", "UA"], _store.Queries.Changes(new DateOnly(2025, 3, 1), new ClaimFilter(Actor: "UA")).Select(c => c.Actor));
        Assert.Empty(_store.Queries.Changes(new DateOnly(2025, 4, 1), ClaimFilter.All));
    }

    [Fact]
    public async Task The_filter_dates_bound_the_history_that_changes_compare()
    {
        await _store.WriteAsync(Article("ua-rejects.txt", Said.UkraineRejectsCeasefire, Feb10), Article("ua-accepts.txt", Said.UkraineAcceptsCeasefire, Mar12));
        var since = new DateOnly(2025, 3, 1);

        var shift = Assert.Single(_store.Queries.Changes(since, ClaimFilter.All));
        var fresh = Assert.Single(_store.Queries.Changes(since, new ClaimFilter(Since: new DateOnly(2025, 2, 15))));

        Assert.Equal(ChangeKind.Shift, shift.Kind);
        Assert.Equal(ChangeKind.NewPosition, fresh.Kind);
        Assert.Empty(_store.Queries.Changes(since, new ClaimFilter(Until: Mar10)));
    }

    [Fact]
    public async Task A_demand_on_an_issue_the_party_had_only_supported_is_a_new_demand_beside_its_position()
    {
        await _store.WriteAsync(Article("ua-proposes.txt", "Zelensky said Ukraine proposed security guarantees modelled on Article 5.", Feb10));
        await _store.WriteAsync(Article("ua-demands.txt", Said.UkraineDemandsGuarantees, Mar10));

        var change = Assert.Single(_store.Queries.Changes(new DateOnly(2025, 3, 1), ClaimFilter.All));

        Assert.Equal(ChangeKind.NewDemand, change.Kind);
        Assert.Equal(new PositionState(Stance.For, ClaimAct.Propose), change.Before);
    }

    [Fact]
    public async Task Every_cell_agrees_with_a_direct_count_of_its_claims_under_any_filter()
    {
        await WriteRandomStoreAsync();
        var queries = _store.Queries;
        ClaimFilter[] filters =
        [
            ClaimFilter.All,
            new(Since: new DateOnly(2025, 1, 20)),
            new(Until: new DateOnly(2025, 2, 10)),
            new(Since: new DateOnly(2025, 1, 10), Until: new DateOnly(2025, 1, 31)),
            new(Actor: "RU", Since: new DateOnly(2025, 2, 1)),
            new(Issue: "ceasefire"),
            new(Attribution: AttributionKind.OnRecord),
        ];

        foreach (var filter in filters)
        {
            var expected = queries.Claims(filter).GroupBy(c => (c.Actor, c.Issue)).Select(g => Expected(g.Key.Actor, g.Key.Issue, [.. g])).OrderBy(c => c.Actor).ThenBy(c => c.Issue).ToList();
            var actual = queries.Map(filter).Cells.OrderBy(c => c.Actor).ThenBy(c => c.Issue).ToList();

            Assert.True(expected.Count > 0, filter.ToString());
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>A cell computed straight from its claims by the documented rules, as a reference for the queries.</summary>
    private static PositionCell Expected(string actor, string issue, List<StoredClaim> claims)
    {
        var lastDay = claims.Max(c => c.Date);
        var latest = claims.Where(c => c.Date == lastDay).ToList();
        var pro = latest.Count(c => c.Stance == Stance.For);
        var contra = latest.Count - pro;
        var stance = pro != contra ? (pro > contra ? Stance.For : Stance.Against) : latest.MaxBy(c => c.Id)!.Stance;
        var act = latest.Where(c => c.Stance == stance).MaxBy(c => c.Id)!.Act;
        double Support(Stance s) => PositionConfidence.Support(claims.Where(c => c.Stance == s).GroupBy(c => c.Story).Select(g => g.Max(c => PositionConfidence.Weight(c.Attribution, c.Hedged))));
        var forClaims = claims.Count(c => c.Stance == Stance.For);
        return new PositionCell(
            actor,
            issue,
            stance,
            act,
            claims.Count,
            claims.Select(c => c.Story).Distinct().Count(),
            claims.Min(c => c.Date),
            lastDay,
            new AttributionMix(
                claims.Count(c => c.Attribution == AttributionKind.OnRecord),
                claims.Count(c => c.Attribution == AttributionKind.NamedSource),
                claims.Count(c => c.Attribution == AttributionKind.Anonymous),
                claims.Count(c => c.Attribution == AttributionKind.Report),
                claims.Count(c => c.Attribution == AttributionKind.Unconfirmed)),
            Math.Round(PositionConfidence.Confidence(Support(stance), Support(stance == Stance.For ? Stance.Against : Stance.For)), 3),
            forClaims > 0 && forClaims < claims.Count,
            forClaims,
            claims.Count - forClaims,
            claims.Count(c => c.DateIsIngest));
    }

    /// <summary>A hundred articles in four batches: random claim sentences, dates (some missing) and outlets, a quarter of them syndicated copies of earlier ones.</summary>
    private async Task WriteRandomStoreAsync()
    {
        var sentences = typeof(Said).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        var random = new Random(42);
        var written = new List<Parley.Reading.Article>();
        for (var batch = 0; batch < 4; batch++)
        {
            var articles = new List<Parley.Reading.Article>();
            for (var i = 0; i < 25; i++)
            {
                var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => sentences[random.Next(sentences.Length)]));
                DateOnly? date = random.Next(8) == 0 ? null : new DateOnly(2025, 1, 1).AddDays(random.Next(60));
                var article = written.Count > 0 && random.Next(4) == 0
                    ? Copy(written[random.Next(written.Count)], $"copy-{batch}-{i}.txt", "Outlet " + random.Next(5))
                    : Article($"a-{batch}-{i}.txt", text, date, "Outlet " + random.Next(5));
                articles.Add(article);
            }

            written.AddRange(articles);
            await _store.WriteAsync([.. articles]);
        }
    }

    private static string Describe(IssueOutlook outlook) =>
        $"{outlook.Issue} {outlook.Outlook} for {string.Join(',', outlook.For)} against {string.Join(',', outlook.Against)} conflicted {string.Join(',', outlook.Conflicted)}";

    private List<string> PositionCells()
    {
        using var command = _store.Store.Connection.CreateCommand();
        command.CommandText = "SELECT * FROM position_cells ORDER BY actor, issue, stance";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values));
        }

        return rows;
    }
}
